import type { ClassDetailReply, ClassLearner } from "../../api";
import { EstimateCell } from "./estimate-cell";
import { gateRecordText, gateSummary } from "./gate-summary";
import { learnerCells } from "./learner-cells";

type Skills = ClassDetailReply["skills"];

/**
 * Learners × skills: each learner's estimate per skill, units passed and gate results. The table
 * scrolls sideways inside its own focusable region, so a narrow screen and a keyboard reach it all.
 */
export function LearnerTable({
  skills,
  learners,
}: {
  readonly skills: Skills;
  readonly learners: readonly ClassLearner[];
}) {
  if (learners.length === 0) return <p>No learners yet: share the join code with the class.</p>;
  return (
    <div
      className="table-scroll"
      role="region"
      aria-label="Progress by learner and skill"
      tabIndex={0}
    >
      <table className="learner-table">
        <thead>
          <tr>
            <th scope="col">Learner</th>
            <th scope="col">Answers</th>
            <th scope="col">Units passed</th>
            {skills.map((skill) => (
              <th key={skill.id} scope="col">
                <abbr title={skill.title}>{skill.id}</abbr>
                <span className="visually-hidden"> {skill.title}</span>
              </th>
            ))}
            <th scope="col">Gates</th>
          </tr>
        </thead>
        <tbody>
          {learners.map((learner) => (
            <LearnerRow key={learner.id} skills={skills} learner={learner} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function LearnerRow({
  skills,
  learner,
}: {
  readonly skills: Skills;
  readonly learner: ClassLearner;
}) {
  const gates = gateSummary(learner.gates);
  return (
    <tr>
      <th scope="row">{learner.name}</th>
      <td>{learner.attempts}</td>
      <td>{learner.passedUnits.length === 0 ? "none" : learner.passedUnits.join(", ")}</td>
      {learnerCells(skills, learner).map((cell, i) => (
        <EstimateCell key={skills[i]?.id ?? i} cell={cell} />
      ))}
      <td>
        {gates.length === 0
          ? "none"
          : gates.map((record) => <div key={record.unit}>{gateRecordText(record)}</div>)}
      </td>
    </tr>
  );
}
