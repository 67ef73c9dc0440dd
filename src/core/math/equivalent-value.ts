import { assertNever } from "../shared";
import type { Seed } from "../shared";
import { compareScalar, DEFAULT_TOLERANCES } from "./equivalent-scalar";
import type { ScalarOutcome, Tolerances } from "./equivalent-scalar";
import type { Expr, MathValue, Shape } from "./expr";
import { DEFAULT_SAMPLE_DOMAIN, samplePoints } from "./sample-points";
import type { SampleDomain } from "./sample-points";
import { valueShape } from "./value-shape";

/** What an equivalence check needs besides the two values; every default is in docs/equivalence.md. */
export interface EquivalenceOptions {
  /** Every variable either side may use, in a fixed order (it decides the sample coordinates). */
  readonly variables: readonly string[];
  readonly seed: Seed;
  readonly domain?: SampleDomain;
  readonly tolerances?: Partial<Tolerances>;
  /** "ignore": a vector, a 1×n row and an n×1 column of the same entries agree. Default "strict". */
  readonly orientation?: "strict" | "ignore";
}

/** The verdict on a pair of values. `undetermined` fails closed: it never means "equivalent". */
export type EquivalenceOutcome =
  | { readonly kind: "equivalent" }
  | {
      readonly kind: "different";
      /** The first entry that differs, [row, column]; [0, 0] for scalars. */
      readonly entry?: readonly [number, number];
      /** A sample point where it differs. */
      readonly point?: Readonly<Record<string, number>>;
    }
  | { readonly kind: "shape"; readonly expected: Shape; readonly actual: Shape }
  | { readonly kind: "undetermined"; readonly reason: string };

/** The outcome for one entry of a vector or matrix, at its [row, column] in the expected value. */
export interface EntryOutcome {
  readonly entry: readonly [number, number];
  readonly outcome: ScalarOutcome;
}

/** A comparison entry by entry, or the shapes when they differ; graders read every entry from it. */
export type ValueComparison =
  | { readonly kind: "shape"; readonly expected: Shape; readonly actual: Shape }
  | {
      readonly kind: "entries";
      readonly entries: readonly EntryOutcome[];
      /** The sample points, so that a differing point can be shown. */
      readonly points: readonly ArrayLike<number>[];
    };

/** Compares two values entry by entry at shared sample points, after checking their shapes. */
export function compareValues(
  expected: MathValue,
  answer: MathValue,
  options: EquivalenceOptions,
): ValueComparison {
  const expectedShape = valueShape(expected);
  const answerShape = valueShape(answer);
  const flatten = options.orientation === "ignore" && isLine(expectedShape) && isLine(answerShape);
  if (!flatten && !sameShape(expectedShape, answerShape)) {
    return { kind: "shape", expected: expectedShape, actual: answerShape };
  }
  const expectedRows = rowsOf(expected);
  const answerCells = rowsOf(answer).flat();
  if (answerCells.length !== expectedShape.rows * expectedShape.cols) {
    return { kind: "shape", expected: expectedShape, actual: answerShape };
  }
  const tolerances = { ...DEFAULT_TOLERANCES, ...options.tolerances };
  const points = samplePoints(
    options.variables.length,
    options.seed,
    options.domain ?? DEFAULT_SAMPLE_DOMAIN,
  );
  const entries = expectedRows.flatMap((row, r) =>
    row.map((cell, c): EntryOutcome => {
      const given = answerCells[r * expectedShape.cols + c] as Expr;
      const outcome = compareScalar(cell, given, options.variables, points, tolerances);
      return { entry: [r, c], outcome };
    }),
  );
  return { kind: "entries", entries, points };
}

/** Decides whether `answer` is equivalent to `expected` (see docs/equivalence.md for the policy). */
export function checkEquivalent(
  expected: MathValue,
  answer: MathValue,
  options: EquivalenceOptions,
): EquivalenceOutcome {
  const comparison = compareValues(expected, answer, options);
  if (comparison.kind === "shape") return comparison;
  let undetermined: string | undefined;
  for (const { entry, outcome } of comparison.entries) {
    if (outcome.kind === "different") {
      const at = comparison.points[outcome.pointIndex] ?? [];
      const point = Object.fromEntries(options.variables.map((name, i) => [name, at[i] ?? NaN]));
      return { kind: "different", entry, point };
    }
    if (outcome.kind === "undetermined") undetermined ??= outcome.reason;
  }
  return undetermined === undefined
    ? { kind: "equivalent" }
    : { kind: "undetermined", reason: undetermined };
}

const isLine = (shape: Shape): boolean => shape.rows === 1 || shape.cols === 1;

const sameShape = (a: Shape, b: Shape): boolean => a.rows === b.rows && a.cols === b.cols;

/** Entries as rows: a scalar is one cell, a vector a column. */
function rowsOf(value: MathValue): readonly (readonly Expr[])[] {
  switch (value.kind) {
    case "scalar":
      return [[value.expr]];
    case "vector":
      return value.entries.map((entry) => [entry]);
    case "matrix":
      return value.rows;
    default:
      return assertNever(value);
  }
}
