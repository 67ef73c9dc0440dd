/**
 * Rewrites what a learner typed into the ASCII syntax math.js reads, keeping for every character
 * of the result the index of the character it came from, so errors point at the text as typed.
 */

/** Normalized text with, for each of its indexes (and one past its end), the original index. */
export interface NormalizedInput {
  readonly text: string;
  readonly origin: readonly number[];
}

/** Single characters with a fixed replacement; Greek names get spaces so they never glue to a neighbour. */
const REPLACEMENTS: Readonly<Record<string, string>> = {
  "\u2212": "-",
  "\u2013": "-",
  "\u00b7": "*",
  "\u22c5": "*",
  "\u00d7": "*",
  "\u00f7": "/",
  "\u2019": "'",
  "\u1d40": "'",
  "\u03c3": " sigma ",
  "\u03c0": " pi ",
  "\t": " ",
  "\r": " ",
  "\n": " ",
  "\u00a0": " ",
};

const SUPERSCRIPTS: Readonly<Record<string, string>> = {
  "\u2070": "0",
  "\u00b9": "1",
  "\u00b2": "2",
  "\u00b3": "3",
  "\u2074": "4",
  "\u2075": "5",
  "\u2076": "6",
  "\u2077": "7",
  "\u2078": "8",
  "\u2079": "9",
  "\u207b": "-",
};

/** Subscript digits are plain digits: x₁ is x1, like x_1. */
const SUBSCRIPTS = "\u2080\u2081\u2082\u2083\u2084\u2085\u2086\u2087\u2088\u2089";

const isAlphanumeric = (char: string): boolean => /[A-Za-z0-9]/.test(char);

/** Normalizes learner input; see docs/input-syntax.md for what each rewrite is for. */
export function normalizeInput(raw: string): NormalizedInput {
  let text = "";
  const origin: number[] = [];
  const emit = (piece: string, from: number): void => {
    text += piece;
    for (let k = 0; k < piece.length; k++) origin.push(from);
  };
  let i = 0;
  while (i < raw.length) {
    const char = raw.charAt(i);
    if (SUPERSCRIPTS[char] !== undefined) {
      // A run of superscripts is one exponent: x²³ is x^(23), and x²3 stays x^(2) times 3.
      let exponent = "";
      const start = i;
      for (let s = SUPERSCRIPTS[raw.charAt(i)]; s !== undefined; s = SUPERSCRIPTS[raw.charAt(i)]) {
        exponent += s;
        i++;
      }
      emit(`^(${exponent})`, start);
      continue;
    }
    emit(rewrite(raw, i), i);
    i += char === "*" && raw.charAt(i + 1) === "*" ? 2 : 1;
  }
  origin.push(raw.length);
  return { text, origin };
}

/** The replacement for the single character at `i` (`**` is handled by the caller skipping two). */
function rewrite(raw: string, i: number): string {
  const char = raw.charAt(i);
  const next = raw.charAt(i + 1);
  if (char === "*" && next === "*") return "^";
  // x_1 is x1: math.js would otherwise read the underscore as part of a different name.
  if (char === "_" && isAlphanumeric(raw.charAt(i - 1)) && isAlphanumeric(next)) return "";
  // 0x1 is 0 times x1, not hexadecimal (math.js reads 0x, 0b and 0o as number prefixes).
  if (char === "0" && /[xbo]/i.test(next) && !/[A-Za-z0-9_.]/.test(raw.charAt(i - 1))) return "0 ";
  const subscript = SUBSCRIPTS.indexOf(char);
  if (subscript >= 0) return String(subscript);
  return REPLACEMENTS[char] ?? char;
}

/** Maps an index of the normalized text back to the original text, clamped to its range. */
export function originalPosition(input: NormalizedInput, index: number): number {
  const clamped = Math.min(Math.max(index, 0), input.origin.length - 1);
  return input.origin[clamped] ?? 0;
}
