import type { Brand } from "./brand";

/** A skill of the course graph, such as "S1" or "P3". */
export type SkillId = Brand<string, "SkillId">;
/** A learner's account id. */
export type LearnerId = Brand<string, "LearnerId">;
/** A seed for the deterministic random source: a 32-bit unsigned integer. */
export type Seed = Brand<number, "Seed">;

/** Brands a string as a skill id. Callers check membership in the skills graph. */
export const asSkillId = (id: string): SkillId => id as SkillId;
/** Brands a string as a learner id. */
export const asLearnerId = (id: string): LearnerId => id as LearnerId;

/** Brands a number as a seed, folding it into the unsigned 32-bit range the generator uses. */
export function asSeed(value: number): Seed {
  if (!Number.isInteger(value)) throw new Error(`A seed must be an integer, got ${value}`);
  return (value >>> 0) as Seed;
}
