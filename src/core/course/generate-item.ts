import { createRandom, type Seed, type SkillId } from "../shared";
import type { Difficulty } from "./generator";
import type { Item } from "./item";
import { skillById } from "./skills";

/**
 * The item for a skill and seed: the seed picks the generator and difficulty unless a difficulty
 * is given, so the server needs to keep only (skill, seed, difficulty) to regenerate it.
 */
export function generateItem(skillId: SkillId, seed: Seed, difficulty?: Difficulty): Item {
  const skill = skillById(skillId);
  if (!skill || skill.generators.length === 0)
    throw new Error(`Skill ${skillId} has no item generator`);
  const random = createRandom(seed);
  const generator = random.pick(skill.generators);
  const level = difficulty ?? (random.int(1, 3) as Difficulty);
  return { ...generator.draw(random, level), skill: skill.id, seed, difficulty: level };
}
