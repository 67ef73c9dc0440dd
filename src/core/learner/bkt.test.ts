import { describe, expect, it } from "vitest";
import { likelihood, posterior, predictRight, transition } from "./bkt";
import type { Help } from "./bkt";

const params = { prior: 0.1, learn: 0.2, slip: 0.1, guess: 0.05 };

describe("BKT", () => {
  it("raises the estimate after a right answer and lowers it after a wrong one", () => {
    const like = likelihood(params, "none");
    expect(posterior(0.5, true, like)).toBeGreaterThan(0.9);
    expect(posterior(0.5, false, like)).toBeLessThan(0.15);
  });

  it.each<[Help, Help]>([
    ["none", "hint"],
    ["hint", "solution"],
  ])("counts a right answer with %s as stronger evidence than with %s", (stronger, weaker) => {
    expect(posterior(0.3, true, likelihood(params, stronger))).toBeGreaterThan(
      posterior(0.3, true, likelihood(params, weaker)),
    );
  });

  it("counts a wrong answer after help as weaker evidence against than an unaided one", () => {
    const unaided = posterior(0.5, false, likelihood(params, "none"));
    expect(posterior(0.5, false, likelihood(params, "hint"))).toBeGreaterThan(unaided);
    expect(posterior(0.5, false, likelihood(params, "hint"))).toBeLessThan(0.5);
  });

  it("keeps a right answer some evidence even after a shown solution", () => {
    const like = likelihood(params, "solution");
    expect(like.unknown).toBeLessThan(like.known);
    expect(posterior(0.3, true, like)).toBeGreaterThan(0.3);
  });

  it("predicts P(right) between guess and 1 − slip", () => {
    const like = likelihood(params, "none");
    expect(predictRight(0, like)).toBeCloseTo(0.05);
    expect(predictRight(1, like)).toBeCloseTo(0.9);
  });

  it("moves an unknown skill towards known by the learning probability", () => {
    expect(transition(0, 0.2)).toBeCloseTo(0.2);
    expect(transition(0.5, 0.2)).toBeCloseTo(0.6);
  });
});
