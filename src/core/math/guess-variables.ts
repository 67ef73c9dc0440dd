import { FUNCTION_NAMES } from "./expr";

/** Names that are never variables: functions, their aliases and the constants. */
const RESERVED: ReadonlySet<string> = new Set<string>([
  ...FUNCTION_NAMES,
  "ln",
  "sigmoid",
  "pi",
  "e",
]);

const JOINED_SUBSCRIPT = /([A-Za-z0-9])_(?=[A-Za-z0-9])/g;
/** A name, or a number (matched whole so that the `e5` of `1e5` is not taken for a name). */
const TOKEN = /[A-Za-z][A-Za-z0-9]*|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/g;

const INDEXED_RUN = /^(?:[A-Za-z]\d+){2,}$/;
const INDEXED = /[A-Za-z]\d+/g;

/**
 * The variable names a few texts appear to use, sorted: every identifier that is not a function
 * or a constant, with `x_1` read as `x1`
 * and `x1x2` as x1 and x2, as the parser reads them. For tools with no answer spec
 * (the `grade` verb, test vectors); items always declare their variables instead.
 */
export function guessVariables(...texts: readonly string[]): string[] {
  const names = new Set<string>();
  for (const text of texts) {
    const joined = text.replace(JOINED_SUBSCRIPT, "$1");
    for (const match of joined.matchAll(TOKEN)) {
      const [token] = match;
      // The T of `[a, b]^T` marks a transpose, unless it is declared as a variable.
      const transpose = token === "T" && /\^\s*$/.test(joined.slice(0, match.index));
      if (!/^[A-Za-z]/.test(token) || RESERVED.has(token) || transpose) continue;
      // `x1x2` typed without a star is x1 times x2, as the parser reads it once both are declared.
      const parts = INDEXED_RUN.test(token) ? (token.match(INDEXED) ?? []) : [token];
      for (const name of parts) names.add(name);
    }
  }
  return [...names].sort();
}
