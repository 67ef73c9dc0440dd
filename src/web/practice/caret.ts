/** Input text cut around the character an error points at, to mark it with a caret. */
export interface CaretSplit {
  readonly before: string;
  /** The character at the position; a space when the error is at the end of the input. */
  readonly at: string;
  readonly after: string;
}

/** Splits `text` at a 0-based error position, clamped into the text (the end counts as a place). */
export function splitAtPosition(text: string, position: number): CaretSplit {
  const index = Math.min(Math.max(0, Math.trunc(position)), text.length);
  const at = text.slice(index, index + 1);
  return { before: text.slice(0, index), at: at === "" ? " " : at, after: text.slice(index + 1) };
}
