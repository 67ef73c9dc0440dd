import { initialRateWeights, learnOverGrid, RATE_GRID } from "./learning-rate";

/**
 * The per-learner guess level, estimated jointly with the learning-rate factor: the model keeps
 * one BKT estimate per pair (guess level, rate) and weighs the pairs by exact Bayesian updating,
 * as learning-rate.ts does for the rate alone. Under level o a skill's P(right | not known) is
 * its table guess g moved o of the way to 1: g + (1 − g)·o. A learner whose unaided right answers
 * before learning come and go like guesses (a right, then misses) moves weight to the high
 * levels, so their right answers prove less; one whose answers show no guessing keeps level 0,
 * and reaches the bar with fewer. Tried and dropped: a level below the table (g/2), no gain.
 */
export const GUESS_GRID: readonly number[] = [0, 0.15, 0.3];

/** Prior weights of the guess levels: most on the table's own guess (the population's). */
export const GUESS_PRIOR: readonly number[] = [0.8, 0.1, 0.1];

/** Number of joint hypotheses: one per (guess level, rate), the rate varying fastest. */
export const HYPOTHESES = GUESS_GRID.length * RATE_GRID.length;

/** The rate index and guess-level index of joint hypothesis `h`. */
export function rateOf(h: number): number {
  return h % RATE_GRID.length;
}
export function levelOf(h: number): number {
  return Math.floor(h / RATE_GRID.length);
}

/** P(right | not known) on a skill with table guess `guess` under level `level`. */
export function guessAtLevel(guess: number, level: number): number {
  return guess + (1 - guess) * level;
}

/** The prior joint weights: the rate prior times the guess-level prior. */
export function initialWeights(): readonly number[] {
  return jointFrom(initialRateWeights());
}

/** Joint weights from rate weights alone (a state stored before guess levels): times the guess prior. */
export function jointFrom(rateWeights: readonly number[]): readonly number[] {
  return Array.from(
    { length: HYPOTHESES },
    (_, h) => (rateWeights[rateOf(h)] ?? 0) * (GUESS_PRIOR[levelOf(h)] ?? 0),
  );
}

/** The rate marginal of joint weights: what `rateFactorEstimate` reads. */
export const rateMarginal = (weights: readonly number[]): readonly number[] =>
  marginal(weights, RATE_GRID.length, rateOf);

/** The guess-level marginal of joint weights. */
export const levelMarginal = (weights: readonly number[]): readonly number[] =>
  marginal(weights, GUESS_GRID.length, levelOf);

/** Joint weights summed over every hypothesis that `indexOf` maps to the same one of `size`. */
function marginal(
  weights: readonly number[],
  size: number,
  indexOf: (h: number) => number,
): readonly number[] {
  const sums = Array.from({ length: size }, () => 0);
  weights.forEach((w, h) => (sums[indexOf(h)] = (sums[indexOf(h)] ?? 0) + w));
  return sums;
}

/** P(known) per joint hypothesis; estimates stored per rate only are the same at every level. */
export function perHypothesis(known: readonly number[]): readonly number[] {
  if (known.length === HYPOTHESES) return known;
  return Array.from({ length: HYPOTHESES }, (_, h) => known[rateOf(h)] ?? 0);
}

/** The same P(known) under every hypothesis. */
export function uniformKnown(p: number): readonly number[] {
  return Array.from({ length: HYPOTHESES }, () => p);
}

const learnByHypothesis = new Map<number, readonly number[]>();

/** The learning probability under every joint hypothesis (memoised). */
export function learnOverHypotheses(learn: number): readonly number[] {
  let values = learnByHypothesis.get(learn);
  if (!values) {
    const grid = learnOverGrid(learn);
    values = Array.from({ length: HYPOTHESES }, (_, h) => grid[rateOf(h)] ?? learn);
    learnByHypothesis.set(learn, values);
  }
  return values;
}

/** Reweighs the joint hypotheses by the probability each gave to the observed answer. */
export function updateWeights(
  weights: readonly number[],
  probabilityOfObserved: readonly number[],
): readonly number[] {
  const raw = weights.map((w, i) => w * (probabilityOfObserved[i] ?? 0));
  const total = raw.reduce((a, b) => a + b, 0);
  // A floor keeps every hypothesis alive, so a learner who changes can still be recognised.
  const floored = raw.map((v) => Math.max(v / total, 1e-5));
  const sum = floored.reduce((a, b) => a + b, 0);
  return floored.map((v) => v / sum);
}
