import { createRandom, type Seed, type SkillId } from "../shared";
import type { Difficulty, Generator } from "./generator";
import type { Item } from "./item";
import { skillById } from "./skills";

/** Which item to make: by default the seed picks a random generator and the difficulty. */
export interface ItemChoice {
  readonly difficulty?: Difficulty;
  /** A generator id, e.g. a fixed item's. */
  readonly generator?: string;
}

/**
 * The item for a skill and seed. Deterministic: the server keeps (skill, seed, choice) and
 * regenerates the item to grade it. Throws for an unknown skill or generator (a bug: callers
 * check ids that come from requests first).
 */
export function generateItem(skillId: SkillId, seed: Seed, choice: ItemChoice = {}): Item {
  const skill = skillById(skillId);
  if (!skill) throw new Error(`No skill ${skillId}`);
  const random = createRandom(seed);
  const generator =
    choice.generator === undefined
      ? pickRandom(skill.generators, random.pick)
      : byId(skill.generators, choice.generator);
  const difficulty = choice.difficulty ?? (random.int(1, 3) as Difficulty);
  return {
    ...generator.draw(random, difficulty),
    skill: skill.id,
    seed,
    difficulty,
    generator: generator.id,
  };
}

function pickRandom(
  generators: readonly Generator[],
  pick: <T>(items: readonly T[]) => T,
): Generator {
  const random = generators.filter((g) => !g.fixed);
  if (random.length === 0) throw new Error("This skill has no random item generator");
  return pick(random);
}

function byId(generators: readonly Generator[], id: string): Generator {
  const generator = generators.find((g) => g.id === id);
  if (!generator) throw new Error(`No generator ${id} for this skill`);
  return generator;
}
