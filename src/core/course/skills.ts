import { asSkillId } from "../shared";
import { GENERATORS } from "./generators";
import type { Skill } from "./skill";

type Entry = readonly [
  id: string,
  unit: number,
  title: string,
  prerequisites: string,
  generators?: readonly Generator[],
];

/**
 * The skills of `seed-skills.md` (S1–S14, in its units) and the outside prerequisites P1–P6 that
 * placement checks. Prerequisites are written "S1 S3:0.5": a weight defaults to 1, i.e. practising
 * the skill fully exercises that prerequisite.
 */
const ENTRIES: readonly Entry[] = [
  ["P1", 0, "1-D derivatives and the one-variable chain rule", ""],
  ["P2", 0, "Partial derivatives", ""],
  ["P3", 0, "Matrix products and their shapes", ""],
  ["P4", 0, "Transposes, including (AB)ᵀ = BᵀAᵀ", "P3"],
  ["P5", 0, "Dot products", ""],
  ["P6", 0, "The gradient of a scalar function", "P2"],
  ["S1", 1, "Compute the Jacobian of a map", "P1 P2"],
  ["S2", 1, "Linearize a map at a point", "S1 P3"],
  ["S3", 1, "Shapes of Jacobians, compositions and gradients", "S1:0.5 P3"],
  ["S4", 2, "Evaluate each local derivative at its own point", "S1 P1"],
  ["S5", 2, "Multiply Jacobians in the right order", "S1 S2:0.5 S3 S4 P3"],
  ["S9", 3, "Path-sum a single partial derivative", "S1:0.5 P2 P3"],
  ["S6", 4, "Convert between a Jacobian row and a gradient column", "S1:0.5 S3 P4 P6"],
  ["S7", 4, "Push a perturbation forward (JVP)", "S2 S4 S5"],
  ["S8", 4, "Pull a gradient back through a transpose (VJP)", "S5 S6 P4 P6"],
  ["S12", 4, "Check forward/reverse consistency", "S6:0.5 S7 S8 P5"],
  ["S10", 5, "Local Jacobians of standard blocks", "S1:0.5 S3"],
  ["S11", 5, "Backprop through affine, elementwise and dot", "S4 S8 S10 S12:0.3"],
  ["S14", 5, "Gradients of the tiny network with respect to W, b, c", "S9:0.3 S11"],
  ["S13", 5, "When JVPs and VJPs avoid forming a Jacobian", "S3 S7:0.5 S8:0.5 S10:0.5"],
];

function toSkill([id, unit, title, prerequisites]: Entry): Skill {
  const parsed = prerequisites
    .split(" ")
    .filter(Boolean)
    .map((token) => {
      const [skill = "", weight = "1"] = token.split(":");
      return { skill: asSkillId(skill), weight: Number(weight) };
    });
  return {
    id: asSkillId(id),
    unit,
    title,
    prerequisites: parsed,
    generators: GENERATORS[id] ?? [],
  };
}

/** Every skill of the course, prerequisites first. */
export const SKILLS: readonly Skill[] = ENTRIES.map(toSkill);

const byId = new Map<string, Skill>(SKILLS.map((skill) => [skill.id, skill]));

/** The skill with this id, or undefined when there is none (ids come from requests). */
export function skillById(id: string): Skill | undefined {
  return byId.get(id);
}

/** The skill's title for the learner; its id for an id the course does not know. */
export function skillTitle(id: string): string {
  return byId.get(id)?.title ?? id;
}

/** Skills with at least one random item generator, i.e. that can be practised now. */
export function practisableSkills(): readonly Skill[] {
  return SKILLS.filter((skill) => skill.generators.some((generator) => !generator.fixed));
}
