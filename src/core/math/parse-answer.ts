import { err, ok } from "../shared";
import type { Result } from "../shared";
import type { Expr, MathValue } from "./expr";
import type { InputError } from "./input-error";
import { inputError, column } from "./input-error";
import { checkInputLimits, MAX_MATRIX_SIZE } from "./input-limits";
import { failAt, fromMathjsNode, isTransposeMarker, visit } from "./from-mathjs-node";
import type { WalkContext } from "./from-mathjs-node";
import { parseWithMathjs } from "./mathjs-parser";
import type { MathjsNode } from "./mathjs-parser";
import { normalizeInput, originalPosition } from "./normalize-input";
import { createSourceCursor } from "./source-cursor";

/** What an answer may contain: the item's variables, and whether vectors and matrices are allowed. */
export interface ParseContext {
  readonly variables: readonly string[];
  readonly allowMatrices?: boolean;
}

/**
 * Reads a learner's answer (a scalar expression, a vector or a matrix) from untrusted text.
 * Cheap checks on the raw text run first, so hostile input never reaches the parser.
 */
export function parseAnswer(text: string, context: ParseContext): Result<MathValue, InputError> {
  const limits = checkInputLimits(text);
  if (!limits.ok) return limits;
  const normalized = normalizeInput(text);
  const parsed = parseWithMathjs(normalized.text);
  if (!parsed.ok) {
    const position = originalPosition(normalized, parsed.error.index);
    return err(inputError("syntax", position, `${parsed.error.problem} at ${column(position)}`));
  }
  const walk: WalkContext = {
    variables: context.variables,
    allowMatrices: context.allowMatrices ?? false,
    cursor: createSourceCursor(normalized),
    nodes: 0,
  };
  return fromAnswerNode(parsed.value, walk);
}

/** The top of the tree: a matrix form (literal, transposed or in brackets) or a scalar. */
function fromAnswerNode(node: MathjsNode, walk: WalkContext): Result<MathValue, InputError> {
  if (!isMatrixForm(node, walk)) {
    const expr = fromMathjsNode(node, walk);
    return expr.ok ? ok({ kind: "scalar", expr: expr.value }) : expr;
  }
  const counted = visit(walk);
  if (!counted.ok) return counted;
  if (node.type === "ParenthesisNode" && node.content !== undefined) {
    return fromAnswerNode(node.content, walk);
  }
  const [operand] = node.args ?? [];
  if (node.type === "OperatorNode" && operand !== undefined) {
    const value = fromAnswerNode(operand, walk);
    // Consume the T of `^T` so that later positions stay in step.
    if (node.fn === "pow") walk.cursor.takeIdentifier();
    return value.ok ? ok(transpose(value.value)) : value;
  }
  return fromArray(node.items ?? [], walk);
}

/** Whether the node is written as a vector or matrix literal, possibly transposed or bracketed. */
function isMatrixForm(node: MathjsNode, walk: WalkContext): boolean {
  const [operand, exponent] = node.args ?? [];
  if (node.type === "ArrayNode") return true;
  if (node.type === "ParenthesisNode")
    return node.content !== undefined && isMatrixForm(node.content, walk);
  const transposed =
    node.fn === "ctranspose" || (node.fn === "pow" && isTransposeMarker(exponent, walk));
  return (
    node.type === "OperatorNode" &&
    transposed &&
    operand !== undefined &&
    isMatrixForm(operand, walk)
  );
}

/** A vector `[a, b]` or a matrix `[[a, b], [c, d]]`, with size and raggedness checked. */
function fromArray(items: readonly MathjsNode[], walk: WalkContext): Result<MathValue, InputError> {
  const at = walk.cursor.takeBracket();
  if (!walk.allowMatrices) {
    return failAt(
      walk,
      "matrix-not-allowed",
      at,
      "a vector or matrix is not expected here; type a single expression",
    );
  }
  if (items.length === 0) return failAt(walk, "syntax", at, "a vector needs at least one entry");
  if (items.length > MAX_MATRIX_SIZE) return tooLarge(walk, at);
  if (!items.some((item) => item.type === "ArrayNode")) {
    const entries = entriesOf(items, walk);
    return entries.ok ? ok({ kind: "vector", entries: entries.value }) : entries;
  }
  const rows: Expr[][] = [];
  for (const item of items) {
    if (item.type !== "ArrayNode") {
      const message = "write a vector as [a, b] or a matrix as [[a, b], [c, d]], not a mix";
      return failAt(walk, "ragged-matrix", walk.cursor.find(), message);
    }
    const rowAt = walk.cursor.takeBracket();
    const cells = item.items ?? [];
    if (cells.length !== (rows[0]?.length ?? cells.length)) {
      const message = `every row needs the same number of entries: row ${rows.length + 1} differs from row 1`;
      return failAt(walk, "ragged-matrix", rowAt, message);
    }
    if (cells.length > MAX_MATRIX_SIZE) return tooLarge(walk, rowAt);
    const entries = entriesOf(cells, walk);
    if (!entries.ok) return entries;
    rows.push(entries.value);
  }
  return ok({ kind: "matrix", rows });
}

function entriesOf(items: readonly MathjsNode[], walk: WalkContext): Result<Expr[], InputError> {
  const entries: Expr[] = [];
  for (const item of items) {
    const entry = fromMathjsNode(item, walk);
    if (!entry.ok) return entry;
    entries.push(entry.value);
  }
  return ok(entries);
}

const tooLarge = (walk: WalkContext, at: number): Result<never, InputError> =>
  failAt(
    walk,
    "too-large",
    at,
    `a vector or matrix can have at most ${MAX_MATRIX_SIZE} rows and ${MAX_MATRIX_SIZE} columns`,
  );

/** A vector is a column, so its transpose is a 1×n matrix (a row); a matrix swaps rows and columns. */
function transpose(value: MathValue): MathValue {
  if (value.kind === "scalar") throw new Error("transpose() needs a vector or matrix");
  const rows = value.kind === "vector" ? value.entries.map((entry) => [entry]) : value.rows;
  const width = rows[0]?.length ?? 0;
  return {
    kind: "matrix",
    rows: Array.from({ length: width }, (_, j) => rows.map((row) => row[j] as Expr)),
  };
}
