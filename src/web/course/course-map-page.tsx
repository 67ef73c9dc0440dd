import { Link } from "react-router-dom";
import type { CourseReply, LearnerStateReply } from "../../api";
import { api } from "../endpoints";
import { ErrorAlert } from "../shared/error-alert";
import { LoadingNote } from "../shared/loading-note";
import { useApiData } from "../shared/use-api-data";
import { continueTarget } from "./continue-target";
import { UnitCard } from "./unit-card";

/** `/`: the course map: where the learner stands in every unit, and "Continue". */
export function CourseMapPage() {
  const state = useApiData(api.learnerState, "");
  const course = useApiData(api.course, "");
  return (
    <main className="page">
      <h1>Course map</h1>
      {(state.status === "loading" || course.status === "loading") && <LoadingNote />}
      {state.status === "error" && <ErrorAlert message={state.message} />}
      {course.status === "error" && <ErrorAlert message={course.message} />}
      {state.status === "ok" && course.status === "ok" && (
        <CourseMap state={state.value} course={course.value} />
      )}
    </main>
  );
}

function CourseMap({ state, course }: { state: LearnerStateReply; course: CourseReply }) {
  const target = continueTarget(state);
  const titles = new Map(state.skills.map((s) => [s.id, s.title]));
  return (
    <>
      <div className="continue-bar">
        {target.kind === "link" ? (
          <Link className="button-link continue" to={target.to}>
            {target.label}
          </Link>
        ) : (
          <p className="caught-up">
            You are caught up: nothing new is open and no review is due. Reviews come back here as
            they fall due.
          </p>
        )}
        <p className="muted">
          {state.dueReviews === 1 ? "1 review due" : `${state.dueReviews} reviews due`}
          {!state.placed && " · a short placement check skips what you already know"}
        </p>
      </div>
      {state.units.map((unit, index) => (
        <UnitCard
          key={unit.unit}
          unit={unit}
          skills={state.skills.filter((s) => s.unit === unit.unit)}
          lessons={course.units.find((u) => u.unit === unit.unit)?.lessons ?? []}
          titles={titles}
          nextUnit={state.units[index + 1]}
        />
      ))}
    </>
  );
}
