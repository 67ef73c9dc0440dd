import { createRandom, type Random, type Seed, type SkillId } from "../shared";
import type { Difficulty, Generator } from "./generator";
import type { Item } from "./item";
import type { Skill } from "./skill";
import { skillById } from "./skills";

/** Which item to make: by default the seed picks a random generator and the difficulty. */
export interface ItemChoice {
  readonly difficulty?: Difficulty;
  /** A generator id, e.g. a fixed item's. */
  readonly generator?: string;
}

/**
 * The item for a skill and seed. Deterministic: the server keeps (skill, seed) and the generator
 * and difficulty the item got, and regenerates the item to grade it. The seed's first two draws
 * always go to choosing the generator and the difficulty, chosen or not, so that an item
 * regenerated with its stored choice is the same item even after generators are added to the
 * skill. Throws for an unknown skill or generator (a bug: callers check request ids first).
 */
export function generateItem(skillId: SkillId, seed: Seed, choice: ItemChoice = {}): Item {
  const skill = skillById(skillId);
  if (!skill) throw new Error(`No skill ${skillId}`);
  const random = createRandom(seed);
  const { generator, difficulty } = choose(skill, random, choice);
  return {
    ...generator.draw(random, difficulty),
    skill: skill.id,
    seed,
    difficulty,
    generator: generator.id,
  };
}

/** The generator (by id) and difficulty `generateItem` gives this skill and seed with `choice`. */
export function resolveChoice(
  skillId: SkillId,
  seed: Seed,
  choice: ItemChoice = {},
): Required<ItemChoice> {
  const skill = skillById(skillId);
  if (!skill) throw new Error(`No skill ${skillId}`);
  const { generator, difficulty } = choose(skill, createRandom(seed), choice);
  return { generator: generator.id, difficulty };
}

/** Spends the seed's first two draws on the generator and the difficulty, chosen or not. */
function choose(
  skill: Skill,
  random: Random,
  choice: ItemChoice,
): { generator: Generator; difficulty: Difficulty } {
  const generatorDraw = random.next();
  const difficultyDraw = random.int(1, 3) as Difficulty;
  const generator =
    choice.generator === undefined
      ? randomGenerator(skill.generators, generatorDraw)
      : byId(skill.generators, choice.generator);
  return { generator, difficulty: choice.difficulty ?? difficultyDraw };
}

/** The random generator a draw in [0, 1) picks, as `Random.pick` would from the same draw. */
function randomGenerator(generators: readonly Generator[], draw: number): Generator {
  const random = generators.filter((g) => !g.fixed);
  const picked = random[Math.floor(draw * random.length)];
  if (!picked) throw new Error("This skill has no random item generator");
  return picked;
}

function byId(generators: readonly Generator[], id: string): Generator {
  const generator = generators.find((g) => g.id === id);
  if (!generator) throw new Error(`No generator ${id} for this skill`);
  return generator;
}
