import type { Seed, SkillId } from "../shared";
import { toPublicSpec, type AnswerKey, type PublicSpec } from "../grading";

/** One step of a worked solution: a sentence (Markdown with $…$ math) and an optional display formula. */
export interface SolutionStep {
  readonly text: string;
  readonly latex?: string;
}

/** Plain JSON, for the parts of item data that differ by skill. */
export type JsonValue =
  string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** A function of an item: component expressions in the input syntax over named variables. */
export interface ItemFunction {
  readonly name: string;
  readonly variables: readonly string[];
  readonly components: readonly string[];
}

/**
 * What an item asks, as data: enough to recompute the answer independently (docs/items.md).
 * `ask` names the question; skills add their own fields (matrices, shapes, a network's weights).
 */
export interface ItemData {
  readonly ask: string;
  readonly functions?: readonly ItemFunction[];
  readonly point?: Readonly<Record<string, number>>;
  readonly [field: string]: JsonValue | readonly ItemFunction[] | undefined;
}

/** A generated item with everything the server keeps: seed, answer key, hints and worked steps. */
export interface Item {
  readonly skill: SkillId;
  readonly seed: Seed;
  readonly difficulty: number;
  /** The generator that made it, so a fixed item can be told from a random one. */
  readonly generator: string;
  /** Markdown with $…$ / $$…$$ math. */
  readonly prompt: string;
  readonly data: ItemData;
  readonly key: AnswerKey;
  /** From a nudge to the method, two or three of them. */
  readonly hints: readonly string[];
  /** The worked solution, in steps that can be faded from the end. */
  readonly steps: readonly SolutionStep[];
}

/** What the browser may see before answering: no seed, solution, mistakes, steps, or chosen shape. */
export interface PublicItem {
  readonly skill: SkillId;
  readonly difficulty: number;
  readonly prompt: string;
  readonly spec: PublicSpec;
  readonly hintCount: number;
}

/** The one place where an item is stripped for the browser. */
export function toPublicItem(item: Item): PublicItem {
  return {
    skill: item.skill,
    difficulty: item.difficulty,
    prompt: item.prompt,
    spec: toPublicSpec(item.key.spec),
    hintCount: item.hints.length,
  };
}
