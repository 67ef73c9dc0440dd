import type { Random } from "../../../shared";
import type { Shape } from "../../../math";
import type { MistakeAnswer } from "../../../grading";
import type { Difficulty, Draft, Generator } from "../../generator";
import { CHAIN_NAMES, compositionLatex, shapeLatex, signaturesLatex } from "./chain-labels";
import { spaceLatex } from "./map-latex";

/** What a shape item asks for: a Jacobian or a gradient, of one function or of the composition. */
interface Target {
  readonly object: "jacobian" | "gradient";
  /** A function's name, or "composite" for the whole chain. */
  readonly of: string;
}

/** The question drawn: dimensions n, m, p (, q) of the chain, and the target. */
interface Question {
  readonly dimensions: readonly number[];
  readonly target: Target;
}

/**
 * S3: the shape of a Jacobian or gradient from the dimensions alone. Level 1 asks for one
 * function's Jacobian, level 2 for the composition's Jacobian or a gradient (output ℝ), level 3
 * the same for a chain of three. M2a is the transposed shape, M1 the shape of the reversed
 * product where it is defined, M2b the row where the gradient column is asked.
 */
export const shapeOf: Generator = {
  id: "shape-of",
  draw(random: Random, difficulty: Difficulty): Draft {
    for (;;) {
      const question = drawQuestion(random, difficulty);
      const mistakes = mistakesOf(question);
      if (mistakes.length > 0) return shapeDraft(question, mistakes);
    }
  },
};

function drawQuestion(random: Random, difficulty: Difficulty): Question {
  const count = difficulty === 3 ? 3 : 2;
  const names = CHAIN_NAMES.slice(0, count);
  const dimensions = Array.from({ length: count + 1 }, () => random.int(1, 5));
  const gradient = difficulty > 1 && random.int(0, 2) === 0;
  if (gradient) dimensions[count] = 1;
  const of =
    difficulty === 1
      ? random.pick(names)
      : gradient && random.int(0, 2) === 0
        ? (names[count - 1] ?? "")
        : "composite";
  return { dimensions, target: { object: gradient ? "gradient" : "jacobian", of } };
}

/** The input and output dimensions of the target's function. */
function inOut({ dimensions, target }: Question): readonly [number, number] {
  const index = CHAIN_NAMES.indexOf(target.of as (typeof CHAIN_NAMES)[number]);
  const from = target.of === "composite" ? 0 : index;
  const to = target.of === "composite" ? dimensions.length - 1 : index + 1;
  return [dimensions[from] ?? 0, dimensions[to] ?? 0];
}

/** The right shape: outputs × inputs for a Jacobian, inputs × 1 for a gradient. */
export function targetShape(question: Question): Shape {
  const [inputs, outputs] = inOut(question);
  return question.target.object === "gradient"
    ? { rows: inputs, cols: 1 }
    : { rows: outputs, cols: inputs };
}

function mistakesOf(question: Question): MistakeAnswer<"shape">[] {
  const right = targetShape(question);
  const [inputs, outputs] = inOut(question);
  const { dimensions, target } = question;
  const candidates: MistakeAnswer<"shape">[] =
    target.object === "gradient"
      ? [{ mistake: "M2b", answer: { rows: 1, cols: inputs } }]
      : [{ mistake: "M2a", answer: { rows: inputs, cols: outputs } }];
  // The reversed product Dg·Df of a two-function chain is defined only when n = p: then m×m.
  const [n, m, p] = dimensions;
  if (
    target.of === "composite" &&
    target.object === "jacobian" &&
    dimensions.length === 3 &&
    n === p &&
    m !== undefined
  ) {
    candidates.push({ mistake: "M1", answer: { rows: m, cols: m } });
  }
  const key = (s: Shape) => `${s.rows}x${s.cols}`;
  const seen = new Set([key(right)]);
  return candidates.filter((c) => !seen.has(key(c.answer)) && seen.add(key(c.answer)));
}

function targetLatex({ target, dimensions }: Question): string {
  const names = CHAIN_NAMES.slice(0, dimensions.length - 1);
  const fn = target.of === "composite" ? `(${compositionLatex(names)})` : target.of;
  const at = target.of === "composite" || target.of === "g" ? "(\\mathbf{x})" : "(\\mathbf{u})";
  return target.object === "gradient" ? `\\nabla ${fn}${at}` : `D${fn}${at}`;
}

function shapeDraft(question: Question, mistakes: MistakeAnswer<"shape">[]): Draft {
  const names = CHAIN_NAMES.slice(0, question.dimensions.length - 1);
  const right = targetShape(question);
  const [inputs, outputs] = inOut(question);
  const target = targetLatex(question);
  const jacobianShape = shapeLatex(outputs, inputs);
  const steps = [
    {
      text: `The function maps $${spaceLatex(inputs)}$ to $${spaceLatex(outputs)}$; its Jacobian has one row per output and one column per input.`,
      latex: `(\\text{outputs})\\times(\\text{inputs}) = ${jacobianShape}`,
    },
  ];
  if (question.target.of === "composite") {
    const factors = [...question.dimensions]
      .reverse()
      .slice(0, -1)
      .map((rows, i, all) => {
        const cols = question.dimensions[all.length - 1 - i] ?? 0;
        return `(${shapeLatex(rows, cols)})`;
      });
    steps.unshift({
      text: "By the chain rule the composition's Jacobian is the product of the Jacobians, outer on the left; the inner dimensions cancel.",
      latex: `${factors.join("")} \\to ${jacobianShape}`,
    });
  }
  if (question.target.object === "gradient") {
    steps.push({
      text: "The gradient is the transpose of that row: a column.",
      latex: shapeLatex(right.rows, right.cols),
    });
  }
  return {
    prompt: `Let ${signaturesLatex(names, question.dimensions)}. What is the shape of $${target}$? Answer as rows × columns, e.g. \`2x3\`.`,
    data: {
      ask: "shape",
      dimensions: [...question.dimensions],
      names: [...names],
      target: { ...question.target },
    },
    key: {
      kind: "shape",
      spec: { kind: "shape", label: `$${target}$` },
      solution: right,
      mistakes,
    },
    hints: [
      "A Jacobian has one row per output and one column per input.",
      question.target.object === "gradient"
        ? "The gradient of a scalar function is a column: the transpose of its $1\\times n$ Jacobian."
        : `Write the dimensions of $${compositionLatex(names)}$'s pieces and follow the chain from input to output.`,
    ],
    steps,
  };
}
