import { Link } from "react-router-dom";
import { gatePath } from "../course/continue-target";
import { useFocusOn } from "./use-focus-on";

/** The session's step when a unit's gate opens: what the gate is, and the way to it. */
export function GateStepCard({ unit }: { readonly unit: number }) {
  const heading = useFocusOn<HTMLHeadingElement>(String(unit));
  return (
    <section className="item-card" aria-labelledby="gate-heading">
      <h2 id="gate-heading" ref={heading} tabIndex={-1}>
        Unit {unit}&apos;s gate is open
      </h2>
      <p>
        You are ready for the mastery gate: a short quiz without hints. Passing it opens the next
        unit.
      </p>
      <Link className="button-link" to={gatePath(unit)}>
        Start unit {unit}&apos;s gate
      </Link>
    </section>
  );
}
