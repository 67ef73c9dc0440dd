import { Link } from "react-router-dom";
import type { SkillProgress } from "../../api";
import { percent } from "../study/summary-text";
import { skillStatusLook } from "./skill-status";

interface SkillListProps {
  readonly skills: readonly SkillProgress[];
  /** Titles of every skill in the course, to name prerequisites from earlier units. */
  readonly titles: ReadonlyMap<string, string>;
  readonly locked: boolean;
}

/** A unit's skills in words: status, estimate, what each needs first, and a practice link when open. */
export function SkillList({ skills, titles, locked }: SkillListProps) {
  return (
    <ul className="skill-list">
      {skills.map((skill) => {
        const look = skillStatusLook(skill.status);
        const needs = skill.prerequisites.map((p) => titles.get(p) ?? p);
        return (
          <li key={skill.id}>
            <span className="skill-title">
              {skill.id}: {skill.title}
            </span>
            <span className={`status-badge ${look.tone}`}>{look.label}</span>
            {skill.opportunities > 0 && (
              <span className="skill-estimate">estimate {percent(skill.estimate)}</span>
            )}
            {needs.length > 0 && <span className="skill-needs">Builds on {needs.join(", ")}</span>}
            {!locked && (
              <Link to={`/practice/${encodeURIComponent(skill.id)}`}>
                Practise<span className="visually-hidden"> {skill.title}</span>
              </Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}
