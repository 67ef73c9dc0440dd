import type { LabelledOption } from "../../../grading";
import type { Random } from "../../../shared";
import type { Difficulty, Draft, Generator } from "../../generator";
import { choiceKey, countLatex } from "./choice-key";

/** What the learner needs from F: ℝⁿ → ℝᵐ, which decides the cheapest way to get it. */
type Want = "gradient" | "jacobian" | "jvp" | "vjp";

interface Question {
  readonly n: number;
  readonly m: number;
  readonly want: Want;
}

/** Level 1 a scalar loss, level 2 the full Jacobian of a wide or tall map, level 3 one product. */
function drawQuestion(random: Random, difficulty: Difficulty): Question {
  const big = random.pick([100, 500, 1000, 10000]);
  const small = random.pick([1, 2, 3]);
  if (difficulty === 1) return { n: big, m: 1, want: "gradient" };
  const tall = random.next() < 0.5;
  const [n, m] = tall ? [small, big] : [big, small === 1 ? 2 : small];
  return { n, m, want: difficulty === 2 ? "jacobian" : random.pick(["jvp", "vjp"] as const) };
}

/** S13: forward or reverse mode, or one product instead of a full Jacobian (M3: the costly way). */
export const autodiffMode: Generator = {
  id: "autodiff-mode",
  draw(random: Random, difficulty: Difficulty): Draft {
    return draft(random, drawQuestion(random, difficulty));
  },
};

const WANTED: Readonly<Record<Want, string>> = {
  gradient: "the gradient $\\nabla F(\\mathbf{x})$",
  jacobian: "the full Jacobian $DF(\\mathbf{x})$",
  jvp: "$DF(\\mathbf{x})\\,\\mathbf{v}$ for one direction $\\mathbf{v}$",
  vjp: "$\\mathbf{w}^\\top DF(\\mathbf{x})$ for one covector $\\mathbf{w}$",
};

function options({ n, m, want }: Question): {
  options: LabelledOption[];
  correct: string;
  why: string;
} {
  if (want === "gradient" || want === "jacobian") {
    return {
      options: [
        { id: "forward", label: `forward mode: $${countLatex(n)}$ JVPs, one per input direction` },
        {
          id: "reverse",
          label: `reverse mode: $${countLatex(m)}$ VJP${m === 1 ? "" : "s"}, one per output`,
        },
      ],
      correct: n < m ? "forward" : "reverse",
      why: `Forward mode gets one column per pass ($${countLatex(n)}$ passes); reverse mode one row per pass ($${countLatex(m)}$ passes).`,
    };
  }
  const single =
    want === "jvp"
      ? { id: "one-jvp", label: "one JVP: push $\\mathbf{v}$ forward through the chain" }
      : { id: "one-vjp", label: "one VJP: pull $\\mathbf{w}$ back through the chain" };
  return {
    options: [
      single,
      {
        id: "full-forward",
        label: `build $DF(\\mathbf{x})$ with $${countLatex(n)}$ JVPs, then multiply`,
      },
      {
        id: "full-reverse",
        label: `build $DF(\\mathbf{x})$ with $${countLatex(m)}$ VJPs, then multiply`,
      },
    ],
    correct: single.id,
    why: "One product needs one pass; building the Jacobian first costs a pass per column or per row.",
  };
}

function draft(random: Random, question: Question): Draft {
  const { n, m, want } = question;
  const { options: offered, correct, why } = options(question);
  return {
    prompt: `A program computes $F:\\mathbb{R}^{${countLatex(n)}}\\to\\mathbb{R}^{${countLatex(m)}}$. You need ${WANTED[want]}. Which is cheapest?`,
    data: { ask: "autodiff-mode", inputs: n, outputs: m, want },
    key: choiceKey(random, offered, correct),
    hints: [
      "A JVP $DF\\,\\mathbf{v}$ is one forward pass and gives one column when $\\mathbf{v} = \\mathbf{e}_j$; a VJP $\\mathbf{w}^\\top DF$ is one reverse pass and gives one row.",
      `Count the passes: $F$ has $${countLatex(n)}$ inputs and $${countLatex(m)}$ outputs.`,
    ],
    steps: [
      { text: why },
      { text: `So the answer is: ${offered.find((o) => o.id === correct)?.label ?? ""}.` },
    ],
  };
}
