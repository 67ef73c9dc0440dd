import type { ClassDetailReply } from "../../api";
import { MarkdownView } from "../lesson/markdown-view";
import { Tex } from "../math/tex";
import { answerTex } from "./answer-tex";

type Mistake = ClassDetailReply["mistakes"][number];

/**
 * The class's most frequent diagnosed mistakes (the server picks and orders them), each with its
 * fix and one real wrong answer.
 */
export function ClassMistakes({
  mistakes,
  skills,
}: {
  readonly mistakes: readonly Mistake[];
  readonly skills: ClassDetailReply["skills"];
}) {
  if (mistakes.length === 0) return <p>No diagnosed mistakes yet.</p>;
  const titles = new Map(skills.map((skill) => [skill.id, skill.title]));
  return (
    <ol className="class-mistakes">
      {mistakes.map((mistake) => (
        <li key={mistake.mistake}>
          <h3>
            {mistake.name}{" "}
            <span className="mistake-count">
              ({mistake.count} {mistake.count === 1 ? "time" : "times"})
            </span>
          </h3>
          <p>
            <strong>Fix:</strong> {mistake.fix}
          </p>
          <MistakeExample
            example={mistake.example}
            skillTitle={titles.get(mistake.example.skill) ?? mistake.example.skill}
          />
        </li>
      ))}
    </ol>
  );
}

function MistakeExample({
  example,
  skillTitle,
}: {
  readonly example: Mistake["example"];
  readonly skillTitle: string;
}) {
  const tex = answerTex(example);
  return (
    <div className="mistake-example">
      <p className="example-label">Example: {skillTitle}</p>
      <MarkdownView markdown={example.prompt} className="prose prompt" />
      <div>
        Answer given: {tex === null ? <code>{example.answer}</code> : <Tex tex={tex} display />}
      </div>
    </div>
  );
}
