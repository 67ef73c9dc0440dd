import { describe, expect, it } from "vitest";
import { finiteDifferenceJacobian } from "../../core/math";
import { stepReducer } from "./stepper";
import { LESSON_NETWORK, runNetwork } from "./tiny-network";

const close = (actual: readonly number[], expected: readonly number[]) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, i) => expect(Math.abs(v - (expected[i] ?? NaN))).toBeLessThan(1e-9));
};

describe("runNetwork", () => {
  const pass = runNetwork(LESSON_NETWORK, [2, 1]);

  it("gives the lesson's S14-b values: ℓ = 10, h = (1/2, 3/4, 1/4)", () => {
    expect(pass.loss).toBeCloseTo(10, 12);
    close(pass.a, [0, Math.log(3), -Math.log(3)]);
    close(pass.h, [1 / 2, 3 / 4, 1 / 4]);
  });

  it("gives ∇ₓℓ = (7, −14), δ = (1, 3, −3), ∇_W ℓ = δxᵀ and ∇_c ℓ = h", () => {
    close(pass.grad.x, [7, -14]);
    close(pass.grad.a, [1, 3, -3]);
    close(pass.grad.b, [1, 3, -3]);
    close(pass.grad.W.flat(), [2, 1, 6, 3, -6, -3]);
    close(pass.grad.c, [1 / 2, 3 / 4, 1 / 4]);
    close(pass.grad.h, [4, 16, -16]);
  });

  it("shows the local Jacobians with shapes 3×2, 3×3 and 1×3", () => {
    const { W, diag, cT } = pass.jacobians;
    expect([W.length, W[0]?.length]).toEqual([3, 2]);
    expect([diag.length, diag[0]?.length]).toEqual([3, 3]);
    expect([cT.length, cT[0]?.length]).toEqual([1, 3]);
    close(
      diag.map((row, i) => row[i] ?? NaN),
      [1 / 4, 3 / 16, 3 / 16],
    );
  });

  it("matches central differences of ℓ in x at another point", () => {
    const x = [0.3, -0.7];
    const fd = finiteDifferenceJacobian((p) => [runNetwork(LESSON_NETWORK, p).loss], x)[0] ?? [];
    runNetwork(LESSON_NETWORK, x).grad.x.forEach((g, j) => expect(g).toBeCloseTo(fd[j] ?? NaN, 6));
  });
});

describe("stepReducer", () => {
  it.each([
    { step: 0, action: { type: "next" } as const, after: 1 },
    { step: 6, action: { type: "next" } as const, after: 6 },
    { step: 0, action: { type: "previous" } as const, after: 0 },
    { step: 4, action: { type: "previous" } as const, after: 3 },
    { step: 5, action: { type: "first" } as const, after: 0 },
  ])("goes from step $step to $after on $action.type (last step 6)", ({ step, action, after }) => {
    expect(stepReducer(step, action, 6)).toBe(after);
  });
});
