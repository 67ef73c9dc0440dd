import type { FormEvent } from "react";
import type { SubmissionBody } from "../../api";
import { MarkdownView } from "../lesson/markdown-view";
import { AnswerInput } from "../practice/answer-input";
import { SolutionView } from "../practice/solution-view";
import { VerdictPanel } from "../practice/verdict-panel";
import { HintList } from "./hint-list";
import { isGraded, type ItemAttempt } from "./item-attempt";
import { StepList, type WorkedStep } from "./step-list";
import { estimateChangeText } from "./summary-text";
import { useFocusOn } from "./use-focus-on";

interface ItemCardProps {
  readonly attempt: ItemAttempt;
  /** What the item is for, e.g. "Review" or "Question 2 of 5". */
  readonly heading: string;
  readonly shownSteps: readonly WorkedStep[];
  readonly busy: boolean;
  readonly onEdit: (draft: SubmissionBody) => void;
  readonly onCheck: () => void;
  /** Absent where hints are not allowed (a gate); placement items come with no hints to ask for. */
  readonly onHint?: () => void;
  readonly showSolution: boolean;
  readonly nextLabel: string;
  /** Null when there is no next item (the gate's last answer brought its verdict). */
  readonly onNext: (() => void) | null;
}

/**
 * One item in a session or a gate: the faded steps given, the prompt, hints on request, the
 * answer, then the verdict with the named mistake, the estimate's change and the worked solution.
 */
export function ItemCard(props: ItemCardProps) {
  const { attempt, busy } = props;
  const { item, reply } = attempt;
  const graded = isGraded(attempt);
  const heading = useFocusOn<HTMLHeadingElement>(item.id);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!graded && !busy) props.onCheck();
  };
  return (
    <section className="item-card" aria-labelledby="item-heading">
      <h2 id="item-heading" ref={heading} tabIndex={-1} className="item-heading">
        <span className="purpose-badge">{props.heading}</span> {item.skillTitle}
      </h2>
      {props.shownSteps.length > 0 && (
        <div className="shown-steps">
          <h3>Worked so far</h3>
          <StepList steps={props.shownSteps} />
          <p className="muted">Finish it: give the answer below.</p>
        </div>
      )}
      <form className="item" onSubmit={onSubmit}>
        <MarkdownView markdown={item.prompt} className="prose prompt" />
        {props.onHint && item.hintCount > 0 && (
          <HintList
            hints={attempt.hints}
            remaining={graded ? 0 : attempt.hintsRemaining}
            disabled={busy}
            onHint={props.onHint}
          />
        )}
        <AnswerInput
          spec={item.spec}
          draft={attempt.draft}
          reply={reply}
          readOnly={graded || busy}
          onChange={props.onEdit}
        />
        <button type="submit" disabled={graded || busy}>
          Check answer
        </button>
      </form>
      <VerdictPanel reply={reply} />
      {reply && reply.verdict !== "invalid" && (
        <>
          {reply.estimate && (
            <p className="estimate-change">
              Your estimate on {item.skillTitle}:{" "}
              {estimateChangeText(reply.estimate.before, reply.estimate.after)}
            </p>
          )}
          {props.showSolution && <SolutionView solution={reply.solution} />}
          {props.onNext && (
            // The learner has just answered, so the way on takes the focus.
            <button type="button" onClick={props.onNext} disabled={busy} autoFocus>
              {props.nextLabel}
            </button>
          )}
        </>
      )}
    </section>
  );
}
