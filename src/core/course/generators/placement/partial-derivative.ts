import { differentiate, parseTrustedExpression, toLatex } from "../../../math";
import type { Random } from "../../../shared";
import type { Difficulty, Draft, Generator } from "../../generator";
import { drawManyVariables } from "./function-bank";

/** P2: one partial derivative of a function of two or three variables. */
export const partialDerivative: Generator = {
  id: "partial-derivative",
  draw(random: Random, difficulty: Difficulty): Draft {
    const variables = difficulty === 3 ? ["x", "y", "z"] : ["x", "y"];
    const text = drawManyVariables(random, difficulty, variables);
    const f = parseTrustedExpression(text, variables);
    // Every template uses all its variables, so no partial is identically 0.
    const v = random.pick(variables);
    const partial = differentiate(f, v);
    const others = variables
      .filter((w) => w !== v)
      .map((w) => `$${w}$`)
      .join(" and ");
    return {
      prompt: `Let $$f(${variables.join(", ")}) = ${toLatex(f)}.$$ Find $\\partial f/\\partial ${v}$.`,
      data: {
        ask: "partial-derivative",
        variable: v,
        functions: [{ name: "f", variables, components: [text] }],
      },
      key: {
        kind: "expression",
        spec: { kind: "expression", variables },
        solution: partial,
        mistakes: [],
      },
      hints: [
        `Treat ${others} as constants.`,
        `Then differentiate with respect to $${v}$ as in one variable.`,
      ],
      steps: [
        { text: `Hold ${others} fixed: they behave like numbers.` },
        {
          text: `Differentiate with respect to $${v}$.`,
          latex: `\\frac{\\partial f}{\\partial ${v}} = ${toLatex(partial)}`,
        },
      ],
    };
  },
};
