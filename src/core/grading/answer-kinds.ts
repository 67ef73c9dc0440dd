import type { Expr, Shape } from "../math";
import type { MistakeId } from "./mistakes";

/** One labelled option of a choice or ordering item; the label is Markdown with $…$ math. */
export interface LabelledOption {
  readonly id: string;
  readonly label: string;
}

/** A computational graph for path items: nodes in layers (inputs first), directed edges. */
export interface PathGraph {
  readonly nodes: readonly {
    readonly id: string;
    readonly label: string;
    readonly layer: number;
  }[];
  readonly edges: readonly { readonly from: string; readonly to: string }[];
  /** The input and output whose connecting paths are asked for. */
  readonly from: string;
  readonly to: string;
}

/** A path through a PathGraph, as the ids of its nodes from `from` to `to`. */
export type GraphPath = readonly string[];

/**
 * For each kind of answer: what the item declares to the learner (`spec`), what the learner
 * sends (`submission`, raw and untrusted), and what a right answer is (`solution`). Every other
 * type here is derived from this table, so a new kind is added in one place and then fails to
 * compile until it can be read, compared and shown.
 */
export interface AnswerKinds {
  expression: {
    spec: { readonly variables: readonly string[] };
    submission: { readonly text: string };
    solution: Expr;
  };
  vector: {
    spec: { readonly length: number; readonly variables: readonly string[] };
    submission: { readonly cells: readonly string[] };
    solution: readonly Expr[];
  };
  matrix: {
    /** With `chooseShape` the learner picks the shape (rows/cols are then the solution's, not shown). */
    spec: {
      readonly rows: number;
      readonly cols: number;
      readonly variables: readonly string[];
      readonly chooseShape: boolean;
    };
    submission: { readonly cells: readonly (readonly string[])[] };
    solution: readonly (readonly Expr[])[];
  };
  shape: {
    spec: { readonly label?: string };
    submission: { readonly text: string };
    solution: Shape;
  };
  choice: {
    spec: { readonly options: readonly LabelledOption[] };
    submission: { readonly choice: string };
    solution: string;
  };
  ordering: {
    /** The factors to arrange, shown in a scrambled order. */
    spec: { readonly factors: readonly LabelledOption[] };
    submission: { readonly order: readonly string[] };
    solution: readonly string[];
  };
  paths: {
    spec: { readonly graph: PathGraph };
    submission: { readonly paths: readonly GraphPath[] };
    solution: readonly GraphPath[];
  };
  /** A vector placed by dragging an arrow's tip on the canvas; graded by tolerance (grade-arrow.ts). */
  arrow: {
    spec: ArrowSpec;
    /** The tip's coordinates, the arrow starting at the origin. */
    submission: { readonly tip: readonly number[] };
    solution: readonly number[];
  };
}

/** The space an arrow answer is drawn in. */
export interface ArrowSpec {
  /** What the arrow is, in plain text (e.g. "Δy"), for labels and the live description. */
  readonly name: string;
  /** One plain-text label per coordinate axis; their count (1 to 3) is the dimension. */
  readonly axes: readonly string[];
  /** The width of the box to draw in, in the space's units; it also sets the tolerance floor. */
  readonly span: number;
}

export type AnswerKind = keyof AnswerKinds;
export type SpecOf<K extends AnswerKind> = { readonly kind: K } & AnswerKinds[K]["spec"];
export type SubmissionOf<K extends AnswerKind> = {
  readonly kind: K;
} & AnswerKinds[K]["submission"];
export type SolutionOf<K extends AnswerKind> = AnswerKinds[K]["solution"];

/** How the learner answers an item (never the solution). */
export type AnswerSpec = { [K in AnswerKind]: SpecOf<K> }[AnswerKind];

/** What a learner sends for one item. Cell texts are raw input syntax, not yet parsed. */
export type Submission = { [K in AnswerKind]: SubmissionOf<K> }[AnswerKind];

/** The answer a catalogued mistake produces on an item, of the item's own kind. */
export interface MistakeAnswer<K extends AnswerKind> {
  readonly mistake: MistakeId;
  readonly answer: SolutionOf<K>;
}

/** An answer key of one kind: spec, solution, and the answers each catalogued mistake gives. */
export interface AnswerKeyOf<K extends AnswerKind> {
  readonly kind: K;
  readonly spec: SpecOf<K>;
  readonly solution: SolutionOf<K>;
  readonly mistakes: readonly MistakeAnswer<K>[];
}

/** An item's answer key. The kind ties spec, solution and mistake answers together. */
export type AnswerKey = { [K in AnswerKind]: AnswerKeyOf<K> }[AnswerKind];
