import { guessVariables, parseAnswer, toLatex } from "../../core/math";

/** A shape answer as typed: `2x3`, `2 × 3`. */
const SHAPE = /^\s*(\d+)\s*[x×]\s*(\d+)\s*$/;
/** A name as items use them for variables: one letter, perhaps numbered (x1, u2, y). */
const MATH_NAME = /^[A-Za-z]\d*$/;

/**
 * A learner's wrong answer, as the class report sends it (the text they typed or chose), typeset
 * as the practice page previews it; null when it is not a value or a shape (a choice, an
 * ordering, paths, an arrow), which the page shows as plain text.
 */
export function answerTex(text: string): string | null {
  const shape = SHAPE.exec(text);
  if (shape) return `${shape[1] ?? ""}\\times ${shape[2] ?? ""}`;
  const variables = guessVariables(text);
  // Choice and ordering ids (`inner-first`, `Dg · Df`) would parse as products of letters.
  if (text.trim() === "" || !variables.every((name) => MATH_NAME.test(name))) return null;
  const parsed = parseAnswer(text, { variables, allowMatrices: true });
  return parsed.ok ? toLatex(parsed.value) : null;
}
