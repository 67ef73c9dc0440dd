/**
 * Pullback's own expression tree. math.js nodes are turned into this type by the parser adapter
 * and never leave `core/math`; everything else (evaluation, LaTeX, grading) works on `Expr`.
 */

/** Functions an expression may call. `ln` is read as `log` (natural log) by the parser. */
export const FUNCTION_NAMES = [
  "sin",
  "cos",
  "tan",
  "exp",
  "log",
  "sqrt",
  "abs",
  "tanh",
  "sigma",
] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

/** Named constants. */
export type ConstantName = "pi" | "e";

export type BinaryOperator = "+" | "-" | "*" | "/" | "^";

export type Expr =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "constant"; readonly name: ConstantName }
  | { readonly kind: "variable"; readonly name: string }
  | { readonly kind: "negate"; readonly arg: Expr }
  | {
      readonly kind: "binary";
      readonly op: BinaryOperator;
      readonly left: Expr;
      readonly right: Expr;
    }
  | { readonly kind: "call"; readonly fn: FunctionName; readonly arg: Expr };

/**
 * A parsed answer: a scalar expression, a vector (a flat list, orientation not stated), or a
 * matrix (a list of rows; a column vector written `[[a],[b]]` is a 2×1 matrix).
 */
export type MathValue =
  | { readonly kind: "scalar"; readonly expr: Expr }
  | { readonly kind: "vector"; readonly entries: readonly Expr[] }
  | { readonly kind: "matrix"; readonly rows: readonly (readonly Expr[])[] };

/** Rows × columns. A vector of length n counts as n × 1 where a shape is compared. */
export interface Shape {
  readonly rows: number;
  readonly cols: number;
}

/** Builders for trusted, generator-made expressions. */
export const num = (value: number): Expr => ({ kind: "number", value });
export const variable = (name: string): Expr => ({ kind: "variable", name });
export const call = (fn: FunctionName, arg: Expr): Expr => ({ kind: "call", fn, arg });
export const binary = (op: BinaryOperator, left: Expr, right: Expr): Expr => ({
  kind: "binary",
  op,
  left,
  right,
});
export const negate = (arg: Expr): Expr => ({ kind: "negate", arg });
