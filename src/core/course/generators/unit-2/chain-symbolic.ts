import type { Random } from "../../../shared";
import type { Expr } from "../../../math";
import type { MistakeAnswer } from "../../../grading";
import type { Difficulty, Draft, Generator } from "../../generator";
import { argumentsLatex, matrixLatex } from "../unit-1/map-latex";
import { CHAIN_SHAPES, distinctMistakes } from "./chain-shapes";
import {
  compositionFunctions,
  definitionsLatex,
  drawComposition,
  outerAtInner,
  outerAtInput,
  type DrawnComposition,
} from "./draw-composition";
import { productMatrix } from "./expr-product";

/**
 * S5: D(f∘g)(x) = Df(g(x)) Dg(x) in terms of x, the learner choosing the shape. M1 is the
 * reversed product Dg(x) Df(g(x)) where it is defined (n = p), M5 is Df(x) Dg(x) (m = n).
 */
export const chainSymbolic: Generator = {
  id: "chain-symbolic",
  draw(random: Random, difficulty: Difficulty): Draft {
    const [n, m, p] = random.pick(CHAIN_SHAPES[difficulty]);
    for (;;) {
      const chain = drawComposition(random, difficulty, n, m, p);
      const outer = outerAtInner(chain);
      const solution = productMatrix(outer, chain.inner.jacobian);
      const candidates: MistakeAnswer<"matrix">[] = [];
      if (n === p)
        candidates.push({ mistake: "M1", answer: productMatrix(chain.inner.jacobian, outer) });
      if (m === n)
        candidates.push({
          mistake: "M5",
          answer: productMatrix(outerAtInput(chain), chain.inner.jacobian),
        });
      const mistakes = distinctMistakes(solution, candidates, chain.inner.variables);
      if (mistakes) return symbolicDraft(chain, outer, solution, mistakes);
    }
  },
};

function symbolicDraft(
  chain: DrawnComposition,
  outer: Expr[][],
  solution: Expr[][],
  mistakes: MistakeAnswer<"matrix">[],
): Draft {
  const x = argumentsLatex(chain.inner.variables);
  const u = argumentsLatex(chain.outer.variables);
  const curve = chain.inner.variables.length === 1;
  return {
    prompt:
      `Let\n\n${definitionsLatex(chain)}\n\n` +
      `Find the Jacobian $D(f\\circ g)$ in terms of $${x}$. Choose its shape too.` +
      (curve ? " (With one input, it is the derivative $(f\\circ g)'$ laid out as a matrix.)" : ""),
    data: { ask: "chain-jacobian", functions: compositionFunctions(chain) },
    key: {
      kind: "matrix",
      spec: {
        kind: "matrix",
        rows: solution.length,
        cols: solution[0]?.length ?? 0,
        variables: [...chain.inner.variables],
        chooseShape: true,
      },
      solution,
      mistakes,
    },
    hints: [
      "By the chain rule, $D(f\\circ g)(\\mathbf{x}) = Df\\bigl(g(\\mathbf{x})\\bigr)\\,Dg(\\mathbf{x})$: the outer derivative on the left.",
      "Compute $Df$ in the $u$ variables, then replace each $u_k$ by $g_k(\\mathbf{x})$.",
      "Check the shapes: $(p\\times m)(m\\times n)$ gives $p\\times n$.",
    ],
    steps: [
      {
        text: "The inner Jacobian, in $\\mathbf{x}$.",
        latex: `Dg(${x}) = ${matrixLatex(chain.inner.jacobian)}`,
      },
      {
        text: "The outer Jacobian, in $\\mathbf{u}$.",
        latex: `Df(${u}) = ${matrixLatex(chain.outer.jacobian)}`,
      },
      {
        text: "Evaluate it at $\\mathbf{u} = g(\\mathbf{x})$.",
        latex: `Df\\bigl(g(\\mathbf{x})\\bigr) = ${matrixLatex(outer)}`,
      },
      {
        text: "Multiply, outer on the left.",
        latex: `D(f\\circ g)(\\mathbf{x}) = ${matrixLatex(outer)}${matrixLatex(chain.inner.jacobian)} = ${matrixLatex(solution)}`,
      },
    ],
  };
}
