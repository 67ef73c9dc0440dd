import type { AnswerKey, LabelledOption } from "../../../grading";
import type { Random } from "../../../shared";

/**
 * The key of an S13 choice: options shown in a random order, and every wrong option listed as
 * mistake M3 (forming a full Jacobian, or multiplying in the costly order, where vectors would do).
 */
export function choiceKey(
  random: Random,
  options: readonly LabelledOption[],
  correct: string,
): AnswerKey {
  if (!options.some((o) => o.id === correct)) throw new Error(`choiceKey: no option ${correct}`);
  return {
    kind: "choice",
    spec: { kind: "choice", options: random.shuffle(options) },
    solution: correct,
    mistakes: options
      .filter((o) => o.id !== correct)
      .map((o) => ({ mistake: "M3" as const, answer: o.id })),
  };
}

/** A count with thousands separators as KaTeX reads them: 1{,}000{,}000. */
export const countLatex = (value: number): string =>
  String(value).replace(/\B(?=(\d{3})+(?!\d))/g, "{,}");
