import { SKILLS } from "../../../course";
import type { SkillId } from "../../../shared";
import { graphSkill } from "../../skill-graph";
import type { Tutor } from "../tutor";
import { COURSE_SKILLS } from "./course-order";
import type { StartPolicy } from "./policy";

/** True recall at which the oracle calls a skill known, and below which it reviews it. */
const KNOWN = 0.9;

/**
 * The oracle reads the truth: it reviews exactly the skills whose true recall fell below 90%
 * (until recalled again), practises the first unmastered course skill (its deepest unknown
 * prerequisite first) and declares it the moment it is truly learned. It needs no placement.
 */
export const oraclePolicy: StartPolicy = (tutor) => {
  const tracked = new Set<SkillId>(
    SKILLS.filter((s) => s.unit === 0 && tutor.truth(s.id) >= KNOWN).map((s) => s.id),
  );
  return {
    session(maxItems) {
      let items = 0;
      const forgotten = [...tracked].filter((skill) => tutor.truth(skill) < KNOWN);
      for (const skill of forgotten) {
        while (items < maxItems && tutor.truth(skill) < KNOWN) {
          tutor.answer(skill, "none", "review");
          items += 1;
        }
      }
      for (let target = nextTarget(tutor); target && items < maxItems; target = nextTarget(tutor)) {
        const skill = deepestUnknown(tutor, target);
        tutor.answer(skill, "none", "learn");
        items += 1;
        if (tutor.truth(skill) < KNOWN) continue;
        tracked.add(skill);
        if (skill === target) tutor.declare(skill);
      }
    },
  };
};

function nextTarget(tutor: Tutor): SkillId | undefined {
  return COURSE_SKILLS.find((skill) => !tutor.log.declared.has(skill));
}

/** The skill to practise for `target`: itself, or first an unknown prerequisite, recursively. */
function deepestUnknown(tutor: Tutor, target: SkillId): SkillId {
  const missing = graphSkill(target).prerequisites.find((edge) => tutor.truth(edge.skill) < KNOWN);
  return missing ? deepestUnknown(tutor, missing.skill) : target;
}
