import { differentiate, parseTrustedExpression, toLatex } from "../../../math";
import type { Random } from "../../../shared";
import type { Difficulty, Draft, Generator } from "../../generator";
import { drawManyVariables } from "./function-bank";

/** P6: the gradient of a scalar function of two or three variables, as a column of partials. */
export const gradient: Generator = {
  id: "gradient",
  draw(random: Random, difficulty: Difficulty): Draft {
    const variables = difficulty === 3 ? ["x", "y", "z"] : ["x", "y"];
    const text = drawManyVariables(random, difficulty, variables);
    const f = parseTrustedExpression(text, variables);
    const partials = variables.map((v) => differentiate(f, v));
    return {
      prompt: `Let $$f(${variables.join(", ")}) = ${toLatex(f)}.$$ Find the gradient $\\nabla f$ as a column.`,
      data: { ask: "gradient", functions: [{ name: "f", variables, components: [text] }] },
      key: {
        kind: "vector",
        spec: { kind: "vector", length: variables.length, variables },
        solution: partials,
        mistakes: [],
      },
      hints: [
        "The gradient lists the partial derivatives, one per variable, in order.",
        "For each partial, hold the other variables fixed.",
      ],
      steps: [
        ...variables.map((v, i) => ({
          text: `Differentiate with respect to $${v}$, the others held fixed.`,
          latex: `\\frac{\\partial f}{\\partial ${v}} = ${toLatex(partials[i] ?? f)}`,
        })),
        {
          text: "Stack them in a column.",
          latex: `\\nabla f = ${toLatex({ kind: "vector", entries: partials })}`,
        },
      ],
    };
  },
};
