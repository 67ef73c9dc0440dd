import type { Random } from "../../../shared";
import type { LabelledOption, MistakeAnswer, MistakeId } from "../../../grading";
import type { Difficulty, Draft, Generator } from "../../generator";
import { CHAIN_NAMES, compositionLatex, jacobianAtLatex, signaturesLatex } from "./chain-labels";

/** An option of the product question, with the mistake that picking it shows (if catalogued). */
interface Candidate {
  readonly id: string;
  readonly latex: string;
  readonly right?: true;
  readonly mistake?: MistakeId;
}

/**
 * S3: which product is the composition's Jacobian (levels 1 and 3, chains of two and three
 * functions) or, for a scalar output, its gradient (level 2). The wrong options are the reversed
 * order (M1), the transposes multiplied inner first (M2a, the n×p layout), the row Jacobian in
 * place of the gradient (M2b) and the pullback without its transpose (M2c).
 */
export const productChoice: Generator = {
  id: "product-choice",
  draw(random: Random, difficulty: Difficulty): Draft {
    const count = difficulty === 3 ? 3 : 2;
    const names = CHAIN_NAMES.slice(0, count);
    const dimensions = Array.from({ length: count + 1 }, () => random.int(2, 4));
    if (difficulty === 2) dimensions[count] = 1;
    const candidates = difficulty === 2 ? gradientCandidates(names) : jacobianCandidates(names);
    return choiceDraft(names, dimensions, difficulty === 2, random.shuffle(candidates));
  },
};

function jacobianCandidates(names: readonly string[]): Candidate[] {
  const factors = names.map((_, i) => jacobianAtLatex(names, i));
  const outerFirst = [...factors].reverse();
  const transposedFactors = (list: readonly string[]) => list.map((f) => `${f}^\\top`).join("\\,");
  return [
    { id: "outer-first", latex: outerFirst.join("\\,"), right: true },
    { id: "inner-first", latex: factors.join("\\,"), mistake: "M1" },
    { id: "transposes-inner-first", latex: transposedFactors(factors), mistake: "M2a" },
    { id: "transposes-outer-first", latex: transposedFactors(outerFirst) },
  ];
}

function gradientCandidates(names: readonly string[]): Candidate[] {
  const inner = jacobianAtLatex(names, 0);
  const outer = `\\nabla ${names[1] ?? ""}\\bigl(${names[0] ?? ""}(\\mathbf{x})\\bigr)`;
  return [
    { id: "transpose-then-gradient", latex: `${inner}^\\top\\,${outer}`, right: true },
    { id: "row", latex: `${outer}^\\top\\,${inner}`, mistake: "M2b" },
    { id: "no-transpose", latex: `${inner}\\,${outer}`, mistake: "M2c" },
    { id: "gradient-first", latex: `${outer}\\,${inner}` },
  ];
}

function choiceDraft(
  names: readonly string[],
  dimensions: readonly number[],
  gradient: boolean,
  candidates: readonly Candidate[],
): Draft {
  const composite = `(${compositionLatex(names)})(\\mathbf{x})`;
  const asked = gradient ? `\\nabla${composite}` : `D${composite}`;
  const right = candidates.find((c) => c.right);
  if (!right) throw new Error("product-choice: no right option");
  const options: LabelledOption[] = candidates.map((c) => ({ id: c.id, label: `$${c.latex}$` }));
  const mistakes: MistakeAnswer<"choice">[] = candidates.flatMap((c) =>
    c.mistake ? [{ mistake: c.mistake, answer: c.id }] : [],
  );
  return {
    prompt: `Let ${signaturesLatex(names, dimensions)}. Which product is $${asked}$?`,
    data: {
      ask: gradient ? "gradient-product" : "jacobian-product",
      dimensions: [...dimensions],
      names: [...names],
    },
    key: { kind: "choice", spec: { kind: "choice", options }, solution: right.id, mistakes },
    hints: [
      "Read the composition from the inside out: the innermost function acts first.",
      gradient
        ? "The Jacobian of the composition is a row; the gradient is its transpose, and $(AB)^\\top = B^\\top A^\\top$."
        : "The outer derivative goes on the left, evaluated where its function is applied; check that the shapes chain.",
    ],
    steps: [
      {
        text: "By the chain rule the Jacobian of the composition is the product with the outer derivative on the left.",
        latex: `D${composite} = ${jacobianCandidates(names)[0]?.latex ?? ""}`,
      },
      ...(gradient
        ? [
            {
              text: "Transpose it to get the gradient column.",
              latex: `\\nabla${composite} = ${right.latex}`,
            },
          ]
        : []),
    ],
  };
}
