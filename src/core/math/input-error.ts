/**
 * A learner's malformed input, as a value: what is wrong (`code`), where (`position`, a 0-based
 * index into the text as typed), and a sentence a learner can act on.
 */
export type InputErrorCode =
  | "empty"
  | "too-long"
  | "bad-character"
  | "unbalanced-bracket"
  | "too-deep"
  | "too-large"
  | "syntax"
  | "unknown-function"
  | "unknown-variable"
  | "wrong-arity"
  | "not-allowed"
  | "ragged-matrix"
  | "matrix-not-allowed"
  | "bad-shape";

export interface InputError {
  readonly code: InputErrorCode;
  /** 0-based index into the original input where the problem starts. */
  readonly position: number;
  /** A learner-facing sentence that says what is wrong and where, e.g. "unbalanced bracket at 14". */
  readonly message: string;
}

/** Builds an input error; the message is written for the learner. */
export const inputError = (
  code: InputErrorCode,
  position: number,
  message: string,
): InputError => ({
  code,
  position,
  message,
});

/** The 1-based column a message shows to the learner; `position` itself stays 0-based. */
export const column = (position: number): number => position + 1;
