/**
 * What a learner sends for one item, by answer kind. Cell texts are raw input syntax; nothing
 * here is trusted or parsed yet.
 */
export type Submission =
  | { readonly kind: "expression"; readonly text: string }
  | { readonly kind: "vector"; readonly cells: readonly string[] }
  | { readonly kind: "matrix"; readonly cells: readonly (readonly string[])[] }
  | { readonly kind: "shape"; readonly text: string };

export type SubmissionKind = Submission["kind"];
