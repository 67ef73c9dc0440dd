import { useCallback, useState } from "react";
import type { ClassSummary } from "../../api";
import { api } from "../endpoints";
import { ErrorAlert } from "../shared/error-alert";
import { LoadingNote } from "../shared/loading-note";
import { useApiData } from "../shared/use-api-data";
import { ClassList } from "./class-list";
import { CreateClassForm } from "./create-class-form";

/** `/classes` (instructors): create a class, and the list of classes with their join codes. */
export function ClassesPage() {
  // useApiData reloads when its argument changes: counting the classes created here makes the
  // list load again after each one, with the server's learner counts.
  const [created, setCreated] = useState(0);
  const classes = useApiData(api.classes, String(created));
  const [latest, setLatest] = useState<ClassSummary | null>(null);
  const onCreated = useCallback((summary: ClassSummary) => {
    setLatest(summary);
    setCreated((n) => n + 1);
  }, []);
  return (
    <main className="page">
      <h1>Your classes</h1>
      <section aria-labelledby="create-heading">
        <h2 id="create-heading">New class</h2>
        <CreateClassForm onCreated={onCreated} />
        <p role="status">
          {latest === null ? "" : `Created ${latest.name}: learners join with ${latest.joinCode}.`}
        </p>
      </section>
      <section aria-labelledby="list-heading">
        <h2 id="list-heading">Classes</h2>
        {classes.status === "loading" && <LoadingNote />}
        {classes.status === "error" && <ErrorAlert message={classes.message} />}
        {classes.status === "ok" && <ClassList classes={classes.value.classes} />}
      </section>
    </main>
  );
}
