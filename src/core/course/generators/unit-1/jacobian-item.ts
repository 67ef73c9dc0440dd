import { toLatex, variable, type Expr } from "../../../math";
import type { SolutionStep } from "../../item";
import type { Draft } from "../../generator";
import type { DrawnMap } from "./draw-map";
import { argumentsLatex, definitionLatex, matrixLatex, pointLatex, spaceLatex } from "./map-latex";
import { pointRecord } from "./find-point";
import { transposed } from "./transposed";

/** Where an S1 item evaluates its Jacobian, with the exact values there. */
export interface JacobianPoint {
  readonly x: readonly number[];
  readonly values: readonly (readonly Expr[])[];
}

/**
 * The S1 item for a drawn map F: its Jacobian, symbolic or (with `at`) at a point. Mistake M2a is
 * the transposed layout; with `chooseShape` the learner picks the shape, so for a non-square map
 * M2a shows as the n×m answer rather than as a grid that does not fit.
 */
export function jacobianDraft(map: DrawnMap, chooseShape: boolean, at?: JacobianPoint): Draft {
  const m = map.components.length;
  const n = map.variables.length;
  const solution = at ? at.values : map.jacobian;
  const args = argumentsLatex(map.variables);
  const where = at ? `at $\\mathbf{x}_0 = ${pointLatex(at.x)}$` : `in terms of $${args}$`;
  const steps: SolutionStep[] = map.components.map((component, i) => rowStep(map, component, i));
  steps.push({
    text: "Stack the rows: one row per output, one column per input.",
    latex: `DF(${args}) = ${matrixLatex(map.jacobian)}`,
  });
  if (at) {
    steps.push({
      text: `Put in $\\mathbf{x}_0 = ${pointLatex(at.x)}$.`,
      latex: `DF(${at.x.join(", ")}) = ${matrixLatex(at.values)}`,
    });
  }
  return {
    prompt:
      `Let $F:${spaceLatex(n)}\\to${spaceLatex(m)}$ be\n\n` +
      `$$${definitionLatex("F", map.variables, map.components)}.$$\n\n` +
      `Find the Jacobian $DF$ ${where}.` +
      (chooseShape ? " Choose its shape too." : ""),
    data: {
      ask: at ? "jacobian-at-point" : "jacobian",
      functions: [{ name: "F", variables: [...map.variables], components: [...map.texts] }],
      ...(at ? { point: pointRecord(map.variables, at.x) } : {}),
    },
    key: {
      kind: "matrix",
      spec: {
        kind: "matrix",
        rows: m,
        cols: n,
        variables: at ? [] : [...map.variables],
        chooseShape,
      },
      solution,
      mistakes: [{ mistake: "M2a", answer: transposed(solution) }],
    },
    hints: [
      `The Jacobian of a map $${spaceLatex(n)}\\to${spaceLatex(m)}$ has one row per output and one column per input.`,
      `Row $i$ holds the partial derivatives of $F_i$, in the order ${map.variables.map((name) => `$${toLatex(variable(name))}$`).join(", ")}.`,
      "For the partial with respect to one variable, hold the others constant and differentiate as in one variable.",
    ],
    steps,
  };
}

function rowStep(map: DrawnMap, component: Expr, index: number): SolutionStep {
  const name = map.components.length === 1 ? "F" : `F_{${index + 1}}`;
  const partials = (map.jacobian[index] ?? []).map(
    (entry, j) =>
      `\\frac{\\partial ${name}}{\\partial ${toLatex(variable(map.variables[j] ?? ""))}} = ${toLatex(entry)}`,
  );
  return {
    text: `Row ${index + 1} comes from $${name} = ${toLatex(component)}$.`,
    latex: partials.join(",\\qquad "),
  };
}
