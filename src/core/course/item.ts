import type { Seed, SkillId } from "../shared";
import type { MathValue } from "../math";
import type { AnswerSpec } from "../grading";

/** One step of a worked solution: a sentence (Markdown with $…$ math) and an optional display formula. */
export interface SolutionStep {
  readonly text: string;
  readonly latex?: string;
}

/**
 * What an item asks, in data: enough to recompute the answer independently (see docs/items.md).
 * Functions are component expressions in the input syntax over named variables.
 */
export interface ItemData {
  readonly functions: readonly {
    readonly name: string;
    readonly variables: readonly string[];
    readonly components: readonly string[];
  }[];
  readonly point?: Readonly<Record<string, number>>;
  readonly ask: string;
}

/** A generated item with everything the server keeps: seed, solution and worked steps. */
export interface Item {
  readonly skill: SkillId;
  readonly seed: Seed;
  readonly difficulty: number;
  /** Markdown with $…$ / $$…$$ math. */
  readonly prompt: string;
  readonly data: ItemData;
  readonly spec: AnswerSpec;
  readonly solution: MathValue;
  /** The solution in the input syntax, e.g. "[[2*x1, 1], [x2, x1]]". */
  readonly solutionText: string;
  readonly hints: readonly string[];
  readonly steps: readonly SolutionStep[];
}

/** What the browser may see before answering: no seed, no solution, no steps. */
export interface PublicItem {
  readonly skill: SkillId;
  readonly difficulty: number;
  readonly prompt: string;
  readonly spec: AnswerSpec;
  readonly hintCount: number;
}

/** The one place where an item is stripped for the browser. */
export function toPublicItem(item: Item): PublicItem {
  return {
    skill: item.skill,
    difficulty: item.difficulty,
    prompt: item.prompt,
    spec: item.spec,
    hintCount: item.hints.length,
  };
}
