import { describe, expect, it } from "vitest";
import { asSeed } from "../shared";
import { DEFAULT_SAMPLE_DOMAIN, samplePoints } from "./sample-points";

const total =
  DEFAULT_SAMPLE_DOMAIN.symmetricCount +
  DEFAULT_SAMPLE_DOMAIN.positiveCount +
  DEFAULT_SAMPLE_DOMAIN.farCount;

describe("samplePoints", () => {
  it("gives the same points for the same seed", () => {
    expect(samplePoints(2, asSeed(9))).toEqual(samplePoints(2, asSeed(9)));
  });

  it("gives different points for another seed", () => {
    expect(samplePoints(1, asSeed(1))[0]).not.toEqual(samplePoints(1, asSeed(2))[0]);
  });

  it("draws every box with its count and range, one coordinate per variable", () => {
    const points = samplePoints(3, asSeed(5));
    expect(points).toHaveLength(total);
    const { symmetricCount: s, positiveCount: p } = DEFAULT_SAMPLE_DOMAIN;
    const coords = (from: number, to: number) => points.slice(from, to).flatMap((q) => [...q]);
    expect(points.every((q) => q.length === 3)).toBe(true);
    expect(coords(0, s).every((v) => Math.abs(v) <= 2)).toBe(true);
    expect(coords(0, s).some((v) => v < 0)).toBe(true);
    expect(coords(s, s + p).every((v) => v >= 0.1 && v <= 2)).toBe(true);
    const far = coords(s + p, total);
    expect(far.every((v) => Math.abs(v) >= 2 && Math.abs(v) <= 1e4)).toBe(true);
  });

  it("reaches far out in both directions for every seed", () => {
    for (const seed of [1, 2, 3, 4, 5].map(asSeed)) {
      const far = samplePoints(1, seed).map((q) => q[0] ?? 0);
      expect(Math.min(...far)).toBeLessThan(-1000);
      expect(Math.max(...far)).toBeGreaterThan(1000);
    }
  });

  it("spreads the points of a box evenly: every quarter of [-2, 2] gets some", () => {
    const symmetric = samplePoints(1, asSeed(8)).slice(0, DEFAULT_SAMPLE_DOMAIN.symmetricCount);
    const quarters = new Set(symmetric.map((q) => Math.floor(((q[0] ?? 0) + 2) / 1)));
    expect([...quarters].sort()).toEqual([0, 1, 2, 3]);
  });

  it("throws for more variables than it has sequence steps", () => {
    expect(() => samplePoints(17, asSeed(1))).toThrow(/at most 16 variables/);
  });

  it("never lands on an integer, where sin(pi*x) and its like vanish", () => {
    const coords = samplePoints(2, asSeed(11)).flatMap((q) => [...q]);
    expect(coords.some((v) => Number.isInteger(v))).toBe(false);
  });
});
