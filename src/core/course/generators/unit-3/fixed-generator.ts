import type { Draft, Generator } from "../../generator";

/**
 * A generator for one of the lesson's worked examples or exercises: always the same item, made
 * on first use and then kept (some of them simplify symbolically, which is slow to repeat).
 */
export function fixedGenerator(id: string, make: () => Draft): Generator {
  let draft: Draft | undefined;
  return { id, fixed: true, draw: () => (draft ??= make()) };
}
