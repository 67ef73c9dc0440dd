import { ok, err } from "../shared";
import { parseExpression, toInputSyntax } from "../math";
import { compareMath } from "./compare-math";
import type { KindGrader } from "./kind-grader";

/** A single typed expression, compared by value at the item's sample points. */
export const expressionGrader: KindGrader<"expression"> = {
  read(spec, submission) {
    const parsed = parseExpression(submission.text, { variables: spec.variables });
    return parsed.ok ? ok(parsed.value) : err([{ error: parsed.error }]);
  },
  compare(expected, actual, spec, seed) {
    return compareMath(
      { kind: "scalar", expr: expected },
      { kind: "scalar", expr: actual },
      { variables: spec.variables, seed },
    );
  },
  submit: (answer) => ({ text: toInputSyntax(answer) }),
};
