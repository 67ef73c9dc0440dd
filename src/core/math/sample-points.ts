import { createRandom } from "../shared";
import type { Random, Seed } from "../shared";

/**
 * Where expressions are sampled. Most points are in a box around 0, where the course's answers
 * live and both signs of every variable occur; some are in a positive box, so that answers with
 * `log` or `sqrt` of a variable still get enough points where they are defined; a few are far
 * out, so that forms agreeing only near the origin (`abs(x + 10) - 10` vs `abs(x + 11) - 11`)
 * are told apart.
 */
export interface SampleDomain {
  /** Points in [-radius, radius] for every variable. */
  readonly radius: number;
  readonly symmetricCount: number;
  /** Points in [positiveMin, radius] for every variable. */
  readonly positiveMin: number;
  readonly positiveCount: number;
  /** Points with magnitudes from farMin to farMax, spread evenly in log scale, signs alternating. */
  readonly farMin: number;
  readonly farMax: number;
  readonly farCount: number;
}

/** The default domain: 14 points in [-2, 2], 10 in [0.1, 2] and 8 with magnitudes 2 to 10^4. */
export const DEFAULT_SAMPLE_DOMAIN: SampleDomain = {
  radius: 2,
  symmetricCount: 14,
  positiveMin: 0.1,
  positiveCount: 10,
  farMin: 2,
  farMax: 1e4,
  farCount: 8,
};

/**
 * Per variable, the step of its Weyl sequence: the fractional part of the square root of a prime.
 * Square roots of distinct primes are rationally independent, so the points fill every box evenly
 * in every dimension (a Kronecker lattice, Cranley-Patterson shifted by the seed).
 */
const STEPS = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53].map(
  (p) => Math.sqrt(p) % 1,
);

/** The most variables a check can sample (one Weyl step each). */
export const MAX_SAMPLE_VARIABLES = STEPS.length;

/**
 * Deterministic sample points for `variableCount` variables: the same seed gives the same points.
 * Each box is a shifted low-discrepancy sequence rather than independent draws: it covers the box
 * more evenly and needs one random number per variable, not one per coordinate. The shift is a
 * continuous draw, so a coordinate lands on an integer (where `sin(pi*x)` vanishes) or on a pole
 * only with probability zero.
 */
export function samplePoints(
  variableCount: number,
  seed: Seed,
  domain: SampleDomain = DEFAULT_SAMPLE_DOMAIN,
): number[][] {
  if (variableCount > STEPS.length) {
    throw new Error(`samplePoints: at most ${STEPS.length} variables, got ${variableCount}`);
  }
  const random = createRandom(seed);
  const { radius, positiveMin } = domain;
  return box(variableCount, domain.symmetricCount, random, -radius, radius).concat(
    box(variableCount, domain.positiveCount, random, positiveMin, radius),
    farPoints(variableCount, domain, random),
  );
}

/**
 * `count` points of a shifted Weyl sequence, frac(shift + i * step) in each coordinate, mapped
 * linearly onto [low, high].
 */
function box(
  variableCount: number,
  count: number,
  random: Random,
  low: number,
  high: number,
): number[][] {
  const shifts: number[] = [];
  for (let v = 0; v < variableCount; v++) shifts.push(random.next());
  const points: number[][] = [];
  for (let i = 0; i < count; i++) {
    const point = new Array<number>(variableCount);
    for (let v = 0; v < variableCount; v++) {
      const unit = ((shifts[v] as number) + (i + 1) * (STEPS[v] as number)) % 1;
      point[v] = low + (high - low) * unit;
    }
    points.push(point);
  }
  return points;
}

/**
 * Stratified: far point i takes its magnitudes from the i-th of `farCount` equal slices of the
 * log range, and its signs alternate, so every seed reaches both far ends in both directions.
 */
function farPoints(variableCount: number, domain: SampleDomain, random: Random): number[][] {
  const low = Math.log10(domain.farMin);
  const width = (Math.log10(domain.farMax) - low) / domain.farCount;
  const points = box(variableCount, domain.farCount, random, 0, 1);
  points.forEach((point, i) => {
    for (let v = 0; v < variableCount; v++) {
      const sign = (i + v) % 2 === 0 ? 1 : -1;
      point[v] = sign * Math.pow(10, low + width * (i + (point[v] as number)));
    }
  });
  return points;
}
