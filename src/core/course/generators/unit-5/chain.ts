import type { ChainOrder, Shape } from "../../../math";
import type { JsonValue } from "../../item";
import { countLatex } from "./choice-key";

/**
 * A chain of Jacobians J_L ⋯ J_1 in written order (index 0 is J_L, the outermost), for the cost
 * items of S13: an (a×b)(b×c) product costs abc multiplications (lesson, Section 8).
 */
export type Chain = readonly Shape[];

/** The name of factor i of the chain in written order: J_L for 0, …, J_1 for the last. */
export const factorName = (chain: Chain, i: number): string => `J_{${chain.length - i}}`;

/** The chain's factors with their shapes, as a sentence in Markdown. */
export function chainSentence(chain: Chain): string {
  const parts = chain.map(
    (s, i) => `$${factorName(chain, i)}$ is $${countLatex(s.rows)}\\times ${countLatex(s.cols)}$`,
  );
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1] ?? ""}`;
}

/** An association of the chain as LaTeX with brackets, e.g. J_3(J_2J_1). */
export function orderLatex(chain: Chain, order: ChainOrder, top = true): string {
  if (typeof order === "number") return factorName(chain, order);
  const inner = `${orderLatex(chain, order[0], false)}${orderLatex(chain, order[1], false)}`;
  return top ? inner : `(${inner})`;
}

/** The products an association performs, innermost first, each with its shapes and cost. */
export function productsOf(
  chain: Chain,
  order: ChainOrder,
): { latex: string; left: Shape; right: Shape }[] {
  const products: { latex: string; left: Shape; right: Shape }[] = [];
  const walk = (node: ChainOrder): Shape => {
    if (typeof node === "number") return chain[node] as Shape;
    const left = walk(node[0]);
    const right = walk(node[1]);
    products.push({ latex: orderLatex(chain, node), left, right });
    return { rows: left.rows, cols: right.cols };
  };
  walk(order);
  return products;
}

/** The chain as item data: shapes as [rows, cols] pairs in written order. */
export const chainData = (chain: Chain): JsonValue => chain.map((s) => [s.rows, s.cols]);

/** An association as item data: a factor index or a pair of associations. */
export const orderData = (order: ChainOrder): JsonValue =>
  typeof order === "number" ? order : [orderData(order[0]), orderData(order[1])];
