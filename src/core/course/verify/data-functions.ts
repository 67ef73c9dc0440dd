import {
  compileExpr,
  finiteDifferenceJacobian,
  parseTrustedExpression,
  type Evaluator,
} from "../../math";
import type { ItemData, ItemFunction } from "../item";

/** A function of item data as plain numbers: its components evaluated at a point. */
export type NumericMap = (x: readonly number[]) => number[];

/**
 * Compiles an item's function from its data (the text, not the generator's trees), so a check
 * built on it recomputes the answer independently of how the generator made it.
 */
export function numericMap(fn: ItemFunction): NumericMap {
  const evaluators: Evaluator[] = fn.components.map((text) =>
    compileExpr(parseTrustedExpression(text, fn.variables), fn.variables),
  );
  return (x) => evaluators.map((evaluate) => evaluate(x));
}

/** The named function of an item's data; throws when the data lacks it (a generator bug). */
export function dataFunction(data: ItemData, name: string): ItemFunction {
  const fn = data.functions?.find((f) => f.name === name);
  if (!fn) throw new Error(`item data has no function ${name}`);
  return fn;
}

/** The Jacobian of an item's function at a point, by central finite differences. */
export function jacobianByDifferences(fn: ItemFunction, x: readonly number[]): number[][] {
  return finiteDifferenceJacobian(numericMap(fn), x);
}

/** The point of an item's data as a list in the order of the given variables. */
export function pointOf(data: ItemData, variables: readonly string[]): number[] {
  return variables.map((name) => {
    const value = data.point?.[name];
    if (value === undefined) throw new Error(`item data point has no ${name}`);
    return value;
  });
}
