import { describe, expect, it } from "vitest";
import { asSeed, createRandom } from "../../shared";
import type { Random } from "../../shared";
import { binary, call, negate, num, variable } from "../expr";
import type { Expr } from "../expr";
import { evaluateExpr, evaluateMatrix } from "../evaluate-expr";
import { finiteDifferenceJacobian } from "../finite-difference";
import { jacobian } from "../jacobian";
import { matVec, transpose } from "../matrix";
import { autodiffJacobian } from "./autodiff-jacobian";
import { buildGraph } from "./build-graph";
import { jvp } from "./forward-mode";
import { graphOf } from "./graph";
import { vjp } from "./reverse-mode";
import { Value } from "./value";

/** A random smooth expression whose every denominator and log argument stays ≥ 1. */
function randomSmoothExpr(random: Random, variables: readonly string[], depth: number): Expr {
  if (depth === 0 || random.next() < 0.2) {
    return random.next() < 0.8 ? variable(random.pick(variables)) : num(random.int(-3, 3));
  }
  const sub = () => randomSmoothExpr(random, variables, depth - 1);
  const atLeastOne = () => binary("+", num(1), binary("^", sub(), num(2)));
  switch (random.int(0, 8)) {
    case 0:
      return binary("+", sub(), sub());
    case 1:
      return binary("-", sub(), sub());
    case 2:
    case 3:
      return binary("*", sub(), sub());
    case 4:
      return binary("/", sub(), atLeastOne());
    case 5:
      return binary("^", sub(), num(random.int(2, 3)));
    case 6:
      return call("log", atLeastOne());
    case 7:
      return negate(sub());
    default:
      return call(random.pick(["sin", "cos", "tanh", "sigma", "exp"] as const), sub());
  }
}

/** A random map Rⁿ → Rᵐ with a random point in [−1.5, 1.5]ⁿ. */
function randomMap(random: Random) {
  const n = random.int(1, 4);
  const m = random.int(1, 4);
  const variables = Array.from({ length: n }, (_, j) => `x${j + 1}`);
  const components = Array.from({ length: m }, () => randomSmoothExpr(random, variables, 3));
  const point = variables.map(() => Math.round((random.next() * 3 - 1.5) * 100) / 100);
  const f = (x: readonly number[]) =>
    components.map((c) =>
      evaluateExpr(c, Object.fromEntries(variables.map((v, j) => [v, x[j] ?? 0]))),
    );
  return { variables, components, point, f, n, m };
}

const dot = (a: readonly number[], b: readonly number[]) =>
  a.reduce((s, x, i) => s + x * (b[i] ?? NaN), 0);
const randomVector = (random: Random, length: number) =>
  Array.from({ length }, () => random.next() * 2 - 1);

/** Entry-wise closeness relative to the size of the entry. */
function expectClose(
  actual: readonly (readonly number[])[],
  expected: readonly (readonly number[])[],
  tol: number,
) {
  expect(actual.length).toBe(expected.length);
  actual.forEach((row, i) =>
    row.forEach((a, j) => {
      const e = expected[i]?.[j] ?? NaN;
      expect(Math.abs(a - e)).toBeLessThanOrEqual(tol * (1 + Math.abs(e)));
    }),
  );
}

const SEEDS = Array.from({ length: 60 }, (_, k) => k + 1);

describe("autodiff on random maps", () => {
  it.each(SEEDS)("agrees with central differences in both modes (seed %i)", (seed) => {
    const { variables, components, point, f } = randomMap(createRandom(asSeed(seed)));
    const graph = buildGraph(components, variables, point);
    const fd = finiteDifferenceJacobian(f, point);
    expectClose(autodiffJacobian(graph, "forward").value, fd, 1e-5);
    expectClose(autodiffJacobian(graph, "reverse").value, fd, 1e-5);
  });

  it.each(SEEDS)(
    "computes Df v and wᵀDf as the Jacobian does, with ⟨w, Df v⟩ = ⟨wᵀDf, v⟩ (seed %i)",
    (seed) => {
      const random = createRandom(asSeed(seed));
      const { variables, components, point, n, m } = randomMap(random);
      const graph = buildGraph(components, variables, point);
      const jac = autodiffJacobian(graph, "reverse").value;
      const v = randomVector(random, n);
      const w = randomVector(random, m);
      const pushed = jvp(graph, v).value;
      const pulled = vjp(graph, w).value;
      expectClose([pushed], [matVec(jac, v)], 1e-12);
      expectClose([pulled], [matVec(transpose(jac), w)], 1e-12);
      expect(dot(w, pushed)).toBeCloseTo(dot(pulled, v), 10);
    },
  );

  it.each(SEEDS)("agrees with the symbolic jacobian() evaluated at the point (seed %i)", (seed) => {
    const { variables, components, point } = randomMap(createRandom(asSeed(seed)));
    const symbolic = evaluateMatrix(
      jacobian(components, variables),
      Object.fromEntries(variables.map((name, j) => [name, point[j] ?? NaN])),
    );
    const graph = buildGraph(components, variables, point);
    expectClose(autodiffJacobian(graph, "forward").value, symbolic, 1e-9);
    expectClose(autodiffJacobian(graph, "reverse").value, symbolic, 1e-9);
  });

  it("gives the outputs' values at the point", () => {
    const { variables, components, point, f } = randomMap(createRandom(asSeed(99)));
    expect(buildGraph(components, variables, point).outputs.map((o) => o.data)).toEqual(f(point));
  });
});

describe("autodiff costs", () => {
  const [x1, x2, x3] = ["x1", "x2", "x3"].map(variable) as [Expr, Expr, Expr];
  it.each([
    // x1·x2 + x3: the product has 2 edges, the sum 2, so each sweep does 4 multiply-adds.
    {
      map: "x1·x2 + x3",
      components: [binary("+", binary("*", x1, x2), x3)],
      perSweep: 4,
      forward: 12,
      reverse: 4,
    },
    // The constant 3 carries no derivative: only the edge from x1 counts.
    {
      map: "3·x1 (with x2, x3 unused)",
      components: [binary("*", num(3), x1)],
      perSweep: 1,
      forward: 3,
      reverse: 1,
    },
    // Three outputs sharing nothing: 1 + 1 + 1 edges, three outputs but three inputs too.
    {
      map: "(sin x1, x2², −x3)",
      components: [call("sin", x1), binary("^", x2, num(2)), negate(x3)],
      perSweep: 3,
      forward: 9,
      reverse: 9,
    },
  ])(
    "counts $perSweep multiply-adds per sweep for $map, $forward forward and $reverse reverse",
    ({ components, perSweep, forward, reverse }) => {
      const graph = buildGraph(components, ["x1", "x2", "x3"], [0.3, -0.2, 0.5]);
      expect(jvp(graph, [1, 0, 0]).counts).toEqual({ multiplyAdds: perSweep, sweeps: 1 });
      expect(
        vjp(
          graph,
          components.map(() => 1),
        ).counts,
      ).toEqual({ multiplyAdds: perSweep, sweeps: 1 });
      expect(autodiffJacobian(graph, "forward").counts).toEqual({
        multiplyAdds: forward,
        sweeps: 3,
      });
      expect(autodiffJacobian(graph, "reverse").counts).toEqual({
        multiplyAdds: reverse,
        sweeps: components.length,
      });
    },
  );

  it("adds the adjoints of both paths through a value used twice", () => {
    const x = Value.input(3, "x");
    const graph = graphOf([x], [x.mul(x)]);
    expect(vjp(graph, [1]).value).toEqual([6]);
    expect(graph.order).toHaveLength(2);
  });
});
