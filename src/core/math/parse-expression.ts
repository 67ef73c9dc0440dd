import { ok } from "../shared";
import type { Result } from "../shared";
import type { Expr } from "./expr";
import type { InputError } from "./input-error";
import { memoize } from "./memo";
import { parseAnswer } from "./parse-answer";
import type { ParseContext } from "./parse-answer";

/** Reads a single scalar expression from untrusted text; vectors and matrices are an error. */
export function parseExpression(text: string, context: ParseContext): Result<Expr, InputError> {
  const parsed = parseAnswer(text, { ...context, allowMatrices: false });
  if (!parsed.ok) return parsed;
  // With matrices disallowed the walk only ever yields a scalar; anything else is a bug.
  if (parsed.value.kind !== "scalar") throw new Error("parseAnswer returned a non-scalar");
  return ok(parsed.value.expr);
}

// Generators parse the same template texts for every item they draw (the load benchmark showed
// this parsing as a tenth of the server's time), and an Expr is immutable: parses are memoized.
const trustedParses = memoize(4096, (key) => {
  const { text, variables } = JSON.parse(key) as { text: string; variables: string[] };
  return parseTrusted(text, variables);
});

/**
 * Reads generator-made text, which must be valid: an error here is a bug in the generator, so it
 * throws with the text and the reason instead of returning a value.
 */
export function parseTrustedExpression(text: string, variables: readonly string[]): Expr {
  return trustedParses(JSON.stringify({ text, variables }));
}

function parseTrusted(text: string, variables: readonly string[]): Expr {
  const parsed = parseExpression(text, { variables });
  if (!parsed.ok) {
    const { code, position, message } = parsed.error;
    throw new Error(
      `Trusted expression "${text}" does not parse (${code} at ${position}: ${message})`,
    );
  }
  return parsed.value;
}
