import type { Random } from "../../shared";
import {
  compileExpr,
  jacobian,
  parseTrustedExpression,
  toInputSyntax,
  toLatex,
  type Expr,
  type MathValue,
} from "../../math";
import type { Difficulty, Draft, Generator } from "../generator";
import { drawComponent } from "./component-bank";

const VARIABLES = ["x1", "x2"] as const;
/** Points where a drawn Jacobian is probed for degeneracy (away from 0 and from each other). */
const PROBES = [
  [0.7, -1.3],
  [1.9, 0.4],
  [-0.6, 1.1],
] as const;

/** S1: the Jacobian of a map ℝ² → ℝ², as a 2×2 matrix of expressions in x1, x2. */
export const jacobian2x2: Generator = {
  id: "jacobian-2x2",
  draw(random: Random, difficulty: Difficulty): Draft {
    for (;;) {
      const texts = [0, 1].map(() => drawComponent(random, difficulty, VARIABLES));
      const components = texts.map((text) => parseTrustedExpression(text, VARIABLES));
      const entries = jacobian(components, VARIABLES);
      if (isUsable(entries)) return draft(texts, components, entries);
    }
  },
};

/**
 * Usable: every entry finite at the probes, at most one entry identically zero, and not
 * symmetric, so that the transposed Jacobian (mistake M2a) is a different answer.
 */
function isUsable(entries: readonly (readonly Expr[])[]): boolean {
  const at = (row: number, col: number) => {
    const entry = entries[row]?.[col];
    if (!entry) throw new Error(`Jacobian entry (${row}, ${col}) is missing`);
    const evaluate = compileExpr(entry, VARIABLES);
    return PROBES.map((point) => evaluate(point));
  };
  const values = [at(0, 0), at(0, 1), at(1, 0), at(1, 1)];
  if (values.flat().some((v) => !Number.isFinite(v))) return false;
  const zeroEntries = values.filter((probes) => probes.every((v) => Math.abs(v) < 1e-12)).length;
  const symmetric = (values[1] ?? []).every((v, i) => Math.abs(v - (values[2]?.[i] ?? NaN)) < 1e-9);
  return zeroEntries < 2 && !symmetric;
}

function draft(texts: readonly string[], components: readonly Expr[], entries: Expr[][]): Draft {
  const solution: MathValue = { kind: "matrix", rows: entries };
  const componentsLatex = components.map((c) => toLatex(c)).join(" \\\\ ");
  return {
    prompt:
      `Let $F:\\mathbb{R}^2\\to\\mathbb{R}^2$ be\n\n` +
      `$$F(x_1, x_2) = \\begin{bmatrix} ${componentsLatex} \\end{bmatrix}.$$\n\n` +
      `Find the Jacobian $DF(x_1, x_2)$. Give each entry in terms of $x_1$ and $x_2$.`,
    data: {
      functions: [{ name: "F", variables: [...VARIABLES], components: [...texts] }],
      ask: "jacobian",
    },
    spec: { kind: "matrix", rows: 2, cols: 2, variables: [...VARIABLES] },
    solution,
    solutionText: toInputSyntax(solution),
    hints: [
      "The Jacobian has one row per output and one column per input, so here it is $2\\times 2$.",
      "Row $i$ holds the partial derivatives of $F_i$: first $\\partial F_i/\\partial x_1$, then $\\partial F_i/\\partial x_2$.",
      "For $\\partial F_i/\\partial x_1$, treat $x_2$ as a constant and differentiate as in one variable.",
    ],
    steps: components
      .map((component, i) => rowStep(component, i, entries[i] ?? []))
      .concat({
        text: "Stack the rows: one row per output, one column per input.",
        latex: `DF(x_1, x_2) = ${toLatex(solution)}`,
      }),
  };
}

function rowStep(component: Expr, index: number, row: readonly Expr[]) {
  const name = `F_${index + 1}`;
  const partials = row.map(
    (entry, j) => `\\frac{\\partial ${name}}{\\partial x_${j + 1}} = ${toLatex(entry)}`,
  );
  return {
    text: `Row ${index + 1} comes from $${name} = ${toLatex(component)}$.`,
    latex: partials.join(",\\qquad "),
  };
}
