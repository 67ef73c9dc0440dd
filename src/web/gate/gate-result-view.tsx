import { Link } from "react-router-dom";
import type { GateResult } from "../../api";
import { assertNever } from "../../core/shared";
import { percent } from "../study/summary-text";
import { useFocusOn } from "../study/use-focus-on";

/** A gate's verdict: the unit opened, or the skills that fell short and the way to practise them. */
export function GateResultView({ result }: { readonly result: GateResult }) {
  const heading = useFocusOn<HTMLHeadingElement>(result.kind);
  switch (result.kind) {
    case "passed":
      return (
        <section className="gate-result gate-passed" aria-labelledby="result-heading">
          <h2 id="result-heading" ref={heading} tabIndex={-1}>
            Passed: unit {result.unit} is mastered
          </h2>
          <p>Unit {result.unit + 1} is now open.</p>
          <Link className="button-link" to="/">
            Back to the course map
          </Link>
        </section>
      );
    case "failed":
      return (
        <section className="gate-result gate-failed" aria-labelledby="result-heading">
          <h2 id="result-heading" ref={heading} tabIndex={-1}>
            Not yet: unit {result.unit}&apos;s gate
          </h2>
          <p>
            These skills fell short. Practise them, then take the gate again with new questions.
          </p>
          <ul>
            {result.shortfalls.map((s) => (
              <li key={s.skill}>
                {s.title}: {s.right} right of {s.needed} needed (estimate {percent(s.estimate)})
              </li>
            ))}
          </ul>
          <Link className="button-link" to="/study">
            Practise these
          </Link>
        </section>
      );
    default:
      return assertNever(result);
  }
}
