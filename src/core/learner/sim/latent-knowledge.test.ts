import { describe, expect, it } from "vitest";
import { asSeed, asSkillId, createRandom } from "../../shared";
import { practise, recallNow } from "./latent-knowledge";
import { createSimLearner } from "./population";
import type { SimLearner } from "./population";
import { variant } from "./variant";
import type { Variant } from "./variant";

const DAY = 86_400_000;
const id = asSkillId;

/** A learner of ability 1 who knows exactly `known` (learned now, stable for 30 days). */
function learner(v: Variant, known: readonly string[]): SimLearner {
  const base = createSimLearner(v, createRandom(asSeed(1)), 0);
  const skills = new Map(
    [...base.skills].map(([skill]) => [
      skill,
      { learned: known.includes(skill), stability: 30, last: 0 },
    ]),
  );
  return { ability: 1, skills };
}

/** Share of fresh learners who learn S2 from one item. */
function learnRate(known: readonly string[]): number {
  const random = createRandom(asSeed(9));
  let learned = 0;
  for (let i = 0; i < 2000; i++) {
    const l = learner(variant("default"), known);
    practise(l, id("S2"), 0, "none", variant("default"), random);
    if (l.skills.get(id("S2"))?.learned) learned++;
  }
  return learned / 2000;
}

describe("simulated learner", () => {
  it("learns a skill far less often while its prerequisites are unknown", () => {
    expect(learnRate(["S1", "P3"])).toBeGreaterThan(2 * learnRate([]));
  });

  it("answers a known skill right far more often than an unknown one", () => {
    const random = createRandom(asSeed(3));
    const v = variant("default");
    const rights = (known: boolean) =>
      Array.from({ length: 500 }, () =>
        practise(learner(v, known ? ["S1"] : []), id("S1"), 0, "none", v, random),
      ).filter(Boolean).length;
    expect(rights(true)).toBeGreaterThan(400);
    expect(rights(false)).toBeLessThan(60);
  });

  it("answers nothing on a worked example", () => {
    const v = variant("default");
    expect(practise(learner(v, ["S1"]), id("S1"), 0, undefined, v, createRandom(asSeed(1)))).toBe(
      false,
    );
  });

  it.each([
    ["default", true],
    ["no-transfer", false],
  ] as const)(
    "refreshes a prerequisite through practice on what builds on it: %s → %s",
    (name, refreshed) => {
      const v = variant(name);
      const random = createRandom(asSeed(5));
      let hits = 0;
      for (let i = 0; i < 200; i++) {
        const l = learner(v, ["S1", "S2", "P1", "P2", "P3"]);
        practise(l, id("S2"), 20 * DAY, "none", v, random);
        if ((l.skills.get(id("S1"))?.last ?? 0) > 0) hits++;
      }
      expect(hits > 50).toBe(refreshed);
    },
  );

  it("forgets over days", () => {
    const v = variant("default");
    const l = learner(v, ["S1"]);
    expect(recallNow(l, id("S1"), 60 * DAY, v)).toBeLessThan(recallNow(l, id("S1"), DAY, v));
  });
});
