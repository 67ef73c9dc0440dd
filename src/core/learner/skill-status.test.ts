import { describe, expect, it } from "vitest";
import { asSkillId } from "../shared";
import { recordReview } from "./fsrs-adapter";
import { createLearnerState, skillState, withSkill } from "./learner-state";
import { recordAttempt } from "./record-attempt";
import { skillStatus } from "./skill-status";
import { GATED_UNITS, unitSkills } from "./skill-graph";

const DAY = 86_400_000;
const firstSkill = unitSkills(GATED_UNITS[0] ?? 1)[0] ?? asSkillId("S1");
const lockedSkill = unitSkills(GATED_UNITS[1] ?? 2)[0] ?? asSkillId("S5");

describe("skillStatus", () => {
  it("is open before practice, learning after it, and locked in a locked unit", () => {
    const state = createLearnerState();
    expect(skillStatus(state, firstSkill, 0)).toBe("open");
    expect(skillStatus(state, lockedSkill, 0)).toBe("locked");
    const practised = recordAttempt(state, {
      skill: firstSkill,
      at: 0,
      outcome: { kind: "answer", right: true, help: "none" },
    });
    expect(skillStatus(practised, firstSkill, 0)).toBe("learning");
  });

  it("is mastered with a review card and due once the card falls due", () => {
    const state = createLearnerState();
    const card = recordReview(null, 0, "good");
    const mastered = withSkill(state, firstSkill, { ...skillState(state, firstSkill), card });
    expect(skillStatus(mastered, firstSkill, 0)).toBe("mastered");
    expect(skillStatus(mastered, firstSkill, card.due + DAY)).toBe("due");
  });
});
