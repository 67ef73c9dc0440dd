import { generateItem, type Item } from "../../core/course";
import type { Seed, SkillId } from "../../core/shared";

// An item is a pure function of its skill and seed, so remembering recent ones holds no state
// that another server lacks: any process regenerates the same item. Generating one takes most
// of a millisecond (symbolic work), and the study loop asks for the same item three times (issue,
// a wrong answer, the right one). A learner has one or two items open, so a few thousand covers
// a busy server; the least recently used goes first.
const MAX_ITEMS = 4096;
const recent = new Map<string, Item>();

/** The item of a skill for a seed, regenerated only when it is not among the recent ones. */
export function cachedItem(skill: SkillId, seed: Seed): Item {
  const key = `${skill}:${seed}`;
  const hit = recent.get(key);
  if (hit !== undefined) {
    // Map keeps insertion order: deleting and setting again marks the item most recent.
    recent.delete(key);
    recent.set(key, hit);
    return hit;
  }
  const item = generateItem(skill, seed);
  recent.set(key, item);
  if (recent.size > MAX_ITEMS) {
    const oldest = recent.keys().next();
    if (oldest.done !== true) recent.delete(oldest.value);
  }
  return item;
}
