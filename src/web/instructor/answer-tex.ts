import type { AnswerKindName } from "../../api";
import { guessVariables, parseAnswer, toLatex } from "../../core/math";

/** A shape answer as typed: `2x3`, `2 × 3`. */
const SHAPE = /^\s*(\d+)\s*[x×]\s*(\d+)\s*$/;

/**
 * A learner's wrong answer, as the class report sends it (the text they typed or chose, and how
 * they gave it), typeset as the practice page previews it: values and shapes; null for a choice,
 * an ordering, paths or an arrow, and for text that does not read, which the page shows as
 * plain text.
 */
export function answerTex(example: { readonly kind: AnswerKindName; readonly answer: string }) {
  const { kind, answer } = example;
  if (kind === "shape") {
    const shape = SHAPE.exec(answer);
    return shape ? `${shape[1] ?? ""}\\times ${shape[2] ?? ""}` : null;
  }
  if (kind !== "expression" && kind !== "vector" && kind !== "matrix") return null;
  if (answer.trim() === "") return null;
  const parsed = parseAnswer(answer, { variables: guessVariables(answer), allowMatrices: true });
  return parsed.ok ? toLatex(parsed.value) : null;
}
