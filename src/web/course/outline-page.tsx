import { api } from "../endpoints";
import { ErrorAlert } from "../shared/error-alert";
import { LoadingNote } from "../shared/loading-note";
import { useApiData } from "../shared/use-api-data";
import { UnitSection } from "./unit-section";

/** `/`: the course outline, unit by unit, with each unit's lessons and skills to practise. */
export function OutlinePage() {
  const course = useApiData(api.course, "");
  return (
    <main className="page">
      <h1>Course outline</h1>
      {course.status === "loading" && <LoadingNote />}
      {course.status === "error" && <ErrorAlert message={course.message} />}
      {course.status === "ok" &&
        course.value.units.map((unit) => <UnitSection key={unit.unit} unit={unit} />)}
    </main>
  );
}
