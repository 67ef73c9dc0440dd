import { Link } from "react-router-dom";
import type { LessonSummary, WorkedExample } from "../../api";
import { MarkdownView } from "../lesson/markdown-view";
import { Tex } from "../math/tex";
import { StepList } from "./step-list";
import { useFocusOn } from "./use-focus-on";

interface WorkedExampleCardProps {
  readonly example: WorkedExample;
  /** The lessons of the example's unit, offered first: a skill's first practice starts here. */
  readonly lessons: readonly LessonSummary[];
  readonly busy: boolean;
  readonly onStudied: () => void;
}

/** A worked example shown whole, to study before trying one; "I've studied this" moves on. */
export function WorkedExampleCard({ example, lessons, busy, onStudied }: WorkedExampleCardProps) {
  const heading = useFocusOn<HTMLHeadingElement>(example.id);
  return (
    <section className="item-card" aria-labelledby="example-heading">
      <h2 id="example-heading" ref={heading} tabIndex={-1} className="item-heading">
        <span className="purpose-badge">Worked example</span> {example.skillTitle}
      </h2>
      {lessons.length > 0 && (
        <div className="lesson-offer">
          <p>New here? Read the lesson first (it opens in a new tab):</p>
          <ul>
            {lessons.map((lesson) => (
              <li key={lesson.id}>
                <Link
                  to={`/lessons/${encodeURIComponent(lesson.id)}`}
                  target="_blank"
                  rel="noopener"
                >
                  {lesson.title}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      <MarkdownView markdown={example.prompt} className="prose prompt" />
      <StepList steps={example.steps} />
      <p>Answer:</p>
      <Tex tex={example.answer} display />
      <button type="button" onClick={onStudied} disabled={busy}>
        I&apos;ve studied this
      </button>
    </section>
  );
}
