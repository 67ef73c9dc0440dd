import type { NormalizedInput } from "./normalize-input";
import { originalPosition } from "./normalize-input";

/**
 * math.js nodes carry no positions, so errors found while walking the tree are placed by
 * reading the tokens of the normalized text in step: the walk visits nodes in source order and
 * takes the next identifier, number or `[` each time it meets a node that was written as one.
 */
export interface SourceCursor {
  /** The next identifier's normalized start, consumed. */
  takeIdentifier(): number;
  /** The next identifier or number, whichever comes first, consumed (a ConstantNode is either). */
  takeConstant(): number;
  /** The next `[`, consumed. */
  takeBracket(): number;
  /** The earliest next occurrence of any of `texts` after what was consumed, else the end of the last token. */
  find(...texts: string[]): number;
  /** A normalized index as an index into the original text. */
  original(index: number): number;
}

const TOKEN = /([A-Za-z_$][A-Za-z0-9_$]*)|((?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)|(\[)/g;

/** A cursor at the start of `input`. */
export function createSourceCursor(input: NormalizedInput): SourceCursor {
  const identifiers: number[] = [];
  const constants: number[] = [];
  const brackets: number[] = [];
  const ends = new Map<number, number>();
  for (const match of input.text.matchAll(TOKEN)) {
    const start = match.index;
    ends.set(start, start + match[0].length);
    if (match[1] !== undefined) identifiers.push(start);
    if (match[3] !== undefined) brackets.push(start);
    else constants.push(start);
  }
  let end = 0;
  const takeFrom = (starts: readonly number[]): number => {
    const next = starts.find((start) => start >= end);
    if (next === undefined) return end;
    end = ends.get(next) ?? next;
    return next;
  };
  return {
    takeIdentifier: () => takeFrom(identifiers),
    takeConstant: () => takeFrom(constants),
    takeBracket: () => takeFrom(brackets),
    find: (...texts) => {
      const found = texts.map((text) => input.text.indexOf(text, end)).filter((at) => at >= 0);
      return found.length === 0 ? end : Math.min(...found);
    },
    original: (index) => originalPosition(input, index),
  };
}
