import type { Random } from "../../../shared";
import { compileExpr, parseTrustedExpression, type Expr } from "../../../math";
import type { Difficulty } from "../../generator";
import { drawComponent, withLinearTerm, type Component } from "./component-bank";

/** A drawn map ℝⁿ → ℝᵐ: component texts (item data), their trees, and its Jacobian's entries. */
export interface DrawnMap {
  readonly variables: readonly string[];
  readonly texts: readonly string[];
  readonly components: readonly Expr[];
  /** m×n: entry [i][j] is ∂Fᵢ/∂xⱼ, from the bank's hand-written partials. */
  readonly jacobian: readonly (readonly Expr[])[];
}

/**
 * A map with `outputs` components over `variables`, each component using one or two of them,
 * no two components alike, and every variable used by some component (no zero column).
 */
export function drawMap(
  random: Random,
  difficulty: Difficulty,
  variables: readonly string[],
  outputs: number,
): DrawnMap {
  const drawn: Component[] = [];
  while (drawn.length < outputs) {
    const component = drawComponent(
      random,
      difficulty,
      variables,
      pickUses(random, variables.length),
    );
    // Two equal components would make equal rows: a degenerate map that teaches nothing.
    if (drawn.every((other) => other.text !== component.text)) drawn.push(component);
  }
  variables.forEach((_, j) => {
    if (drawn.some((component) => component.partials[j] !== "0")) return;
    const i = random.int(0, outputs - 1);
    drawn[i] = withLinearTerm(drawn[i] as Component, variables, j, random.int(1, 3));
  });
  return {
    variables,
    texts: drawn.map((component) => component.text),
    components: drawn.map((component) => parseTrustedExpression(component.text, variables)),
    jacobian: drawn.map((component) =>
      component.partials.map((partial) => parseTrustedExpression(partial, variables)),
    ),
  };
}

/** One or two variable indices in increasing order; one now and then, for variety. */
function pickUses(random: Random, count: number): number[] {
  if (count === 1 || random.int(0, 4) === 0) return [random.int(0, count - 1)];
  const first = random.int(0, count - 1);
  const other = random.int(0, count - 2);
  const second = other >= first ? other + 1 : other;
  return first < second ? [first, second] : [second, first];
}

/** A matrix of expressions compiled once, to evaluate at many candidate points. */
export function compileMatrix(
  entries: readonly (readonly Expr[])[],
  variables: readonly string[],
): (x: readonly number[]) => number[][] {
  const compiled = entries.map((row) => row.map((entry) => compileExpr(entry, variables)));
  return (x) => compiled.map((row) => row.map((evaluate) => evaluate(x)));
}

/** The components of a map compiled once: x ↦ F(x). */
export function compileMap(map: DrawnMap): (x: readonly number[]) => number[] {
  const compiled = compileMatrix([map.components], map.variables);
  return (x) => compiled(x)[0] ?? [];
}
