import { describe, expect, it } from "vitest";
import { skillState, withSkill } from "./learner-state";
import { recordAttempt } from "./record-attempt";
import type { Attempt } from "./record-attempt";
import { summarizeSession } from "./session-summary";
import type { SessionEntry } from "./session-summary";
import { DAY, id, placedLearner, T0, withMastered } from "./test-fixtures";

describe("summarizeSession", () => {
  it("reports items, right answers, reviews, changes, new masteries, passed units and what is due", () => {
    const before = withMastered(placedLearner(), ["S1"], T0 - 10 * DAY);
    const attempts: Attempt[] = [
      { skill: id("S1"), at: T0, outcome: { kind: "answer", right: true, help: "none" } },
      { skill: id("S2"), at: T0 + 60_000, outcome: { kind: "worked-example" } },
      {
        skill: id("S2"),
        at: T0 + 120_000,
        outcome: { kind: "answer", right: false, help: "hint" },
      },
    ];
    const log: SessionEntry[] = attempts.map((attempt, i) => ({ attempt, review: i === 0 }));
    const practised = attempts.reduce((state, attempt) => recordAttempt(state, attempt), before);
    const after = { ...withMastered(practised, ["S3"], T0 + 180_000), passedUnits: [1] };
    const summary = summarizeSession(before, after, log, T0 + 180_000);
    expect(summary).toMatchObject({
      items: 3,
      right: 1,
      reviews: 1,
      newlyMastered: [id("S3")],
      unitsPassed: [1],
      dueNow: 0,
    });
    expect(summary.practised.map((c) => c.skill)).toEqual([id("S1"), id("S2")]);
    expect(summary.practised[1]?.after).toBeGreaterThan(summary.practised[1]?.before ?? 1);
    expect(summary.nextReviewDue).toBeGreaterThan(T0);
  });

  it("lists the skills newly flagged as stuck", () => {
    const before = placedLearner();
    const after = withSkill(before, id("S1"), { ...skillState(before, id("S1")), stuckFlags: 1 });
    expect(summarizeSession(before, after, [], T0).stuck).toEqual([id("S1")]);
  });
});
