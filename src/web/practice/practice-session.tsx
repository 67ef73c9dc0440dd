import type { FormEvent } from "react";
import { Link } from "react-router-dom";
import { MarkdownView } from "../lesson/markdown-view";
import { ErrorAlert } from "../shared/error-alert";
import { AnswerInput } from "./answer-input";
import { HistoryList } from "./history-list";
import { isGraded } from "./practice-state";
import { SolutionView } from "./solution-view";
import { usePractice } from "./use-practice";
import { VerdictPanel } from "./verdict-panel";

/** One practice session on a skill: the current item, its answer and verdict, and the history. */
export function PracticeSession({ skill }: { readonly skill: string }) {
  const { state, newItem, edit, check } = usePractice(skill);
  const { item, draft, reply } = state;
  const graded = isGraded(state);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!graded && state.pending === null) check();
  };
  return (
    <main className="page">
      <p>
        <Link to="/">← Course map</Link>
      </p>
      <h1>Practice: {skill}</h1>
      <button type="button" onClick={newItem} disabled={state.pending !== null}>
        New item
      </button>
      <ErrorAlert message={state.failure} />
      {item && draft && (
        <form className="item" onSubmit={onSubmit}>
          <MarkdownView markdown={item.prompt} className="prose prompt" />
          <AnswerInput
            spec={item.spec}
            draft={draft}
            reply={reply}
            readOnly={graded}
            onChange={edit}
          />
          {graded ? (
            <button type="button" onClick={newItem} disabled={state.pending !== null}>
              Next item
            </button>
          ) : (
            <button type="submit" disabled={state.pending !== null}>
              Check answer
            </button>
          )}
        </form>
      )}
      <VerdictPanel reply={reply} />
      {reply && reply.verdict !== "invalid" && <SolutionView solution={reply.solution} />}
      <HistoryList attempts={state.history} />
    </main>
  );
}
