import { MarkdownView } from "../lesson/markdown-view";
import { Tex } from "../math/tex";

/** A worked step as the server sends it: words, and a formula when there is one. */
export interface WorkedStep {
  readonly text: string;
  readonly latex?: string;
}

/** Worked steps in order, each typeset. */
export function StepList({ steps }: { readonly steps: readonly WorkedStep[] }) {
  return (
    <ol className="step-list">
      {steps.map((step, index) => (
        <li key={index}>
          <MarkdownView markdown={step.text} />
          {step.latex !== undefined && <Tex tex={step.latex} display />}
        </li>
      ))}
    </ol>
  );
}
