import type { Random } from "../../../shared";
import { toLatex, type Expr } from "../../../math";
import type { Difficulty, Draft, Generator } from "../../generator";
import { drawLayeredMap, pickTarget, type LayeredMap, type PathTarget } from "./layered-map";
import { layeredIntro, outputName, pathLatex, pathSum, type PathTerm } from "./path-sum";
import { differ, sumOf } from "./expr-tools";

/**
 * S9: one partial ∂yᵢ/∂xⱼ of a composition with sparse dependencies, as an expression in x, by
 * summing over the live paths. Each answer with one live path left out is mistake M4. (A dead
 * path adds a zero term, so an extra path cannot change this answer; live-paths catches it.)
 */
export const pathSumPartial: Generator = {
  id: "path-sum-partial",
  draw(random: Random, difficulty: Difficulty): Draft {
    for (;;) {
      const map = drawLayeredMap(random, difficulty);
      const target = pickTarget(random, map, 2);
      if (target) return pathSumDraft(map, target);
    }
  },
};

/** The item for one map and target; the lesson's Example 3 is made by it too. */
export function pathSumDraft(map: LayeredMap, target: PathTarget, prompt?: string): Draft {
  const { g, f } = map;
  const { output, input, live, dead } = target;
  const { terms, total } = pathSum(g, f, output, input, live);
  const y = outputName(f, output);
  const partial = (top: string, bottom: string) => `\\frac{\\partial ${top}}{\\partial ${bottom}}`;
  const asked = partial(y, `x_${input + 1}`);
  const variables = g.variables.map((_, j) => `x_${j + 1}`).join(", ");
  const deadText = dead.map((k) =>
    map.gDeps[k]?.includes(input)
      ? `$${y}$ does not depend on $u_${k + 1}$`
      : `$u_${k + 1}$ does not depend on $x_${input + 1}$`,
  );
  return {
    prompt:
      prompt ??
      layeredIntro(g, f) +
        `Find $${asked}$ by summing over the dependency paths. Express it in terms of $${variables}$ only.`,
    data: {
      ask: "path-sum",
      functions: [g, f],
      input: g.variables[input] ?? "",
      output: output + 1,
    },
    key: {
      kind: "expression",
      spec: { kind: "expression", variables: [...g.variables] },
      solution: total,
      mistakes: leaveOneOut(terms, g.variables).map((answer) => ({
        mistake: "M4" as const,
        answer,
      })),
    },
    hints: [
      `Draw the graph: an edge $x_j\\to u_k$ wherever $u_k$ uses $x_j$, and $u_k\\to ${y}$ wherever $${y}$ uses $u_k$.`,
      `Sum over $k$: $${asked} = \\sum_k ${partial(y, "u_k")}\\,${partial("u_k", `x_${input + 1}`)}$; a missing edge contributes 0.`,
      "Evaluate each outer factor at $\\mathbf{u} = g(\\mathbf{x})$, so that the answer is in terms of $\\mathbf{x}$ only.",
    ],
    steps: [
      {
        text: `Identify the dependency paths. Live: ${live.map((k) => `$${pathLatex(f, output, input, k)}$`).join(", ")}. No path through the others: ${deadText.join("; ")}.`,
      },
      {
        text: "Compute the two factors along each live path.",
        latex: terms
          .map(
            (t) =>
              `${partial(y, `u_${t.k + 1}`)} = ${toLatex(t.outer)},\\quad ${partial(`u_${t.k + 1}`, `x_${input + 1}`)} = ${toLatex(t.inner)}`,
          )
          .join(",\\qquad "),
      },
      {
        text: "Multiply along each path, substitute $\\mathbf{u} = g(\\mathbf{x})$, and add.",
        latex: `${asked} = ${toLatex(total)}`,
      },
    ],
  };
}

/** The sums with one live path left out, each different answer once (equal terms give equal sums). */
function leaveOneOut(terms: readonly PathTerm[], variables: readonly string[]): Expr[] {
  const answers: Expr[] = [];
  for (const left of terms) {
    const answer = sumOf(terms.filter((t) => t !== left).map((t) => t.product));
    if (answers.every((known) => differ([known], [answer], variables))) answers.push(answer);
  }
  return answers;
}
