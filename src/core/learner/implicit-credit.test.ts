import { describe, expect, it } from "vitest";
import { creditReview, recordReview } from "./fsrs-adapter";
import { creditTrust, prerequisiteCredits, reviewCoverage } from "./implicit-credit";
import { skillState } from "./learner-state";
import { recordAttempt } from "./record-attempt";
import { DAY, id, placedLearner, T0, withMastered } from "./test-fixtures";

describe("implicit credit", () => {
  it("credits the prerequisites a skill exercises, two hops of weight 1 included, not the faint ones", () => {
    const credits = new Map(prerequisiteCredits(id("S5")).map((c) => [c.skill, c.credit]));
    expect([...credits.keys()].sort()).toEqual(
      [id("P1"), id("P2"), id("P3"), id("S1"), id("S2"), id("S3"), id("S4")].sort(),
    );
    expect(credits.get(id("S1"))).toBeCloseTo(0.4); // direct, weight 1
    expect(credits.get(id("S2"))).toBeCloseTo(0.2); // direct, weight 0.5
    expect(credits.get(id("P1"))).toBeCloseTo(0.16); // two hops of weight 1
    // S7 reaches P2 only in three hops (0.4³ = 0.064): too faint to move a schedule.
    expect(prerequisiteCredits(id("S7")).map((c) => c.skill)).not.toContain(id("P2"));
  });

  it("counts a due skill with due prerequisites as more than one review", () => {
    const due = new Set([id("S2"), id("S1"), id("P3")]);
    expect(reviewCoverage(id("S2"), due, 1)).toBeGreaterThan(reviewCoverage(id("S1"), due, 1));
    expect(reviewCoverage(id("S2"), due, 0)).toBe(1);
  });

  it.each([
    [{ recalled: 0, lapsed: 0 }, 1],
    [{ recalled: 20, lapsed: 2 }, 1],
    [{ recalled: 8, lapsed: 2 }, 0.143],
    [{ recalled: 7, lapsed: 3 }, 0],
    [{ recalled: 5, lapsed: 10 }, 0],
  ])("trusts credit by how credited skills fare at real reviews: %o → %f", (checks, trust) => {
    expect(creditTrust(checks)).toBeCloseTo(trust);
  });

  it("lowers trust after a credited skill lapses at its real review", () => {
    const base = withMastered(placedLearner(), ["S1"], T0);
    const credited = recordAttempt(base, {
      skill: id("S2"),
      at: T0 + 3 * DAY,
      outcome: { kind: "answer", right: true, help: "none" },
    });
    expect(skillState(credited, id("S1")).card?.credited).toBe(true);
    const lapse = recordAttempt(credited, {
      skill: id("S1"),
      at: T0 + 9 * DAY,
      outcome: { kind: "answer", right: false, help: "none" },
    });
    expect(lapse.creditChecks).toEqual({ recalled: 0, lapsed: 1 });
    expect(creditTrust(lapse.creditChecks)).toBeLessThan(1);
  });

  it("keeps marking credited skills at zero trust, so their real reviews can restore trust", () => {
    const distrusted = {
      ...withMastered(placedLearner(), ["S1"], T0),
      creditChecks: { recalled: 5, lapsed: 10 },
    };
    expect(creditTrust(distrusted.creditChecks)).toBe(0);
    const answered = recordAttempt(distrusted, {
      skill: id("S2"),
      at: T0 + 3 * DAY,
      outcome: { kind: "answer", right: true, help: "none" },
    });
    const before = skillState(distrusted, id("S1")).card;
    const after = skillState(answered, id("S1")).card;
    expect(after?.due).toBe(before?.due);
    expect(after?.stability).toBe(before?.stability);
    expect(after?.credited).toBe(true);
    const checked = recordAttempt(answered, {
      skill: id("S1"),
      at: T0 + 9 * DAY,
      outcome: { kind: "answer", right: true, help: "none" },
    });
    expect(checked.creditChecks).toEqual({ recalled: 6, lapsed: 10 });
  });

  it("applies a credit that clears a due review", () => {
    const base = withMastered(placedLearner(), ["S1"], T0);
    const card = skillState(base, id("S1")).card;
    if (!card) throw new Error("S1 has no card");
    const now = card.due + 3_600_000; // just due: S2's credit of 0.4 moves it past now
    const after = recordAttempt(base, {
      skill: id("S2"),
      at: now,
      outcome: { kind: "answer", right: true, help: "none" },
    });
    const credited = skillState(after, id("S1")).card;
    expect(credited?.due).toBeGreaterThan(now);
    expect(credited?.stability).toBeGreaterThan(card.stability);
  });

  it("leaves a due card as it is, only marked, when its credit would not clear it", () => {
    const base = withMastered(placedLearner(), ["S1"], T0);
    const card = skillState(base, id("S1")).card;
    if (!card) throw new Error("S1 has no card");
    const now = card.due + 30 * DAY; // long overdue: 0.4 of a review leaves it due
    const after = recordAttempt(base, {
      skill: id("S2"),
      at: now,
      outcome: { kind: "answer", right: true, help: "none" },
    });
    const kept = skillState(after, id("S1")).card;
    expect(kept).toEqual({ ...card, credited: true });
  });

  it("never stretches an interval past its reach, so a real review still comes", () => {
    let card = recordReview(null, T0, "good");
    const limit = card.creditLimit;
    for (let day = 1; day < 200; day++) card = creditReview(card, T0 + day * DAY, 0.9);
    expect(card.due).toBeLessThanOrEqual(Math.max(limit, T0 + 199 * DAY));
    expect(card.due).toBeLessThan(T0 + 200 * DAY);
  });
});
