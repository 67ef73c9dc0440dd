import { err, ok } from "../shared";
import { inputError } from "../math";
import type { KindGrader } from "./kind-grader";

/** One option picked from a list: right when it is the solution's option. */
export const choiceGrader: KindGrader<"choice"> = {
  read(spec, submission) {
    if (submission.choice === "") {
      return err([{ error: inputError("empty", 0, "pick one of the options first") }]);
    }
    if (!spec.options.some((option) => option.id === submission.choice)) {
      return err([{ error: inputError("not-allowed", 0, "that is not one of the options") }]);
    }
    return ok(submission.choice);
  },
  compare: (expected, actual) => (expected === actual ? { kind: "same" } : { kind: "different" }),
  submit: (answer) => ({ choice: answer }),
};
