import { err, ok } from "../shared";
import type { Result } from "../shared";
import { binary, call, negate, num } from "./expr";
import type { BinaryOperator, Expr } from "./expr";
import { inputError } from "./input-error";
import type { InputError, InputErrorCode } from "./input-error";
import { MAX_NODES } from "./input-limits";
import type { MathjsNode } from "./mathjs-parser";
import { resolveCallee, resolveSymbol } from "./resolve-name";
import type { SourceCursor } from "./source-cursor";

/** What the walk needs besides the node: the declared variables and where nodes sit in the text. */
export interface WalkContext {
  readonly variables: readonly string[];
  readonly allowMatrices: boolean;
  readonly cursor: SourceCursor;
  /** Nodes visited so far, shared by the scalar and the matrix walk. */
  nodes: number;
}

const BINARY: ReadonlyMap<unknown, BinaryOperator> = new Map([
  ["add", "+"],
  ["subtract", "-"],
  ["multiply", "*"],
  ["divide", "/"],
  ["pow", "^"],
]);

/** An error at a normalized index, reported at the matching index of the text as typed. */
export function failAt(
  walk: WalkContext,
  code: InputErrorCode,
  index: number,
  message: string,
): Result<never, InputError> {
  return err(inputError(code, walk.cursor.original(index), message));
}

/** Counts nodes against the size limit. */
export function visit(walk: WalkContext, count = 1): Result<true, InputError> {
  walk.nodes += count;
  if (walk.nodes <= MAX_NODES) return ok(true);
  return failAt(walk, "too-large", 0, `the answer is too large: at most ${MAX_NODES} parts`);
}

/** `A^T`: a power whose exponent is a T that is not a declared variable. */
export function isTransposeMarker(node: MathjsNode | undefined, walk: WalkContext): boolean {
  return node?.type === "SymbolNode" && node.name === "T" && !walk.variables.includes("T");
}

/**
 * Turns a math.js node into a scalar `Expr`, allowing only the node types and names the course
 * uses; everything else (accessors, ranges, other functions, strings…) is an input error.
 */
export function fromMathjsNode(node: MathjsNode, walk: WalkContext): Result<Expr, InputError> {
  const counted = visit(walk);
  if (!counted.ok) return counted;
  switch (node.type) {
    case "ConstantNode":
      return fromConstant(node, walk);
    case "SymbolNode":
      return fromSymbol(node.name ?? "", walk);
    case "ParenthesisNode":
      return node.content === undefined ? notAllowed(walk) : fromMathjsNode(node.content, walk);
    case "OperatorNode":
      return fromOperator(node, walk);
    case "FunctionNode":
      return fromFunction(node, walk);
    case "ArrayNode": {
      const at = walk.cursor.takeBracket();
      return walk.allowMatrices
        ? failAt(
            walk,
            "not-allowed",
            at,
            "a vector or matrix can only be the whole answer, not part of an expression",
          )
        : failAt(
            walk,
            "matrix-not-allowed",
            at,
            "a vector or matrix is not expected here; type a single expression",
          );
    }
    case "AccessorNode": {
      const at = walk.cursor.find("[", ".");
      return failAt(
        walk,
        "not-allowed",
        at,
        "[ ] or . right after a value cannot be used; use * to multiply",
      );
    }
    default:
      return notAllowed(walk);
  }
}

function fromSymbol(name: string, walk: WalkContext): Result<Expr, InputError> {
  const at = walk.cursor.original(walk.cursor.takeIdentifier());
  const resolved = resolveSymbol(name, at, walk.variables);
  if (!resolved.ok) return resolved;
  // A run such as x1x2x1… is one math.js node but a product of many: count them all.
  const counted = visit(walk, chainSize(resolved.value) - 1);
  return counted.ok ? resolved : counted;
}

/** Nodes in the left-leaning product chain that a run of names becomes. */
const chainSize = (expr: Expr): number => (expr.kind === "binary" ? 2 + chainSize(expr.left) : 1);

function fromConstant(node: MathjsNode, walk: WalkContext): Result<Expr, InputError> {
  const at = walk.cursor.takeConstant();
  if (typeof node.value !== "number") {
    return failAt(walk, "not-allowed", at, "only numbers, variables and functions can be used");
  }
  if (!Number.isFinite(node.value)) {
    return failAt(walk, "too-large", at, "this number is too large (or not a number)");
  }
  return ok(num(node.value));
}

function fromOperator(node: MathjsNode, walk: WalkContext): Result<Expr, InputError> {
  const args = node.args ?? [];
  const [first, second] = args;
  if (node.fn === "ctranspose" || (node.fn === "pow" && isTransposeMarker(second, walk))) {
    const operand = first === undefined ? notAllowed(walk) : fromMathjsNode(first, walk);
    if (!operand.ok) return operand;
    const at = node.fn === "pow" ? walk.cursor.takeIdentifier() : walk.cursor.find("'");
    return failAt(walk, "not-allowed", at, "a transpose applies only to a vector or matrix");
  }
  if (
    args.length === 1 &&
    first !== undefined &&
    (node.fn === "unaryMinus" || node.fn === "unaryPlus")
  ) {
    const operand = fromMathjsNode(first, walk);
    return node.fn === "unaryPlus" || !operand.ok ? operand : ok(negate(operand.value));
  }
  const op = BINARY.get(node.fn);
  if (op === undefined || first === undefined || second === undefined || args.length !== 2) {
    const at = walk.cursor.find(node.op ?? "");
    return failAt(walk, "not-allowed", at, `the operator "${node.op ?? "?"}" cannot be used here`);
  }
  const left = fromMathjsNode(first, walk);
  if (!left.ok) return left;
  const right = fromMathjsNode(second, walk);
  if (!right.ok) return right;
  return ok(
    op === "^" && first.type === "SymbolNode"
      ? powerOfRun(left.value, right.value)
      : binary(op, left.value, right.value),
  );
}

/**
 * A power written after a run of names binds to the last name only, as it would with spaces:
 * `x1x2^2` is x1·x2², not (x1·x2)². math.js sees the run as one symbol, so it is regrouped here.
 */
function powerOfRun(run: Expr, exponent: Expr): Expr {
  return run.kind === "binary" && run.op === "*"
    ? binary("*", run.left, binary("^", run.right, exponent))
    : binary("^", run, exponent);
}

function fromFunction(node: MathjsNode, walk: WalkContext): Result<Expr, InputError> {
  const callee = node.fn;
  if (typeof callee !== "object" || callee.type !== "SymbolNode") return notAllowed(walk);
  const name = callee.name ?? "";
  const at = walk.cursor.original(walk.cursor.takeIdentifier());
  const resolved = resolveCallee(name, at, walk.variables);
  if (!resolved.ok) return resolved;
  const [arg, ...extra] = node.args ?? [];
  if (arg === undefined || extra.length > 0) {
    const message =
      resolved.value.fn === undefined
        ? `${name} is not a function; to multiply, write ${name}*(…)`
        : `${name} takes exactly one argument, like ${name}(x)`;
    return err(inputError("wrong-arity", at, message));
  }
  const inner = fromMathjsNode(arg, walk);
  if (!inner.ok) return inner;
  const { factor, fn } = resolved.value;
  const applied = fn === undefined ? inner.value : call(fn, inner.value);
  return ok(factor === undefined ? applied : binary("*", factor, applied));
}

/** A node kind the course never needs (accessors, ranges, booleans, keywords…). */
function notAllowed(walk: WalkContext): Result<never, InputError> {
  return failAt(
    walk,
    "not-allowed",
    walk.cursor.find(),
    "this part of the answer cannot be used here",
  );
}
