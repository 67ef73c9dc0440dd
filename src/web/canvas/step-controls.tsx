import type { ReactNode } from "react";
import type { StepAction } from "./stepper";

/** Previous / Next / Start over for a sequence of steps, with a status line saying where it is. */
export function StepControls({
  step,
  last,
  onStep,
  children,
}: {
  readonly step: number;
  readonly last: number;
  readonly onStep: (action: StepAction) => void;
  readonly children: ReactNode;
}) {
  return (
    <div className="stepper">
      <button type="button" onClick={() => onStep({ type: "previous" })} disabled={step === 0}>
        Previous step
      </button>
      <button type="button" onClick={() => onStep({ type: "next" })} disabled={step === last}>
        Next step
      </button>
      <button type="button" className="quiet" onClick={() => onStep({ type: "first" })}>
        Start over
      </button>
      <p role="status" className="step-note">
        Step {step} of {last}. {children}
      </p>
    </div>
  );
}
