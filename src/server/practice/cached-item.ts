import { generateItem, type Item, type ItemChoice } from "../../core/course";
import type { Seed, SkillId } from "../../core/shared";

// An item is a pure function of its skill and seed, so remembering recent ones holds no state
// that another server lacks: any process regenerates the same item. Generating one takes most
// of a millisecond (symbolic work), and the study loop asks for the same item three times (issue,
// a wrong answer, the right one). A learner has one or two items open, so a few thousand covers
// a busy server; the least recently used goes first.
const MAX_ITEMS = 4096;
const recent = new Map<string, Item>();

/**
 * The item of a skill for a seed (and the generator and difficulty it was issued with),
 * regenerated only when it is not among the recent ones.
 */
export function cachedItem(skill: SkillId, seed: Seed, choice: ItemChoice = {}): Item {
  const key = `${skill}:${seed}:${choice.generator ?? ""}:${choice.difficulty ?? ""}`;
  const hit = recent.get(key);
  if (hit !== undefined) {
    // Map keeps insertion order: deleting and setting again marks the item most recent.
    recent.delete(key);
    recent.set(key, hit);
    return hit;
  }
  const item = generateItem(skill, seed, choice);
  remember(key, item);
  // Issued with the seed's own choice, an item is answered with the choice stored beside it:
  // without this second key every answer regenerated its item (the bench's largest cost).
  remember(`${skill}:${seed}:${item.generator}:${item.difficulty}`, item);
  return item;
}

function remember(key: string, item: Item): void {
  recent.set(key, item);
  if (recent.size > MAX_ITEMS) {
    const oldest = recent.keys().next();
    if (oldest.done !== true) recent.delete(oldest.value);
  }
}

/** A stored item regenerated: from its skill, seed and the choice it was issued with. */
export function storedItem(record: {
  readonly skill: SkillId;
  readonly seed: Seed;
  readonly choice: ItemChoice;
}): Item {
  return cachedItem(record.skill, record.seed, record.choice);
}
