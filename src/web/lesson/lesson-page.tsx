import { useEffect } from "react";
import { Link, useParams } from "react-router-dom";
import { api } from "../endpoints";
import { ErrorAlert } from "../shared/error-alert";
import { LoadingNote } from "../shared/loading-note";
import { useApiData } from "../shared/use-api-data";
import { hasOwnTitle } from "./has-own-title";
import { loadMathFonts } from "./load-math-fonts";
import { MarkdownView } from "./markdown-view";

/** `/lessons/:id`: one lesson section, typeset, with canvas slots where views will go. */
export function LessonPage() {
  const { id = "" } = useParams();
  const lesson = useApiData(api.lesson, id);
  useEffect(loadMathFonts, []);
  return (
    <main className="page">
      <p>
        <Link to="/">← Course map</Link>
      </p>
      {lesson.status === "loading" && <LoadingNote />}
      {lesson.status === "error" && <ErrorAlert message={lesson.message} />}
      {lesson.status === "ok" && (
        <article>
          {!hasOwnTitle(lesson.value.markdown) && <h1>{lesson.value.lesson.title}</h1>}
          <MarkdownView markdown={lesson.value.markdown} />
        </article>
      )}
    </main>
  );
}
