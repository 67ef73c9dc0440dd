import type { AnswerKind } from "./answer-kinds";
import { arrowGrader } from "./grade-arrow";
import { choiceGrader } from "./grade-choice";
import { expressionGrader } from "./grade-expression";
import { matrixGrader } from "./grade-matrix";
import { orderingGrader } from "./grade-ordering";
import { pathsGrader } from "./grade-paths";
import { shapeGrader } from "./grade-shape";
import { vectorGrader } from "./grade-vector";
import type { KindGrader } from "./kind-grader";

/** Every kind has a grader: a new kind of answer fails to compile until it can be graded. */
export const KIND_GRADERS: { readonly [K in AnswerKind]: KindGrader<K> } = {
  expression: expressionGrader,
  vector: vectorGrader,
  matrix: matrixGrader,
  shape: shapeGrader,
  choice: choiceGrader,
  ordering: orderingGrader,
  paths: pathsGrader,
  arrow: arrowGrader,
};
