import { Link } from "react-router-dom";
import type { CourseReply, NextStepReply } from "../../api";
import { assertNever } from "../../core/shared";
import { api } from "../endpoints";
import { ErrorAlert } from "../shared/error-alert";
import { LoadingNote } from "../shared/loading-note";
import { useApiData } from "../shared/use-api-data";
import { GateStepCard } from "./gate-step-card";
import { ItemCard } from "./item-card";
import { lessonsForSkill } from "./lessons-for-skill";
import { ProgressBar } from "./progress-bar";
import { progressFigures } from "./progress-figures";
import { purposeLabel } from "./purpose-label";
import { SessionSummaryView } from "./session-summary-view";
import { useStudy, type Study } from "./use-study";
import { WorkedExampleCard } from "./worked-example-card";

/** `/study`: a study session, step by step: reviews, worked examples, practice, then the gate. */
export function StudyPage() {
  const study = useStudy();
  const course = useApiData(api.course, "");
  const { session, step, failure } = study.state;
  const ended = step?.kind === "end";
  return (
    <main className="page">
      <p>
        <Link to="/">← Course map</Link>
      </p>
      <h1>Study session</h1>
      {session && !ended && (
        <ProgressBar
          label="Session progress"
          figures={progressFigures(session.items, session.maxItems, "items")}
        />
      )}
      <ErrorAlert message={failure} />
      {step === null ? (
        failure === null && <LoadingNote />
      ) : (
        <StepView step={step} study={study} course={course.status === "ok" ? course.value : null} />
      )}
      {step && !ended && (
        <p className="session-end">
          <button
            type="button"
            className="quiet"
            onClick={study.end}
            disabled={study.state.pending !== null}
          >
            End session
          </button>
        </p>
      )}
    </main>
  );
}

interface StepViewProps {
  readonly step: NextStepReply;
  readonly study: Study;
  readonly course: CourseReply | null;
}

/** The step on screen, by kind. */
function StepView({ step, study, course }: StepViewProps) {
  const busy = study.state.pending !== null;
  switch (step.kind) {
    case "item":
      return study.state.attempt ? (
        <ItemCard
          attempt={study.state.attempt}
          heading={purposeLabel(step.purpose)}
          shownSteps={step.shownSteps}
          busy={busy}
          onEdit={study.edit}
          onCheck={study.check}
          onHint={study.hint}
          showSolution
          nextLabel="Next"
          onNext={study.next}
        />
      ) : null;
    case "worked-example":
      return (
        <WorkedExampleCard
          example={step.example}
          lessons={course ? lessonsForSkill(course, step.example.skill) : []}
          busy={busy}
          onStudied={study.studied}
        />
      );
    case "gate":
      return <GateStepCard unit={step.unit} />;
    case "end":
      return <SessionSummaryView summary={step.summary} />;
    default:
      return assertNever(step);
  }
}
