import { differentiate, parseTrustedExpression, type Expr } from "../../../math";

/** ∂(text)/∂variable for a component given as item text (core/math memoizes the symbolic work). */
export function partialOfText(text: string, variables: readonly string[], name: string): Expr {
  return differentiate(parseTrustedExpression(text, variables), name);
}

/** The Jacobian of a map given as component texts. */
export function jacobianOfTexts(
  components: readonly string[],
  variables: readonly string[],
): Expr[][] {
  return components.map((text) => variables.map((name) => partialOfText(text, variables, name)));
}
