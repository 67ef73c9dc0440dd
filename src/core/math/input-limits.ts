import { err, ok } from "../shared";
import type { Result } from "../shared";
import { column, inputError } from "./input-error";
import type { InputError } from "./input-error";

/** Longest answer accepted, in characters (UTF-16 code units, as JavaScript counts them). */
export const MAX_INPUT_LENGTH = 400;
/** Deepest bracket nesting accepted; math.js's recursive parser overflows the stack far above this. */
export const MAX_BRACKET_DEPTH = 24;
/** Most parse-tree nodes accepted in one answer. */
export const MAX_NODES = 300;
/** Most rows, and most columns, of a vector or matrix answer. */
export const MAX_MATRIX_SIZE = 6;

/**
 * Every character a learner may type. The non-ASCII ones are operators, superscripts and Greek
 * letters that phones and copy-paste produce; `normalizeInput` rewrites them into ASCII.
 */
const ALLOWED =
  /[A-Za-z0-9 \t\r\n+\-*/^().,[\]_'\u00a0\u2212\u2013\u00b7\u22c5\u00d7\u00f7\u2019\u1d40\u03c3\u03c0\u00b2\u00b3\u00b9\u2070\u2074-\u2079\u207b\u2080-\u2089]/;

const CLOSER_OF: Readonly<Record<string, string>> = { "(": ")", "[": "]" };

/**
 * Checks the raw text before anything costly runs: not empty, not too long, allowed characters
 * only, brackets balanced and not nested too deep. Positions refer to the text as typed.
 */
export function checkInputLimits(text: string): Result<true, InputError> {
  if (text.trim() === "") return err(inputError("empty", 0, "type an answer first"));
  if (text.length > MAX_INPUT_LENGTH) {
    return err(
      inputError("too-long", MAX_INPUT_LENGTH, `too long: at most ${MAX_INPUT_LENGTH} characters`),
    );
  }
  for (let i = 0; i < text.length; i++) {
    if (!ALLOWED.test(text.charAt(i))) {
      const shown = String.fromCodePoint(text.codePointAt(i) ?? 0);
      return err(
        inputError("bad-character", i, `the character "${shown}" at ${column(i)} cannot be used`),
      );
    }
  }
  return checkBrackets(text);
}

/** One pass over the brackets: the first closer without its opener, or the outermost opener left open. */
function checkBrackets(text: string): Result<true, InputError> {
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === "(" || char === "[") {
      open.push(i);
      if (open.length > MAX_BRACKET_DEPTH) {
        return err(
          inputError(
            "too-deep",
            i,
            `brackets nested too deep at ${column(i)}: at most ${MAX_BRACKET_DEPTH}`,
          ),
        );
      }
    } else if (char === ")" || char === "]") {
      const opener = open.pop();
      if (opener === undefined || CLOSER_OF[text.charAt(opener)] !== char) return unbalanced(i);
    }
  }
  const first = open[0];
  return first === undefined ? ok(true) : unbalanced(first);
}

const unbalanced = (position: number): Result<never, InputError> =>
  err(inputError("unbalanced-bracket", position, `unbalanced bracket at ${column(position)}`));
