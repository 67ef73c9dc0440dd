import type { Prediction } from "./tutor";

/**
 * Area under the ROC curve: the probability that a random right answer got a higher prediction
 * than a random wrong one (ties count half), by the rank-sum formula. NaN without both outcomes.
 */
export function auc(predictions: readonly Prediction[]): number {
  const sorted = [...predictions].sort((a, b) => a.p - b.p);
  let rankSumRight = 0;
  let rights = 0;
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j < sorted.length && sorted[j]?.p === sorted[i]?.p) j++;
    const averageRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) {
      if (sorted[k]?.right) {
        rankSumRight += averageRank;
        rights++;
      }
    }
    i = j;
  }
  const wrongs = sorted.length - rights;
  if (rights === 0 || wrongs === 0) return NaN;
  return (rankSumRight - (rights * (rights + 1)) / 2) / (rights * wrongs);
}

/** Mean negative log-likelihood (nats) of the outcomes, predictions clamped away from 0 and 1. */
export function logLoss(predictions: readonly Prediction[]): number {
  if (predictions.length === 0) return NaN;
  let total = 0;
  for (const { p, right } of predictions) {
    const clamped = Math.min(Math.max(p, 1e-6), 1 - 1e-6);
    total -= Math.log(right ? clamped : 1 - clamped);
  }
  return total / predictions.length;
}
