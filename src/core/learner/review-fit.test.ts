import { describe, expect, it } from "vitest";
import { addReview, learnerRetention, NO_REVIEW_FIT } from "./review-fit";

/** The fit after `reviews` reviews, each predicted at `predicted`, of which `recalled` were right. */
function fitOf(reviews: number, recalled: number, predicted: number) {
  let fit = NO_REVIEW_FIT;
  for (let i = 0; i < reviews; i++) fit = addReview(fit, predicted, i < recalled);
  return fit;
}

describe("review fit", () => {
  it.each([
    ["no reviews yet", fitOf(0, 0, 0.9), 0.9],
    ["reviews recalled as predicted", fitOf(10, 9, 0.9), 0.9],
    ["reviews recalled better than predicted", fitOf(10, 10, 0.9), 0.9],
    ["16 reviews 0.4 short of prediction (0.4 over 16 + 4 prior)", fitOf(16, 14, 0.9), 0.92],
    ["a long record far short of prediction", fitOf(40, 20, 0.9), 0.97],
  ])("asks for retention %s → %f", (_, fit, retention) => {
    expect(learnerRetention(fit)).toBeCloseTo(retention, 6);
  });

  it("reads a state stored before the fit existed as no reviews", () => {
    expect(learnerRetention(undefined)).toBe(0.9);
    expect(addReview(undefined, 0.8, true)).toEqual({ reviews: 1, recalled: 1, predicted: 0.8 });
  });
});
