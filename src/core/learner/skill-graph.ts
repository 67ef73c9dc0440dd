import { SKILLS } from "../course";
import type { Skill } from "../course";
import type { SkillId } from "../shared";

/** A prerequisite reached through the graph, with the product of the weights along the best path. */
export interface Reach {
  readonly skill: SkillId;
  readonly weight: number;
  readonly hops: number;
}

const byId = new Map<SkillId, Skill>(SKILLS.map((skill) => [skill.id, skill]));

/** The skill with this id; throws because every id the model handles comes from the graph. */
export function graphSkill(id: SkillId): Skill {
  const skill = byId.get(id);
  if (!skill) throw new Error(`Skill ${id} is not in the skills graph`);
  return skill;
}

/** The skills taught in a unit, in graph order (empty for units without skills). */
export function unitSkills(unit: number): readonly SkillId[] {
  return SKILLS.filter((skill) => skill.unit === unit).map((skill) => skill.id);
}

/** The units that have skills to master behind a gate (1 and up), in order. */
export const GATED_UNITS: readonly number[] = [...new Set(SKILLS.map((s) => s.unit))]
  .filter((unit) => unit > 0)
  .sort((a, b) => a - b);

/** A skill's transitive prerequisites, each by its strongest path (weights multiplied), then shortest. */
function allReaches(skill: SkillId): readonly Reach[] {
  const best = new Map<SkillId, Reach>();
  const visit = (id: SkillId, weight: number, hops: number): void => {
    for (const edge of graphSkill(id).prerequisites) {
      const reach = { skill: edge.skill, weight: weight * edge.weight, hops: hops + 1 };
      const known = best.get(edge.skill);
      const better =
        !known ||
        reach.weight > known.weight ||
        (reach.weight === known.weight && reach.hops < known.hops);
      if (!better) continue;
      best.set(edge.skill, reach);
      visit(edge.skill, reach.weight, reach.hops);
    }
  };
  visit(skill, 1, 0);
  return [...best.values()];
}

const reaches = new Map<SkillId, readonly Reach[]>(SKILLS.map((s) => [s.id, allReaches(s.id)]));

/** The transitive prerequisites of a skill, with path weights (computed once for the fixed graph). */
export function prerequisiteReach(skill: SkillId): readonly Reach[] {
  return reaches.get(skill) ?? [];
}
