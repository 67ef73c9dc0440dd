import type { Random } from "../../../shared";
import { substitute, variable, type Expr } from "../../../math";
import type { Difficulty } from "../../generator";
import { drawMap, type DrawnMap } from "../unit-1/draw-map";
import { definitionLatex } from "../unit-1/map-latex";

/** A chain x ↦ u = g(x) ↦ y = f(u), each drawn with its Jacobian. */
export interface DrawnComposition {
  /** g over x1 … xn (or t when n = 1). */
  readonly inner: DrawnMap;
  /** f over u1 … um (or u when m = 1). */
  readonly outer: DrawnMap;
}

/** Variable names of a space: the bare letter in one dimension, else indexed. */
export const namesOf = (letter: string, n: number): string[] =>
  n === 1 ? [letter] : Array.from({ length: n }, (_, j) => `${letter}${j + 1}`);

/** g: ℝⁿ → ℝᵐ over x (t for a curve) and f: ℝᵐ → ℝᵖ over u. */
export function drawComposition(
  random: Random,
  difficulty: Difficulty,
  n: number,
  m: number,
  p: number,
): DrawnComposition {
  const inner = drawMap(random, difficulty, n === 1 ? ["t"] : namesOf("x", n), m);
  const outer = drawMap(random, difficulty, namesOf("u", m), p);
  return { inner, outer };
}

/** Df(g(x)): the outer Jacobian with u replaced by g's components. */
export function outerAtInner({ inner, outer }: DrawnComposition): Expr[][] {
  const bindings = Object.fromEntries(
    outer.variables.map((name, k) => [name, inner.components[k] as Expr]),
  );
  return outer.jacobian.map((row) => row.map((entry) => substitute(entry, bindings)));
}

/** Df(x): the outer Jacobian with u renamed to x, mistake M5's factor (only when m = n). */
export function outerAtInput({ inner, outer }: DrawnComposition): Expr[][] {
  if (inner.variables.length !== outer.variables.length) throw new Error("Df(x) needs m = n");
  const bindings = Object.fromEntries(
    outer.variables.map((name, k) => [name, variable(inner.variables[k] ?? "")]),
  );
  return outer.jacobian.map((row) => row.map((entry) => substitute(entry, bindings)));
}

/** Both functions as item data, g first. */
export function compositionFunctions({ inner, outer }: DrawnComposition) {
  return [
    { name: "g", variables: [...inner.variables], components: [...inner.texts] },
    { name: "f", variables: [...outer.variables], components: [...outer.texts] },
  ];
}

/** The display definitions of g and f for a prompt. */
export function definitionsLatex({ inner, outer }: DrawnComposition): string {
  return (
    `$$${definitionLatex("g", inner.variables, inner.components)},\\qquad ` +
    `${definitionLatex("f", outer.variables, outer.components)}.$$`
  );
}
