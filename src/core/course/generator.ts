import type { Random } from "../shared";
import type { Item } from "./item";

/** The least and greatest difficulty a generator accepts. */
export const DIFFICULTIES = [1, 2, 3] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** A draw of an item, before the skill and seed are stamped on it. */
export type Draft = Omit<Item, "skill" | "seed" | "difficulty">;

/**
 * Makes items for a skill from a random source. Same random state and difficulty, same item:
 * the server keeps only the seed and regenerates the item to grade it.
 */
export interface Generator {
  readonly id: string;
  draw(random: Random, difficulty: Difficulty): Draft;
}
