import type { Random } from "../../../shared";
import type { Expr } from "../../../math";
import type { Difficulty, Draft, Generator } from "../../generator";
import { compileMap, compileMatrix } from "../unit-1/draw-map";
import { findPoint, pointRecord } from "../unit-1/find-point";
import { exactAt, friendlyMatrix } from "../unit-1/friendly-number";
import { argumentsLatex, columnLatex, matrixLatex, pointLatex } from "../unit-1/map-latex";
import {
  compositionFunctions,
  definitionsLatex,
  drawComposition,
  type DrawnComposition,
} from "./draw-composition";

/** [n = m, p] by difficulty: n = m so that Df can (wrongly) be evaluated at x₀, mistake M5. */
const SHAPES: Readonly<Record<Difficulty, readonly (readonly [number, number])[]>> = {
  1: [[2, 1]],
  2: [
    [2, 1],
    [2, 2],
  ],
  3: [
    [3, 1],
    [2, 2],
    [3, 2],
  ],
};

/** What the point search settles: u₀ = g(x₀), Df(u₀), and Df(x₀) (mistake M5). */
interface Forward {
  readonly u0: Expr[];
  readonly outer: Expr[][];
  readonly atInput: Expr[][];
}

/**
 * S4: run the forward pass, u₀ = g(x₀), and evaluate the outer Jacobian there: Df(u₀). Mistake M5
 * is Df(x₀); the point is chosen so that it differs and every number on the right path is friendly.
 */
export const outerAtInnerPoint: Generator = {
  id: "outer-at-inner-point",
  draw(random: Random, difficulty: Difficulty): Draft {
    const [n, p] = random.pick(SHAPES[difficulty]);
    for (;;) {
      const chain = drawComposition(random, difficulty, n, n, p);
      const found = findPoint(random, n, settle(chain));
      if (found) return outerDraft(chain, found.x, found.found);
    }
  },
};

function settle(chain: DrawnComposition): (x: readonly number[]) => Forward | undefined {
  const g = compileMap(chain.inner);
  const outer = compileMatrix(chain.outer.jacobian, chain.outer.variables);
  return (x) => {
    const u = g(x);
    const u0 = friendlyMatrix([u]);
    const atU = outer(u);
    const atX = outer(x);
    const values = friendlyMatrix(atU);
    if (
      !u0?.[0] ||
      !values ||
      u.some((v) => Math.abs(v) > 9) ||
      atX.flat().some((v) => !Number.isFinite(v))
    )
      return undefined;
    const differs = atU.some((row, i) =>
      row.some((v, j) => Math.abs(v - (atX[i]?.[j] ?? NaN)) > 1e-6),
    );
    if (!differs || atU.flat().every((v) => v === 0)) return undefined;
    const record = pointRecord(chain.outer.variables, x);
    const atInput = chain.outer.jacobian.map((row, i) =>
      row.map((entry, j) => exactAt(entry, atX[i]?.[j] ?? NaN, record)),
    );
    return { u0: u0[0], outer: values, atInput };
  };
}

function outerDraft(chain: DrawnComposition, x: readonly number[], found: Forward): Draft {
  const uArgs = argumentsLatex(chain.outer.variables);
  return {
    prompt:
      `Let\n\n${definitionsLatex(chain)}\n\n` +
      `With $\\mathbf{x}_0 = ${pointLatex(x)}$ and $\\mathbf{u}_0 = g(\\mathbf{x}_0)$, find $Df(\\mathbf{u}_0)$.`,
    data: {
      ask: "outer-jacobian-at-inner",
      functions: compositionFunctions(chain),
      point: pointRecord(chain.inner.variables, x),
    },
    key: {
      kind: "matrix",
      spec: {
        kind: "matrix",
        rows: found.outer.length,
        cols: found.u0.length,
        variables: [],
        chooseShape: false,
      },
      solution: found.outer,
      mistakes: [{ mistake: "M5", answer: found.atInput }],
    },
    hints: [
      "Run the forward pass first: where is $f$ applied?",
      "$Df$ is evaluated at $f$'s own input, $\\mathbf{u}_0 = g(\\mathbf{x}_0)$, not at $\\mathbf{x}_0$.",
      "Compute $\\mathbf{u}_0$, then the partials of $f$ with respect to the $u$ variables, and put $\\mathbf{u}_0$ in.",
    ],
    steps: [
      {
        text: "Forward pass: apply $g$ to the point.",
        latex: `\\mathbf{u}_0 = g(${x.join(", ")}) = ${columnLatex(found.u0)}`,
      },
      {
        text: "Differentiate $f$ with respect to its own variables.",
        latex: `Df(${uArgs}) = ${matrixLatex(chain.outer.jacobian)}`,
      },
      {
        text: "Evaluate at $\\mathbf{u}_0$.",
        latex: `Df(\\mathbf{u}_0) = ${matrixLatex(found.outer)}`,
      },
    ],
  };
}
