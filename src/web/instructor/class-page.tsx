import { Link, useParams } from "react-router-dom";
import type { ClassDetailReply } from "../../api";
import { api, downloads } from "../endpoints";
import { ErrorAlert } from "../shared/error-alert";
import { LoadingNote } from "../shared/loading-note";
import { useApiData } from "../shared/use-api-data";
import { ClassMistakes } from "./class-mistakes";
import { LearnerTable } from "./learner-table";

/** `/classes/:id` (the class's instructor): learners' progress, gates, mistakes, CSV export. */
export function ClassPage() {
  const { id = "" } = useParams();
  const detail = useApiData(api.classDetail, id);
  return (
    <main className="page class-page">
      <p>
        <Link to="/classes">← Your classes</Link>
      </p>
      {detail.status === "loading" && <LoadingNote />}
      {detail.status === "error" && <ErrorAlert message={detail.message} />}
      {detail.status === "ok" && <ClassDetail detail={detail.value} />}
    </main>
  );
}

function ClassDetail({ detail }: { readonly detail: ClassDetailReply }) {
  return (
    <>
      <h1>{detail.class.name}</h1>
      <p>
        Join code <code className="join-code">{detail.class.joinCode}</code> ·{" "}
        <a href={downloads.classCsv(detail.class.id)} download>
          Export CSV
        </a>
      </p>
      <section aria-labelledby="learners-heading">
        <h2 id="learners-heading">Learners</h2>
        <LearnerTable skills={detail.skills} learners={detail.learners} />
      </section>
      <section aria-labelledby="mistakes-heading">
        <h2 id="mistakes-heading">Most frequent mistakes</h2>
        <ClassMistakes mistakes={detail.mistakes} skills={detail.skills} />
      </section>
    </>
  );
}
