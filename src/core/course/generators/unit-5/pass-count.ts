import { num } from "../../../math";
import type { Random } from "../../../shared";
import type { Difficulty, Draft, Generator } from "../../generator";
import { numberKey } from "./answer-keys";
import { countLatex } from "./choice-key";

/** The counts asked, by what is wanted and which kind of pass is used. */
type Want =
  "jvps-jacobian" | "vjps-jacobian" | "jvps-gradient" | "vjps-gradient" | "jvps-direction";

interface Question {
  readonly n: number;
  readonly m: number;
  readonly want: Want;
}

const ASKED: Readonly<Record<Want, string>> = {
  "jvps-jacobian": "How many JVPs (forward passes) give the full Jacobian $DF(\\mathbf{x})$?",
  "vjps-jacobian": "How many VJPs (reverse passes) give the full Jacobian $DF(\\mathbf{x})$?",
  "jvps-gradient": "How many JVPs (forward passes) give the gradient $\\nabla F(\\mathbf{x})$?",
  "vjps-gradient": "How many VJPs (reverse passes) give the gradient $\\nabla F(\\mathbf{x})$?",
  "jvps-direction":
    "How many JVPs give $DF(\\mathbf{x})\\,\\mathbf{v}$ for one direction $\\mathbf{v}$?",
};

/** The count, and why, for each question. */
const ANSWER: Readonly<Record<Want, (q: Question) => { count: number; why: string }>> = {
  "jvps-jacobian": ({ n }) => ({
    count: n,
    why: "A JVP with $\\mathbf{v} = \\mathbf{e}_j$ gives column $j$; there is one column per input.",
  }),
  "vjps-jacobian": ({ m }) => ({
    count: m,
    why: "A VJP with $\\mathbf{w} = \\mathbf{e}_i$ gives row $i$; there is one row per output.",
  }),
  "jvps-gradient": ({ n }) => ({
    count: n,
    why: "Each JVP gives one partial derivative $DF\\,\\mathbf{e}_j$, and the gradient has one per input.",
  }),
  "vjps-gradient": () => ({
    count: 1,
    why: "With one output, a single VJP with $w = 1$ gives the whole row $DF(\\mathbf{x})$, i.e. the gradient.",
  }),
  "jvps-direction": () => ({
    count: 1,
    why: "$DF(\\mathbf{x})\\,\\mathbf{v}$ is exactly one JVP; no Jacobian is needed.",
  }),
};

function drawQuestion(random: Random, difficulty: Difficulty): Question {
  if (difficulty === 3) {
    return {
      n: random.pick([10, 100, 1000]),
      m: 1,
      want: random.pick(["jvps-gradient", "vjps-gradient"] as const),
    };
  }
  const sizes = difficulty === 1 ? [2, 3, 4, 5] : [2, 3, 50, 500, 1000];
  const n = random.pick(sizes);
  const m = random.pick(sizes.filter((s) => s !== n));
  return { n, m, want: random.pick(["jvps-jacobian", "vjps-jacobian", "jvps-direction"] as const) };
}

/** S13: how many JVPs or VJPs a Jacobian, a gradient or one product takes. */
export const passCount: Generator = {
  id: "pass-count",
  draw(random: Random, difficulty: Difficulty): Draft {
    const question = drawQuestion(random, difficulty);
    const { n, m, want } = question;
    const { count, why } = ANSWER[want](question);
    return {
      prompt: `A program computes $F:\\mathbb{R}^{${countLatex(n)}}\\to\\mathbb{R}^{${countLatex(m)}}$. ${ASKED[want]}`,
      data: { ask: "pass-count", inputs: n, outputs: m, want },
      key: numberKey(num(count)),
      hints: [
        "A JVP $DF\\,\\mathbf{v}$ pushes one input direction forward; a VJP $\\mathbf{w}^\\top DF$ pulls one output covector back.",
        `$DF(\\mathbf{x})$ is $${countLatex(m)}\\times ${countLatex(n)}$: which does one pass give, a column or a row?`,
      ],
      steps: [{ text: why }, { text: `So the count is $${countLatex(count)}$.` }],
    };
  },
};
