import type { Random } from "../shared";
import type { Item } from "./item";

/** Difficulty levels every random generator offers: 1 easiest, 3 hardest. */
export const DIFFICULTIES = [1, 2, 3] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** A stored difficulty read back; throws for a number no generator offers (corrupt data). */
export function asDifficulty(level: number): Difficulty {
  const found = DIFFICULTIES.find((d) => d === level);
  if (found === undefined) throw new Error(`No difficulty ${level}`);
  return found;
}

/** A draw of an item, before the skill, seed, difficulty and generator id are stamped on it. */
export type Draft = Omit<Item, "skill" | "seed" | "difficulty" | "generator">;

/**
 * Makes items for a skill from a random source. Same random state and difficulty, same item:
 * the server keeps only the seed (and difficulty) and regenerates the item to grade it.
 * A `fixed` generator always makes the same item (the lesson's worked examples and exercises);
 * it is never drawn at random, only asked for by id.
 */
export interface Generator {
  readonly id: string;
  readonly fixed?: true;
  draw(random: Random, difficulty: Difficulty): Draft;
}
