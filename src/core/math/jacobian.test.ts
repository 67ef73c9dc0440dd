import { describe, expect, it } from "vitest";
import { asSeed, createRandom } from "../shared";
import { evaluateExpr, evaluateMatrix } from "./evaluate-expr";
import { finiteDifferenceJacobian } from "./finite-difference";
import { jacobian } from "./jacobian";
import { parseTrustedExpression } from "./parse-expression";
import { toInputSyntax } from "./to-input-syntax";

interface Case {
  readonly name: string;
  readonly variables: readonly string[];
  readonly components: readonly string[];
  /** The Jacobian as shown to learners, in input syntax. */
  readonly shown: string;
}

const CASES: readonly Case[] = [
  {
    name: "worked example 1, g = (x1^2 + x2, x1*x2)",
    variables: ["x1", "x2"],
    components: ["x1^2 + x2", "x1*x2"],
    shown: "[[2*x1, 1], [x2, x1]]",
  },
  {
    name: "S1-a, F = (x^2*y, x + sin(y))",
    variables: ["x", "y"],
    components: ["x^2*y", "x + sin(y)"],
    shown: "[[2*x*y, x^2], [1, cos(y)]]",
  },
  {
    name: "S1-b, G = (x1*x3, x2^2 - x3), 2×3",
    variables: ["x1", "x2", "x3"],
    components: ["x1*x3", "x2^2 - x3"],
    shown: "[[x3, 0, x1], [0, 2*x2, -1]]",
  },
  {
    name: "S2-b, F = (x1*x2^2, x1 + x2)",
    variables: ["x1", "x2"],
    components: ["x1*x2^2", "x1 + x2"],
    shown: "[[x2^2, 2*x1*x2], [1, 1]]",
  },
  {
    name: "a logistic unit σ(w*x + b) in w, x and b",
    variables: ["w", "x", "b"],
    components: ["sigma(w*x + b)"],
    shown:
      "[[x*sigma(w*x + b)*(1 - sigma(w*x + b)), w*sigma(w*x + b)*(1 - sigma(w*x + b)), sigma(w*x + b)*(1 - sigma(w*x + b))]]",
  },
  {
    name: "a scaled logistic with its constants folded, 2σ(3x)",
    variables: ["x"],
    components: ["2*sigma(3*x)"],
    shown: "[[6*sigma(3*x)*(1 - sigma(3*x))]]",
  },
  {
    name: "a square of a logistic, σ(x)^2",
    variables: ["x"],
    components: ["sigma(x)^2"],
    shown: "[[2*sigma(x)^2*(1 - sigma(x))]]",
  },
  {
    name: "tanh and tan through their own values",
    variables: ["x1", "x2"],
    components: ["tanh(x1*x2)", "tan(3*x1)"],
    shown: "[[x2*(1 - tanh(x1*x2)^2), x1*(1 - tanh(x1*x2)^2)], [3*(1 + tan(3*x1)^2), 0]]",
  },
  {
    name: "polar radius and a product with a log",
    variables: ["x1", "x2"],
    components: ["sqrt(x1^2 + x2^2)", "log(x1)*x2"],
    shown: "[[x1/sqrt(x1^2 + x2^2), x2/sqrt(x1^2 + x2^2)], [x2/x1, log(x1)]]",
  },
  {
    name: "a Gaussian bump and a Cauchy bump",
    variables: ["x"],
    components: ["exp(-x^2/2)", "1/(1 + x^2)"],
    shown: "[[-x*exp(-x^2/2)], [-2*x/(x^2 + 1)^2]]",
  },
  {
    name: "exponentials and constants, (e^(x1*x2), sin(pi*x1))",
    variables: ["x1", "x2"],
    components: ["e^(x1*x2)", "sin(pi*x1)"],
    shown: "[[x2*e^(x1*x2), x1*e^(x1*x2)], [pi*cos(pi*x1), 0]]",
  },
  {
    name: "worked example 2's outer map, f(u) = u1^2 + 3*u2",
    variables: ["u1", "u2"],
    components: ["u1^2 + 3*u2"],
    shown: "[[2*u1, 3]]",
  },
  {
    name: "a nested logistic, x*σ(x*σ(y))",
    variables: ["x", "y"],
    components: ["x*sigma(x*sigma(y))"],
    shown:
      "[[sigma(x*sigma(y)) + x*sigma(y)*sigma(x*sigma(y))*(1 - sigma(x*sigma(y))), x^2*sigma(y)*(1 - sigma(y))*sigma(x*sigma(y))*(1 - sigma(x*sigma(y)))]]",
  },
];

const parseCase = ({ components, variables }: Case) =>
  components.map((text) => parseTrustedExpression(text, variables));

describe("jacobian", () => {
  it.each(CASES)("shows $name as $shown", (c) => {
    const shown = jacobian(parseCase(c), c.variables);
    expect(toInputSyntax({ kind: "matrix", rows: shown })).toBe(c.shown);
  });

  it.each(CASES)("agrees with central differences at random points for $name", (c) => {
    const components = parseCase(c);
    const J = jacobian(components, c.variables);
    const random = createRandom(asSeed(c.name.length));
    for (let trial = 0; trial < 5; trial++) {
      // Points in [0.5, 1.5]: inside the domain of log, sqrt and away from tan's poles.
      const x = c.variables.map(() => 0.5 + random.next());
      const pointOf = (v: readonly number[]) =>
        Object.fromEntries(c.variables.map((name, j) => [name, v[j] ?? NaN]));
      const f = (v: readonly number[]) => components.map((e) => evaluateExpr(e, pointOf(v)));
      const fd = finiteDifferenceJacobian(f, x);
      evaluateMatrix(J, pointOf(x)).forEach((row, i) =>
        row.forEach((entry, j) => expect(entry).toBeCloseTo(fd[i]?.[j] ?? NaN, 5)),
      );
    }
  });

  it("gives one row per component and one column per variable, even for unused variables", () => {
    const J = jacobian([parseTrustedExpression("x1", ["x1", "x2", "x3"])], ["x1", "x2", "x3"]);
    expect(toInputSyntax({ kind: "matrix", rows: J })).toBe("[[1, 0, 0]]");
  });
});
