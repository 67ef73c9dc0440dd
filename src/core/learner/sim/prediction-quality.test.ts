import { describe, expect, it } from "vitest";
import { auc, logLoss } from "./prediction-quality";

const preds = (pairs: readonly [number, boolean][]) => pairs.map(([p, right]) => ({ p, right }));

describe("prediction quality", () => {
  it.each([
    [
      "a perfect ranking",
      preds([
        [0.9, true],
        [0.8, true],
        [0.2, false],
      ]),
      1,
    ],
    [
      "a reversed ranking",
      preds([
        [0.1, true],
        [0.8, false],
        [0.9, false],
      ]),
      0,
    ],
    [
      "all ties",
      preds([
        [0.5, true],
        [0.5, false],
      ]),
      0.5,
    ],
    [
      "one inversion in four pairs",
      preds([
        [0.9, true],
        [0.6, false],
        [0.5, true],
        [0.1, false],
      ]),
      0.75,
    ],
  ])("gives an AUC of the share of right-over-wrong pairs for %s", (_, predictions, expected) => {
    expect(auc(predictions)).toBeCloseTo(expected);
  });

  it("gives NaN AUC without both outcomes", () => {
    expect(auc(preds([[0.5, true]]))).toBeNaN();
  });

  it("gives log loss ln 2 for coin-flip predictions and less for confident right ones", () => {
    expect(
      logLoss(
        preds([
          [0.5, true],
          [0.5, false],
        ]),
      ),
    ).toBeCloseTo(Math.log(2));
    expect(
      logLoss(
        preds([
          [0.9, true],
          [0.1, false],
        ]),
      ),
    ).toBeCloseTo(-Math.log(0.9));
  });
});
