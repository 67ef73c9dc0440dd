import type { ComponentType } from "react";
import type { AnswerKind } from "../../core/grading";
import type { DraftOf, SpecOfKind } from "./answer-draft";
import type { AnswerInputProps } from "./answer-input-props";
import { ArrowInput } from "./arrow-input";
import { ChoiceInput } from "./choice-input";
import { ExpressionInput } from "./expression-input";
import { MatrixInput } from "./matrix-input";
import { OrderingInput } from "./ordering-input";
import { PathsInput } from "./paths-input";
import { ShapeInput } from "./shape-input";
import { VectorInput } from "./vector-input";

/** How one kind of answer is given in the browser: its blank draft and its input component. */
interface KindInput<K extends AnswerKind> {
  readonly blank: (spec: SpecOfKind<K>) => DraftOf<K>;
  readonly Input: ComponentType<AnswerInputProps<K>>;
}

/** A chosen-shape matrix starts at 1×1, so the starting size gives nothing away. */
const blankCells = (rows: number, cols: number) =>
  Array.from({ length: rows }, () => Array.from({ length: cols }, () => ""));

/** Every kind has an input: a new kind of answer fails to compile until it can be given. */
export const ANSWER_INPUTS: { readonly [K in AnswerKind]: KindInput<K> } = {
  expression: { blank: () => ({ kind: "expression", text: "" }), Input: ExpressionInput },
  vector: {
    blank: (spec) => ({ kind: "vector", cells: Array.from({ length: spec.length }, () => "") }),
    Input: VectorInput,
  },
  matrix: {
    blank: (spec) => ({
      kind: "matrix",
      cells: spec.chooseShape ? blankCells(1, 1) : blankCells(spec.rows, spec.cols),
    }),
    Input: MatrixInput,
  },
  shape: { blank: () => ({ kind: "shape", text: "" }), Input: ShapeInput },
  choice: { blank: () => ({ kind: "choice", choice: "" }), Input: ChoiceInput },
  // The factors arrive scrambled; that order is where the learner starts.
  ordering: {
    blank: (spec) => ({ kind: "ordering", order: spec.factors.map((f) => f.id) }),
    Input: OrderingInput,
  },
  paths: { blank: () => ({ kind: "paths", paths: [] }), Input: PathsInput },
  // The arrow starts at the origin, a length of zero, which no answer ever is.
  arrow: { blank: (spec) => ({ kind: "arrow", tip: spec.axes.map(() => 0) }), Input: ArrowInput },
};
