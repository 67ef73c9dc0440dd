import { differentiate, parseTrustedExpression, toLatex } from "../../../math";
import type { Random } from "../../../shared";
import type { Difficulty, Draft, Generator } from "../../generator";
import { drawOneVariable } from "./function-bank";

/** How to take each level's derivative, for the hints and the first step. */
const RULE: Readonly<Record<Difficulty, string>> = {
  1: "Differentiate term by term with $(x^n)' = nx^{n-1}$.",
  2: "$f$ is a product: use $(uv)' = u'v + uv'$.",
  3: "$f$ is a composition: use the chain rule $\\bigl(g(u(x))\\bigr)' = g'\\bigl(u(x)\\bigr)\\,u'(x)$.",
};

/** P1: the derivative of a function of one variable (polynomial, product, composition). */
export const derivative1d: Generator = {
  id: "derivative-1d",
  draw(random: Random, difficulty: Difficulty): Draft {
    const text = drawOneVariable(random, difficulty, "x");
    const f = parseTrustedExpression(text, ["x"]);
    const derivative = differentiate(f, "x");
    return {
      prompt: `Let $$f(x) = ${toLatex(f)}.$$ Find $f'(x)$.`,
      data: { ask: "derivative", functions: [{ name: "f", variables: ["x"], components: [text] }] },
      key: {
        kind: "expression",
        spec: { kind: "expression", variables: ["x"] },
        solution: derivative,
        mistakes: [],
      },
      hints: ["Which rule does the form of $f$ call for?", RULE[difficulty]],
      steps: [
        { text: RULE[difficulty] },
        { text: "Apply it and simplify.", latex: `f'(x) = ${toLatex(derivative)}` },
      ],
    };
  },
};
