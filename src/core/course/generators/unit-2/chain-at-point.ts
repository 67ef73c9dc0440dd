import type { Random } from "../../../shared";
import { matMul, num, type Expr } from "../../../math";
import type { MistakeAnswer } from "../../../grading";
import type { Difficulty, Draft, Generator } from "../../generator";
import { compileMap, compileMatrix } from "../unit-1/draw-map";
import { findPoint, pointRecord } from "../unit-1/find-point";
import { exactAt, friendlyMatrix, friendlyNumber } from "../unit-1/friendly-number";
import { columnLatex, matrixLatex, pointLatex } from "../unit-1/map-latex";
import { CHAIN_SHAPES, distinctMistakes } from "./chain-shapes";
import {
  compositionFunctions,
  definitionsLatex,
  drawComposition,
  type DrawnComposition,
} from "./draw-composition";
import { productMatrix } from "./expr-product";

/** What the point search settles: the forward value, both local Jacobians there, and the answers. */
interface AtPoint {
  readonly u0: Expr[];
  readonly inner: Expr[][];
  readonly outer: Expr[][];
  readonly solution: Expr[][];
  readonly mistakes: MistakeAnswer<"matrix">[];
}

/**
 * S5 at a point: D(f∘g)(x₀) = Df(u₀) Dg(x₀) with u₀ = g(x₀), as numbers. M1 is Dg(x₀) Df(u₀)
 * (n = p), M5 is Df(x₀) Dg(x₀) (m = n); the point makes every number on the right path friendly.
 */
export const chainAtPoint: Generator = {
  id: "chain-at-point",
  draw(random: Random, difficulty: Difficulty): Draft {
    const [n, m, p] = random.pick(CHAIN_SHAPES[difficulty]);
    for (;;) {
      const chain = drawComposition(random, difficulty, n, m, p);
      const found = findPoint(random, n, settle(chain));
      if (found) return atPointDraft(chain, found.x, found.found);
    }
  },
};

/** A number matrix as exact expressions: friendly entries as such, others as they are. */
const exactNumbers = (values: number[][]): Expr[][] =>
  values.map((row) => row.map((v) => friendlyNumber(v, "fraction", Infinity) ?? num(v)));

function settle(chain: DrawnComposition): (x: readonly number[]) => AtPoint | undefined {
  const g = compileMap(chain.inner);
  const dg = compileMatrix(chain.inner.jacobian, chain.inner.variables);
  const df = compileMatrix(chain.outer.jacobian, chain.outer.variables);
  const [n, m, p] = [
    chain.inner.variables.length,
    chain.outer.variables.length,
    chain.outer.components.length,
  ];
  return (x) => {
    const u = g(x);
    const [innerValues, outerValues] = [dg(x), df(u)];
    const u0 = friendlyMatrix([u])?.[0];
    const inner = friendlyMatrix(innerValues);
    const outer = friendlyMatrix(outerValues);
    const solution = inner && outer ? friendlyMatrix(matMul(outerValues, innerValues)) : undefined;
    if (!u0 || !inner || !outer || !solution || u.some((v) => Math.abs(v) > 9)) return undefined;
    const candidates: MistakeAnswer<"matrix">[] = [];
    if (n === p)
      candidates.push({ mistake: "M1", answer: exactNumbers(matMul(innerValues, outerValues)) });
    if (m === n) {
      const atX = df(x);
      const record = pointRecord(chain.outer.variables, x);
      const outerAtX = chain.outer.jacobian.map((row, i) =>
        row.map((e, j) => exactAt(e, atX[i]?.[j] ?? NaN, record)),
      );
      candidates.push({ mistake: "M5", answer: productMatrix(outerAtX, inner) });
    }
    const mistakes = distinctMistakes(solution, candidates, []);
    return mistakes ? { u0, inner, outer, solution, mistakes } : undefined;
  };
}

function atPointDraft(chain: DrawnComposition, x: readonly number[], found: AtPoint): Draft {
  const at = x.join(", ");
  return {
    prompt:
      `Let\n\n${definitionsLatex(chain)}\n\n` +
      `Find $D(f\\circ g)(\\mathbf{x}_0)$ at $\\mathbf{x}_0 = ${pointLatex(x)}$. Choose its shape too.`,
    data: {
      ask: "chain-jacobian-at-point",
      functions: compositionFunctions(chain),
      point: pointRecord(chain.inner.variables, x),
    },
    key: {
      kind: "matrix",
      spec: {
        kind: "matrix",
        rows: found.solution.length,
        cols: x.length,
        variables: [],
        chooseShape: true,
      },
      solution: found.solution,
      mistakes: found.mistakes,
    },
    hints: [
      "Run the forward pass first: $\\mathbf{u}_0 = g(\\mathbf{x}_0)$.",
      "$D(f\\circ g)(\\mathbf{x}_0) = Df(\\mathbf{u}_0)\\,Dg(\\mathbf{x}_0)$: each Jacobian at its own block's input, the outer one on the left.",
      "Check the shapes: $(p\\times m)(m\\times n)$ gives $p\\times n$.",
    ],
    steps: [
      { text: "Forward pass.", latex: `\\mathbf{u}_0 = g(${at}) = ${columnLatex(found.u0)}` },
      {
        text: "The inner Jacobian at $\\mathbf{x}_0$.",
        latex: `Dg(\\mathbf{x}) = ${matrixLatex(chain.inner.jacobian)},\\qquad Dg(\\mathbf{x}_0) = ${matrixLatex(found.inner)}`,
      },
      {
        text: "The outer Jacobian at $\\mathbf{u}_0$.",
        latex: `Df(\\mathbf{u}) = ${matrixLatex(chain.outer.jacobian)},\\qquad Df(\\mathbf{u}_0) = ${matrixLatex(found.outer)}`,
      },
      {
        text: "Multiply, outer on the left.",
        latex: `D(f\\circ g)(\\mathbf{x}_0) = ${matrixLatex(found.outer)}${matrixLatex(found.inner)} = ${matrixLatex(found.solution)}`,
      },
    ],
  };
}
