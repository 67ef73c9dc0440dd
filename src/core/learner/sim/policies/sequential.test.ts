import { describe, expect, it } from "vitest";
import { asSeed, asSkillId, createRandom } from "../../../shared";
import { createSimLearner } from "../population";
import { createTutor } from "../tutor";
import { variant } from "../variant";
import { fixedPolicy, FIXED_ITEMS, threeInARowPolicy } from "./sequential";

const tutorFor = (seed: number) => {
  const v = variant("default");
  const learner = createSimLearner(v, createRandom(asSeed(seed)), 0);
  return createTutor(learner, v, createRandom(asSeed(seed + 1)), true);
};

describe("sequential policies", () => {
  it("declares each course skill after exactly FIXED_ITEMS items under the fixed policy", () => {
    const tutor = tutorFor(1);
    const runner = fixedPolicy(tutor);
    for (let day = 0; day < 10; day++) runner.session(30);
    expect(tutor.log.declared.get(asSkillId("S1"))?.items).toBe(FIXED_ITEMS);
  });

  it("moves on after three right in a row", () => {
    const tutor = tutorFor(2);
    const runner = threeInARowPolicy(tutor);
    for (let day = 0; day < 10; day++) runner.session(30);
    const s1 = tutor.log.declared.get(asSkillId("S1"));
    expect(s1?.items).toBeGreaterThanOrEqual(3);
  });
});
