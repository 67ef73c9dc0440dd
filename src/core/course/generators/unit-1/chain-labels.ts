import { spaceLatex } from "./map-latex";

/** Names of the functions of a chain, innermost first: g, then f, then h, then k. */
export const CHAIN_NAMES = ["g", "f", "h", "k"] as const;

/** `f(g(\mathbf{x}))`: the point where the function at `index` of the chain is applied. */
function inputOf(names: readonly string[], index: number, input: string): string {
  return names.slice(0, index).reduce((inner, name) => `${name}(${inner})`, input);
}

/** The Jacobian of the function at `index`, at its own input: `Df\bigl(g(\mathbf{x})\bigr)`. */
export function jacobianAtLatex(
  names: readonly string[],
  index: number,
  input = "\\mathbf{x}",
): string {
  const name = names[index] ?? "";
  return index === 0
    ? `D${name}(${input})`
    : `D${name}\\bigl(${inputOf(names, index, input)}\\bigr)`;
}

/** The composition, outermost first: `h\circ f\circ g`. */
export const compositionLatex = (names: readonly string[]): string =>
  [...names].reverse().join("\\circ ");

/** `g:\mathbb{R}^{4}\to\mathbb{R}^{3}` and the like for each function, joined for a prompt. */
export function signaturesLatex(names: readonly string[], dimensions: readonly number[]): string {
  const each = names.map(
    (name, i) =>
      `$${name}:${spaceLatex(dimensions[i] ?? 0)}\\to${spaceLatex(dimensions[i + 1] ?? 0)}$`,
  );
  return each.length <= 2
    ? each.join(" and ")
    : `${each.slice(0, -1).join(", ")} and ${each.at(-1) ?? ""}`;
}

/** A rows×columns shape as LaTeX. */
export const shapeLatex = (rows: number, cols: number): string => `${rows}\\times ${cols}`;
