import { num, toInputSyntax, toLatex, type Shape } from "../math";
import { assertNever } from "../shared";
import type {
  AnswerKind,
  GraphPath,
  LabelledOption,
  PathGraph,
  SolutionOf,
  SpecOf,
} from "./answer-kinds";

const shapeText = (shape: Shape): string => `${shape.rows}x${shape.cols}`;
const pathText = (path: GraphPath): string => path.join(" > ");

/**
 * An answer written as text: in the input syntax for values and shapes, option ids for choices
 * and orderings, paths as "x2 > u1 > y" separated by "; ", an arrow as its tip's coordinates
 * written as a vector (see docs/items.md).
 */
export function answerText<K extends AnswerKind>(kind: K, answer: SolutionOf<K>): string {
  const typed = { kind, answer } as KindedAnswer;
  switch (typed.kind) {
    case "expression":
      return toInputSyntax(typed.answer);
    case "vector":
      return toInputSyntax({ kind: "vector", entries: typed.answer });
    case "matrix":
      return toInputSyntax({ kind: "matrix", rows: typed.answer });
    case "shape":
      return shapeText(typed.answer);
    case "choice":
      return typed.answer;
    case "ordering":
      return typed.answer.join(" ");
    case "paths":
      return typed.answer.map(pathText).join("; ");
    case "arrow":
      return toInputSyntax({ kind: "vector", entries: typed.answer.map(num) });
    default:
      return assertNever(typed);
  }
}

/**
 * An answer as LaTeX, for the worked solution: choices and orderings by their labels (an ordering
 * as the product of its factors), paths as x₂ → u₁ → y with one path after another.
 */
export function answerLatex<K extends AnswerKind>(spec: SpecOf<K>, answer: SolutionOf<K>): string {
  const typed = { kind: spec.kind, spec, answer } as TypedAnswer;
  switch (typed.kind) {
    case "expression":
      return toLatex(typed.answer);
    case "vector":
      return toLatex({ kind: "vector", entries: typed.answer });
    case "matrix":
      return toLatex({ kind: "matrix", rows: typed.answer });
    case "shape":
      return `${typed.answer.rows}\\times ${typed.answer.cols}`;
    case "choice":
      return labelLatex(optionLabel(typed.spec.options, typed.answer));
    case "ordering":
      return typed.answer.map((id) => labelLatex(optionLabel(typed.spec.factors, id))).join("\\,");
    case "paths":
      return typed.answer.map((path) => pathLatex(typed.spec.graph, path)).join(",\\quad ");
    case "arrow":
      return typed.answer.length === 1
        ? toLatex(num(typed.answer[0] ?? NaN))
        : toLatex({ kind: "vector", entries: typed.answer.map(num) });
    default:
      return assertNever(typed);
  }
}

/** An answer paired with its kind, so a switch narrows both together. */
type KindedAnswer = {
  [K in AnswerKind]: { readonly kind: K; readonly answer: SolutionOf<K> };
}[AnswerKind];

/** An answer with its kind and spec, so a switch narrows all three together. */
type TypedAnswer = {
  [K in AnswerKind]: { readonly kind: K; readonly spec: SpecOf<K>; readonly answer: SolutionOf<K> };
}[AnswerKind];

const optionLabel = (options: readonly LabelledOption[], id: string): string =>
  options.find((option) => option.id === id)?.label ?? id;

/** A Markdown label with $…$ math as LaTeX: the math as it is, the words as \text. */
function labelLatex(label: string): string {
  return label
    .split("$")
    .map((part, i) => (i % 2 === 1 ? `{${part}}` : part === "" ? "" : textLatex(part)))
    .join("");
}

function pathLatex(graph: PathGraph, path: GraphPath): string {
  const label = (id: string) => graph.nodes.find((node) => node.id === id)?.label ?? id;
  return path.map((id) => textLatex(label(id))).join(" \\to ");
}

/** Plain text inside LaTeX; characters that LaTeX would read as commands are dropped. */
const textLatex = (text: string): string => `\\text{${text.replace(/[\\{}$&#^_%~]/g, "")}}`;
