import { generateItem, resolveChoice, type Item, type ItemChoice } from "../../core/course";
import { createLruCache, type Seed, type SkillId } from "../../core/shared";

// An item is a pure function of its skill, seed and choice, so remembering recent ones holds no
// state that another server lacks: any process regenerates the same item. Generating one takes
// up to milliseconds (symbolic work), and the study loop asks for the same item several times
// (issue, answer, replays). A learner has one or two items open, so a few thousand covers a busy
// server; the least recently used goes first.
const recent = createLruCache<Item>(4096);

/**
 * The item of a skill for a seed (and the generator and difficulty it was issued with),
 * regenerated only when it is not among the recent ones. The choice is resolved first, so an
 * item issued with the seed's own choice and asked for with the stored one is one entry.
 */
export function cachedItem(skill: SkillId, seed: Seed, choice: ItemChoice = {}): Item {
  const resolved = resolveChoice(skill, seed, choice);
  const key = `${skill}:${seed}:${resolved.generator}:${resolved.difficulty}`;
  return recent.get(key) ?? recent.set(key, generateItem(skill, seed, resolved));
}

/** A stored item regenerated: from its skill, seed and the choice it was issued with. */
export function storedItem(record: {
  readonly skill: SkillId;
  readonly seed: Seed;
  readonly choice: ItemChoice;
}): Item {
  return cachedItem(record.skill, record.seed, record.choice);
}
