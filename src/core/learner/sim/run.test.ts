import { describe, expect, it } from "vitest";
import { simulatePolicy, simulateVariant } from "./run";

const small = { learners: 6, days: 31, seed: 11 };

describe("simulation run", () => {
  it("gives the same figures for the same seed", () => {
    expect(simulatePolicy("planner", "default", small)).toEqual(
      simulatePolicy("planner", "default", small),
    );
  });

  it("gives different figures for another seed", () => {
    const other = simulatePolicy("fixed", "default", { ...small, seed: 12 });
    expect(other).not.toEqual(simulatePolicy("fixed", "default", small));
  });

  it("has the oracle declare only truly known skills, the fixed policy after 8 items each", () => {
    const [oracle, fixed] = simulateVariant("default", ["oracle", "fixed"], small);
    expect(oracle?.underPracticeRate).toBe(0);
    expect(oracle?.itemsRatioToOracle).toBe(1);
    expect(fixed?.itemsToMasteryMean).toBeGreaterThanOrEqual(8);
  });

  it("measures recall at day 30 only when the run reaches it", () => {
    expect(simulatePolicy("gates", "default", small).recallDay30).not.toBeNull();
    expect(simulatePolicy("gates", "default", small).recallDay60).toBeNull();
  });

  it("reviews under the planner and never under the gates-only policy", () => {
    const run = { ...small, days: 31 };
    expect(simulatePolicy("planner", "default", run).reviewsPerSkill).toBeGreaterThan(0);
    expect(simulatePolicy("gates", "default", run).reviewsPerSkill).toBe(0);
  });
});
