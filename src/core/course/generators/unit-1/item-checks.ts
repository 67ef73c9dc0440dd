import { toLatex, parseTrustedExpression } from "../../../math";
import type { Item } from "../../item";

/**
 * Parts of the item's data that its prompt does not show (empty when the prompt and the data
 * describe the same problem): each function component as LaTeX, the point's and the step's
 * coordinates, and each function's signature ℝⁿ → ℝᵐ.
 */
export function promptProblems(item: Item): string[] {
  const problems: string[] = [];
  const prompt = bare(item.prompt);
  for (const fn of item.data.functions ?? []) {
    for (const text of fn.components) {
      const latex = bare(toLatex(parseTrustedExpression(text, fn.variables)));
      if (!prompt.includes(latex))
        problems.push(`${fn.name}'s component ${text} is not in the prompt`);
    }
  }
  for (const numbers of [
    item.data.point ? Object.values(item.data.point) : undefined,
    item.data.delta,
  ]) {
    if (!isNumbers(numbers)) continue;
    const written = numbers.length === 1 ? String(numbers[0]) : `(${numbers.join(",")})`;
    if (!prompt.includes(written)) problems.push(`the numbers ${written} are not in the prompt`);
  }
  const { names, dimensions } = item.data;
  if (Array.isArray(names) && isNumbers(dimensions)) {
    names.forEach((name, i) => {
      const signature = `${String(name)}:${space(dimensions[i])}\\to${space(dimensions[i + 1])}`;
      if (!prompt.includes(signature))
        problems.push(`the signature ${signature} is not in the prompt`);
    });
  }
  return problems;
}

const isNumbers = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((v) => typeof v === "number");

/** ℝⁿ as bare LaTeX. */
const space = (n: number | undefined): string => (n === 1 ? "\\mathbbR" : `\\mathbbR^${String(n)}`);

/** LaTeX without braces and spaces, so `x_{1}^{2} + x_{2}` and the lesson's `x_1^2 + x_2` compare equal. */
const bare = (latex: string): string => latex.replace(/[{}\s]/g, "");

/** Typesets one formula strictly: undefined when it renders, else the error message. */
export type StrictTypeset = (tex: string, display: boolean) => string | undefined;

/** Every formula of an item (prompt, hints, steps, option labels) that does not typeset. */
export function mathProblems(item: Item, typeset: StrictTypeset): string[] {
  const spec = item.key.spec;
  const labels =
    spec.kind === "choice" ? spec.options : spec.kind === "ordering" ? spec.factors : [];
  const texts = [
    item.prompt,
    ...item.hints,
    ...item.steps.map((s) => s.text),
    ...labels.map((o) => o.label),
  ];
  const formulas: Formula[] = texts.flatMap(formulasOf);
  for (const step of item.steps)
    if (step.latex !== undefined) formulas.push({ tex: step.latex, display: true });
  return formulas.flatMap(({ tex, display }) => {
    const error = typeset(tex, display);
    return error === undefined ? [] : [`${tex}: ${error}`];
  });
}

interface Formula {
  readonly tex: string;
  readonly display: boolean;
}

/** The $$…$$ and $…$ formulas of a Markdown text (items never put a dollar sign in code). */
function formulasOf(markdown: string): Formula[] {
  return markdown.split("$$").flatMap((part, i): Formula[] =>
    i % 2 === 1
      ? [{ tex: part, display: true }]
      : part
          .split("$")
          .filter((_, j) => j % 2 === 1)
          .map((tex) => ({ tex, display: false })),
  );
}
