import { assertNever } from "../shared";
import type { MathValue, Shape } from "./expr";

/** The shape a value is compared by: a scalar is 1×1, a vector of n entries an n×1 column. */
export function valueShape(value: MathValue): Shape {
  switch (value.kind) {
    case "scalar":
      return { rows: 1, cols: 1 };
    case "vector":
      return { rows: value.entries.length, cols: 1 };
    case "matrix":
      return { rows: value.rows.length, cols: value.rows[0]?.length ?? 0 };
    default:
      return assertNever(value);
  }
}
