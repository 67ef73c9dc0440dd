import type { AnswerReply } from "../../api";
import { MarkdownView } from "../lesson/markdown-view";
import { Tex } from "../math/tex";

type Solution = Extract<AnswerReply, { solution: unknown }>["solution"];

/** The worked solution after a graded answer: each step typeset, then the answer. */
export function SolutionView({ solution }: { readonly solution: Solution }) {
  return (
    <section className="solution" aria-labelledby="solution-heading">
      <h2 id="solution-heading">Worked solution</h2>
      <ol>
        {solution.steps.map((step, index) => (
          <li key={index}>
            <MarkdownView markdown={step.text} />
            {step.latex !== undefined && <Tex tex={step.latex} display />}
          </li>
        ))}
      </ol>
      <p>Answer:</p>
      <Tex tex={solution.answer} display />
    </section>
  );
}
