/**
 * The per-learner learning-rate factor, estimated online as a posterior over a grid: each
 * hypothesis r scales every skill's learning probability to 1 − (1 − learn)^r, and is weighed by
 * how well it predicted the learner's answers so far (jointly with the guess level: the update
 * is in guess-rate.ts). A slow learner's early misses move weight to
 * small r, so the mastery estimate rises slower than population parameters would make it.
 */
export const RATE_GRID: readonly number[] = [0.25, 0.35, 0.5, 0.7, 1, 1.4, 2, 2.8];

/** Log-normal prior on the grid (σ = 0.6 in log space), centred on the population rate 1. */
export function initialRateWeights(): readonly number[] {
  const raw = RATE_GRID.map((r) => Math.exp(-(Math.log(r) ** 2) / (2 * 0.6 ** 2)));
  return normalize(raw);
}

/** The learning probability under hypothesis `rate`. */
export function scaledLearn(learn: number, rate: number): number {
  return 1 - (1 - learn) ** rate;
}

const byGrid = new Map<number, readonly number[]>();

/** The learning probability under every hypothesis of RATE_GRID (memoised: there are few rates). */
export function learnOverGrid(learn: number): readonly number[] {
  let values = byGrid.get(learn);
  if (!values) {
    values = RATE_GRID.map((rate) => scaledLearn(learn, rate));
    byGrid.set(learn, values);
  }
  return values;
}

/** The posterior mean of the factor: what an instructor sees as "learns at 0.6× the usual rate". */
export function rateFactorEstimate(weights: readonly number[]): number {
  return weights.reduce((sum, w, i) => sum + w * (RATE_GRID[i] ?? 0), 0);
}

/** Σ weightᵢ · valuesᵢ: a quantity averaged over hypotheses (the joint ones of guess-rate.ts). */
export function overRates(weights: readonly number[], values: readonly number[]): number {
  return weights.reduce((sum, w, i) => sum + w * (values[i] ?? 0), 0);
}

function normalize(values: readonly number[]): readonly number[] {
  const total = values.reduce((a, b) => a + b, 0);
  return values.map((v) => v / total);
}
