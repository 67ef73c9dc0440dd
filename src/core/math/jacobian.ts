import { differentiate } from "./differentiate";
import type { Expr } from "./expr";

/**
 * The m×n Jacobian of x ↦ (F₁(x), …, Fₘ(x)): entry [i][j] is ∂Fᵢ/∂xⱼ, one row per output and one
 * column per input (lesson, "the Jacobian matrix"), each entry simplified to a readable form.
 */
export function jacobian(components: readonly Expr[], variables: readonly string[]): Expr[][] {
  return components.map((component) => variables.map((name) => differentiate(component, name)));
}
