import type { Random } from "../../../shared";
import type { GraphPath, PathGraph } from "../../../grading";
import type { Difficulty, Draft, Generator } from "../../generator";
import { drawLayeredMap, pickTarget, type LayeredMap, type PathTarget } from "./layered-map";
import { layeredIntro, outputName, pathLatex } from "./path-sum";

const SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";
const label = (letter: string, index?: number) =>
  index === undefined
    ? letter
    : letter + [...String(index)].map((d) => SUBSCRIPTS[Number(d)]).join("");

/**
 * S9: select the live paths from xⱼ to yᵢ. The graph offers every edge xⱼ → uₖ → yᵢ, drawn or
 * not in the functions, so that telling live paths from dead ones is the learner's work: one
 * live path missing, or one dead path added, is mistake M4.
 */
export const livePaths: Generator = {
  id: "live-paths",
  draw(random: Random, difficulty: Difficulty): Draft {
    for (;;) {
      const map = drawLayeredMap(random, difficulty);
      const target = pickTarget(random, map, 1);
      if (target) return draft(map, target);
    }
  },
};

/** The full layered graph x → u → y of the map, asking for paths from x_input to y_output. */
function fullGraph(map: LayeredMap, target: PathTarget): PathGraph {
  const p = map.f.components.length;
  const x = map.g.variables.map((id, j) => ({ id, label: label("x", j + 1), layer: 0 }));
  const u = map.f.variables.map((id, k) => ({ id, label: label("u", k + 1), layer: 1 }));
  const y = map.f.components.map((_, i) => ({
    id: p === 1 ? "y" : `y${i + 1}`,
    label: p === 1 ? "y" : label("y", i + 1),
    layer: 2,
  }));
  const edges = [
    ...x.flatMap((from) => u.map((to) => ({ from: from.id, to: to.id }))),
    ...u.flatMap((from) => y.map((to) => ({ from: from.id, to: to.id }))),
  ];
  const from = x[target.input]?.id ?? "";
  const to = y[target.output]?.id ?? "";
  return { nodes: [...x, ...u, ...y], edges, from, to };
}

function draft(map: LayeredMap, target: PathTarget): Draft {
  const graph = fullGraph(map, target);
  const { input, output, live, dead } = target;
  const path = (k: number): GraphPath => [graph.from, map.f.variables[k] ?? "", graph.to];
  const solution = live.map(path);
  const y = outputName(map.f, output);
  return {
    prompt:
      layeredIntro(map.g, map.f) +
      `The graph joins every $x_j$ to every $u_k$ and every $u_k$ to every output, whether or not the functions use it. ` +
      `Select the paths from $x_${input + 1}$ to $${y}$ that contribute to $\\partial ${y}/\\partial x_${input + 1}$.`,
    data: {
      ask: "live-paths",
      functions: [map.g, map.f],
      input: map.g.variables[input] ?? "",
      output: output + 1,
    },
    key: {
      kind: "paths",
      spec: { kind: "paths", graph },
      solution,
      mistakes: [
        ...solution.map((left) => ({
          mistake: "M4" as const,
          answer: solution.filter((p) => p !== left),
        })),
        ...dead.map((k) => ({ mistake: "M4" as const, answer: [...solution, path(k)] })),
      ],
    },
    hints: [
      `A path $x_${input + 1}\\to u_k\\to ${y}$ contributes only when both of its edges are real dependencies.`,
      `For each $u_k$, ask two questions: does $u_k$ use $x_${input + 1}$? Does $${y}$ use $u_k$?`,
    ],
    steps: [
      ...live.map((k) => ({
        text: `$${pathLatex(map.f, output, input, k)}$ is live: $u_${k + 1}$ uses $x_${input + 1}$ and $${y}$ uses $u_${k + 1}$.`,
      })),
      ...dead.map((k) => ({
        text:
          `$${pathLatex(map.f, output, input, k)}$ is dead: ` +
          (map.gDeps[k]?.includes(input)
            ? `$${y}$ does not use $u_${k + 1}$.`
            : `$u_${k + 1}$ does not use $x_${input + 1}$.`),
      })),
    ],
  };
}
