import type { AnswerSpec, SpecOf } from "./answer-kinds";

/** A matrix spec as the learner sees it: when the shape is part of the answer, it is not shown. */
export type PublicMatrixSpec =
  | (SpecOf<"matrix"> & { readonly chooseShape: false })
  | {
      readonly kind: "matrix";
      readonly variables: readonly string[];
      readonly chooseShape: true;
    };

/** An answer spec with nothing in it that gives the answer away. */
export type PublicSpec = Exclude<AnswerSpec, { kind: "matrix" }> | PublicMatrixSpec;

/** Strips from a spec what belongs to the answer (the shape of a matrix the learner must choose). */
export function toPublicSpec(spec: AnswerSpec): PublicSpec {
  if (spec.kind !== "matrix") return spec;
  return spec.chooseShape
    ? { kind: "matrix", variables: spec.variables, chooseShape: true }
    : { ...spec, chooseShape: false };
}
