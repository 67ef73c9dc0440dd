import { describe, expect, it } from "vitest";
import { creditReview, isDue, recordReview, retrievability } from "./fsrs-adapter";
import { DAY, T0 } from "./test-fixtures";

describe("FSRS adapter", () => {
  it("schedules a newly mastered skill days ahead, not within the session", () => {
    const card = recordReview(null, T0, "good");
    expect(card.due - T0).toBeGreaterThanOrEqual(DAY);
    expect(isDue(card, T0)).toBe(false);
    expect(isDue(card, card.due)).toBe(true);
  });

  it("puts recall at 90% one stability after the last review (desired retention 0.9)", () => {
    const card = recordReview(null, T0, "good");
    expect(retrievability(card, T0)).toBeCloseTo(1);
    expect(retrievability(card, T0 + card.stability * DAY)).toBeCloseTo(0.9, 3);
  });

  it("grows the interval after a successful review and shrinks it after a lapse", () => {
    const first = recordReview(null, T0, "good");
    const good = recordReview(first, first.due, "good");
    const again = recordReview(first, first.due, "again");
    expect(good.due - first.due).toBeGreaterThan(first.due - T0);
    expect(again.due - first.due).toBeLessThan(good.due - first.due);
    expect(again.lapses).toBe(1);
  });

  it("schedules sooner for a learner who asks for more retention, and as before at 0.9", () => {
    const first = recordReview(null, T0, "good");
    expect(recordReview(null, T0, "good", 0.9)).toEqual(first);
    expect(recordReview(null, T0, "good", 0.97).due).toBeLessThan(first.due);
    const later = recordReview(first, first.due, "good", 0.97);
    expect(later.due).toBeLessThan(recordReview(first, first.due, "good").due);
    expect(creditReview(first, first.due, 0.5, 0.97).due).toBeLessThan(
      creditReview(first, first.due, 0.5).due,
    );
  });

  it("gives a discounted review less than a full one but more than none", () => {
    const first = recordReview(null, T0, "good");
    const full = recordReview(first, first.due, "good");
    const half = creditReview(first, first.due, 0.5);
    expect(half.due).toBeGreaterThan(first.due);
    expect(half.due).toBeLessThan(full.due);
    expect(retrievability(half, first.due)).toBeCloseTo(0.95, 2);
  });

  it("leaves a card just reviewed unchanged by credit", () => {
    const card = recordReview(null, T0, "good");
    expect(creditReview(card, T0 + 60_000, 0.5)).toEqual(card);
  });
});
