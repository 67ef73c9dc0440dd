import { Link } from "react-router-dom";
import type { LessonSummary, SkillProgress, UnitProgress } from "../../api";
import { gatePath } from "./continue-target";
import { SkillGraph } from "./skill-graph";
import { SkillList } from "./skill-list";
import { unitStatusLook } from "./skill-status";

interface UnitCardProps {
  readonly unit: UnitProgress;
  readonly skills: readonly SkillProgress[];
  readonly lessons: readonly LessonSummary[];
  readonly titles: ReadonlyMap<string, string>;
  /** The unit its gate opens, if there is one after it. */
  readonly nextUnit: UnitProgress | undefined;
}

/** One unit on the course map: its state and why, its gate, its skills graph, and its lessons. */
export function UnitCard({ unit, skills, lessons, titles, nextUnit }: UnitCardProps) {
  const look = unitStatusLook(unit);
  const locked = unit.status === "locked";
  const headingId = `unit-${unit.unit}`;
  return (
    <section className={`unit unit-${unit.status}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        Unit {unit.unit}: {unit.title}
      </h2>
      <p className="unit-state">
        <span className={`status-badge ${look.tone}`}>{look.label}</span>
        {unit.note && <span className="unit-note"> {unit.note}</span>}
      </p>
      {unit.status === "open" && unit.gateOpen && (
        <p>
          <Link className="button-link" to={gatePath(unit.unit)}>
            Take unit {unit.unit}&apos;s gate
          </Link>
          {nextUnit && <span> Passing it opens unit {nextUnit.unit}.</span>}
        </p>
      )}
      {skills.length > 0 && (
        <>
          <h3>Skills</h3>
          <SkillGraph skills={skills} />
          <SkillList skills={skills} titles={titles} locked={locked} />
        </>
      )}
      <h3>Lessons</h3>
      <ul className="lesson-list">
        {lessons.map((lesson) => (
          <li key={lesson.id}>
            {locked ? (
              <span>
                {lesson.title} <span className="muted">(locked)</span>
              </span>
            ) : (
              <Link to={`/lessons/${encodeURIComponent(lesson.id)}`}>{lesson.title}</Link>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
