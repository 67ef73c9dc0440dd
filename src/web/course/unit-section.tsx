import { Link } from "react-router-dom";
import type { UnitSummary } from "../../api";

/** One unit of the outline: links to its lessons, and a "Practise" link per skill. */
export function UnitSection({ unit }: { readonly unit: UnitSummary }) {
  return (
    <section className="unit" aria-labelledby={`unit-${unit.unit}`}>
      <h2 id={`unit-${unit.unit}`}>
        Unit {unit.unit}: {unit.title}
      </h2>
      <h3>Lessons</h3>
      <ul>
        {unit.lessons.map((lesson) => (
          <li key={lesson.id}>
            <Link to={`/lessons/${encodeURIComponent(lesson.id)}`}>{lesson.title}</Link>
          </li>
        ))}
      </ul>
      <h3>Skills</h3>
      <ul className="skills">
        {unit.skills.map((skill) => (
          <li key={skill.id}>
            <span>{skill.title}</span>
            <Link className="button-link" to={`/practice/${encodeURIComponent(skill.id)}`}>
              Practise<span className="visually-hidden"> {skill.title}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
