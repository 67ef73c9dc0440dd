import { assertNever } from "../../shared";
import type { BinaryOperator, Expr } from "../expr";
import type { Graph } from "./graph";
import { graphOf } from "./graph";
import { Value } from "./value";

/**
 * The computation graph of the map x ↦ (F₁(x), …, Fₘ(x)) at the point x, one input node per
 * variable (shared by every component, so paths through it add up). Each expression node becomes
 * one graph node; a power with a non-constant exponent becomes exp(v · log u). Throws if a
 * component uses a variable not listed or the point's length differs: both are generator bugs.
 */
export function buildGraph(
  components: readonly Expr[],
  variables: readonly string[],
  point: readonly number[],
): Graph {
  if (point.length !== variables.length) {
    throw new Error(
      `buildGraph: ${variables.length} variables but a point of length ${point.length}`,
    );
  }
  const inputs = variables.map((name, j) => Value.input(point[j] ?? 0, name));
  const byName = new Map(variables.map((name, j) => [name, inputs[j] as Value]));
  const build = (e: Expr): Value => {
    switch (e.kind) {
      case "number":
        return Value.constant(e.value);
      case "constant":
        return Value.constant(e.name === "pi" ? Math.PI : Math.E, e.name);
      case "variable": {
        const input = byName.get(e.name);
        if (input === undefined) throw new Error(`buildGraph: variable "${e.name}" is not listed`);
        return input;
      }
      case "negate":
        return build(e.arg).neg();
      case "call":
        return build(e.arg)[e.fn](); // every FunctionName is a method of Value
      case "binary":
        return combine(e.op, build(e.left), build(e.right));
      default:
        return assertNever(e);
    }
  };
  return graphOf(inputs, components.map(build));
}

function combine(op: BinaryOperator, left: Value, right: Value): Value {
  switch (op) {
    case "+":
      return left.add(right);
    case "-":
      return left.sub(right);
    case "*":
      return left.mul(right);
    case "/":
      return left.div(right);
    case "^":
      return right.isConstant ? left.pow(right.data) : right.mul(left.log()).exp();
    default:
      return assertNever(op);
  }
}
