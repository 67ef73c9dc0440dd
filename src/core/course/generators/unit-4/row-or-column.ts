import type { Random } from "../../../shared";
import {
  autodiffJacobian,
  buildGraph,
  parseTrustedExpression,
  toLatex,
  type Expr,
} from "../../../math";
import type { Difficulty, Draft, Generator } from "../../generator";
import { jacobianOfTexts } from "../unit-3/text-derivative";
import { drawScalar, type PointVariable } from "./component-bank";
import { allFriendly, exact } from "./exact-number";
import { tupleLatex } from "./latex";
import { orientedKey } from "./oriented-key";

/** What is asked: the Jacobian of scalar f (a 1×n row) or its gradient (an n×1 column). */
type Ask = "jacobian-row" | "gradient";

/**
 * S6: for a scalar f, the Jacobian row Df or the gradient column ∇f = Dfᵀ, where the learner
 * chooses the shape (so the other orientation is mistake M2b). Difficulty 1 and 2 ask at a point
 * (polynomials, then products with one transcendental), 3 in terms of x.
 */
export const rowOrColumn: Generator = {
  id: "row-or-column",
  draw(random: Random, difficulty: Difficulty): Draft {
    const ask: Ask = random.pick(["jacobian-row", "gradient"] as const);
    const n = difficulty === 1 ? random.int(2, 3) : random.int(2, 4);
    const names = Array.from({ length: n }, (_, i) => `x${i + 1}`);
    for (;;) {
      const symbolic = difficulty === 3;
      const at = names.map(() => (symbolic ? 0 : random.int(-2, 2)));
      const variables: PointVariable[] = names.map((name, i) => ({ name, at: at[i] ?? 0 }));
      const text = drawScalar(
        random,
        symbolic ? random.pick([1, 2] as const) : difficulty,
        variables,
      );
      const entries = symbolic ? jacobianOfTexts([text], names)[0] : valuesAt(text, names, at);
      if (entries) return draft(ask, text, names, entries, symbolic ? undefined : at);
    }
  },
};

/** The partials at the point as exact numbers, or undefined when they are all 0 or not friendly. */
function valuesAt(
  text: string,
  names: readonly string[],
  at: readonly number[],
): Expr[] | undefined {
  const graph = buildGraph([parseTrustedExpression(text, names)], names, at);
  const row = autodiffJacobian(graph, "reverse").value[0] ?? [];
  if (row.every((v) => v === 0) || !allFriendly(row, 20)) return undefined;
  return row.map(exact);
}

function draft(
  ask: Ask,
  text: string,
  names: readonly string[],
  entries: readonly Expr[],
  at?: readonly number[],
): Draft {
  const n = names.length;
  const where = at ? tupleLatex(at) : "(\\mathbf{x})";
  const asked = ask === "gradient" ? `\\nabla f${where}` : `Df${where}`;
  const fLatex = toLatex(parseTrustedExpression(text, names));
  const args = names.map((_, i) => `x_${i + 1}`).join(", ");
  const row = toLatex({ kind: "matrix", rows: [entries] });
  const column = toLatex({ kind: "vector", entries });
  return {
    prompt:
      `Let $f:\\mathbb{R}^${n}\\to\\mathbb{R}$ be\n\n$$f(${args}) = ${fLatex}.$$\n\n` +
      `Find $${asked}$` +
      (at ? "" : ` in terms of $${args}$`) +
      `, laid out with the shape it has in this course's convention (choose the shape).`,
    data: {
      ask,
      functions: [{ name: "f", variables: [...names], components: [text] }],
      ...(at ? { point: Object.fromEntries(names.map((name, i) => [name, at[i] ?? 0])) } : {}),
    },
    key: orientedKey(entries, ask === "gradient" ? "column" : "row", at ? [] : names),
    hints: [
      "The Jacobian of a function $\\mathbb{R}^n\\to\\mathbb{R}^m$ is $m\\times n$: for a scalar function that is one row.",
      "The gradient is a column: $\\nabla f = Df^\\top$, with the same entries as the row.",
      `Either way the entries are the partials $\\partial f/\\partial x_1, \\dots, \\partial f/\\partial x_${n}$${at ? ", evaluated at the point" : ""}.`,
    ],
    steps: [
      {
        text: "Take each partial derivative" + (at ? ", then evaluate at the point." : "."),
        latex: entries
          .map((e, j) => `\\frac{\\partial f}{\\partial x_${j + 1}} = ${toLatex(e)}`)
          .join(",\\quad "),
      },
      {
        text: `$f$ has one output and ${n} inputs, so $Df$ is the 1×${n} row of these partials.`,
        latex: `Df${where} = ${row}`,
      },
      ...(ask === "gradient"
        ? [
            {
              text: `The gradient is its transpose, the ${n}×1 column.`,
              latex: `\\nabla f${where} = Df${where}^\\top = ${column}`,
            },
          ]
        : []),
    ],
  };
}
