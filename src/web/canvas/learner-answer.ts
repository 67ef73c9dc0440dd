import { evaluateExpr, parseAnswer, type Matrix } from "../../core/math";
import type { Composition } from "./composition";

/** A learner's wrong answer, drawn beside the truth: a guess at Dg, at Δy or at ∇ₓ. */
export type LearnerAnswer =
  | { readonly of: "dg"; readonly matrix: Matrix }
  | { readonly of: "dy"; readonly vector: readonly number[] }
  | { readonly of: "grad-x"; readonly vector: readonly number[] };

/** What a practice item adds to the playground: its own Δx, and the learner's wrong answer. */
export interface PlaygroundExtras {
  readonly dx?: readonly number[] | undefined;
  readonly mine?: LearnerAnswer | undefined;
}

/** The extras as a URL carries them, still to be checked. */
export interface ExtrasText {
  readonly dx: string | null;
  readonly mineOf: string | null;
  readonly mine: string | null;
}

/** Rows of finite numbers (a vector is one row), read by the same parser as answers. */
function readNumbers(text: string | null): number[][] | undefined {
  if (text === null) return undefined;
  const parsed = parseAnswer(text, { variables: [], allowMatrices: true });
  if (!parsed.ok) return undefined;
  const value = parsed.value;
  const rows =
    value.kind === "matrix" ? value.rows : [value.kind === "vector" ? value.entries : [value.expr]];
  const numbers = rows.map((row) => row.map((entry) => evaluateExpr(entry, {})));
  return numbers.every((row) => row.every(Number.isFinite)) ? numbers : undefined;
}

/** A single row of `length` numbers, or undefined. */
function readVector(text: string | null, length: number): number[] | undefined {
  const rows = readNumbers(text);
  const [row, extra] = rows ?? [];
  return row?.length === length && extra === undefined ? row : undefined;
}

function readAnswer(text: ExtrasText, c: Composition): LearnerAnswer | undefined {
  const [n, m, p] = [c.xNames.length, c.g.length, c.f.length];
  switch (text.mineOf) {
    case "dg": {
      const matrix = readNumbers(text.mine);
      const fits = matrix?.length === m && matrix.every((row) => row.length === n);
      return fits ? { of: "dg", matrix } : undefined;
    }
    case "dy": {
      const vector = readVector(text.mine, p);
      return vector && { of: "dy", vector };
    }
    case "grad-x": {
      // The canvas pulls back w = (1, …); a guess at ∇ₓ is comparable only for a scalar f.
      const vector = p === 1 ? readVector(text.mine, n) : undefined;
      return vector && { of: "grad-x", vector };
    }
    default:
      return undefined;
  }
}

/**
 * The extras of a playground URL that fit this composition: Δx of its input's dimension, an
 * answer shaped like what it guesses. A stale or hand-edited URL simply draws without them.
 */
export function readExtras(text: ExtrasText, composition: Composition): PlaygroundExtras {
  return {
    dx: readVector(text.dx, composition.xNames.length),
    mine: readAnswer(text, composition),
  };
}
