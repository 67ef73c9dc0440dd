/** How the learner answers an item, with what the input needs (never the solution). */
export type AnswerSpec =
  | { readonly kind: "expression"; readonly variables: readonly string[] }
  | { readonly kind: "vector"; readonly length: number; readonly variables: readonly string[] }
  | {
      readonly kind: "matrix";
      readonly rows: number;
      readonly cols: number;
      readonly variables: readonly string[];
    }
  | { readonly kind: "shape" };
