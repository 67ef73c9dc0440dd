import { parseAnswer, toLatex, type InputError } from "../../core/math";

/** How a cell's text was read, for the live preview. */
export type CellReading =
  | { readonly kind: "blank" }
  | { readonly kind: "read"; readonly latex: string }
  | { readonly kind: "error"; readonly error: InputError };

/**
 * Reads one cell as the learner types, with the same parser the server grades with, so the
 * preview shows exactly how the answer will be understood. Cells hold scalars, never matrices.
 */
export function readCell(text: string, variables: readonly string[]): CellReading {
  if (text.trim() === "") return { kind: "blank" };
  const parsed = parseAnswer(text, { variables, allowMatrices: false });
  return parsed.ok
    ? { kind: "read", latex: toLatex(parsed.value) }
    : { kind: "error", error: parsed.error };
}
