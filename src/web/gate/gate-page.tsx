import { Link, useParams } from "react-router-dom";
import { ErrorAlert } from "../shared/error-alert";
import { LoadingNote } from "../shared/loading-note";
import { isGraded } from "../study/item-attempt";
import { ItemCard } from "../study/item-card";
import { ProgressBar } from "../study/progress-bar";
import { progressFigures } from "../study/progress-figures";
import { GateResultView } from "./gate-result-view";
import { useGate } from "./use-gate";

/** `/gates/:unit`: a unit's mastery gate, one question at a time, without hints. */
export function GatePage() {
  const { unit = "" } = useParams();
  const number = Number(unit);
  return (
    <main className="page">
      <p>
        <Link to="/">← Course map</Link>
      </p>
      <h1>Unit {unit} gate</h1>
      {Number.isInteger(number) && number >= 0 ? (
        // A new unit starts a new attempt: nothing carries over from another unit's gate.
        <GateRun key={number} unit={number} />
      ) : (
        <ErrorAlert message="There is no such unit." />
      )}
    </main>
  );
}

function GateRun({ unit }: { readonly unit: number }) {
  const gate = useGate(unit);
  const { current, position, total, result, pending, failure } = gate.state;
  // Items before the one on screen are answered; it counts too once its verdict is in.
  const answered = position + (isGraded(current) ? 1 : 0);
  return (
    <>
      {total > 0 && result === null && (
        <ProgressBar
          label="Gate progress"
          figures={progressFigures(answered, total, "questions")}
        />
      )}
      <ErrorAlert message={failure} />
      {current === null && result === null && failure === null && <LoadingNote />}
      {current && (
        <ItemCard
          attempt={current}
          heading={`Question ${position + 1} of ${total}`}
          shownSteps={[]}
          busy={pending !== null}
          onEdit={gate.edit}
          onCheck={gate.check}
          showSolution={false}
          nextLabel="Next question"
          onNext={result ? null : gate.next}
        />
      )}
      {result && <GateResultView result={result} />}
    </>
  );
}
