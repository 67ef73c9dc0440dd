import type { Random } from "../../../shared";
import type { Difficulty } from "../../generator";

/** A term over one or two variables with its partial derivatives, all in the input syntax. */
interface Term {
  readonly text: string;
  /** ∂/∂u, then ∂/∂v for a term of two variables. */
  readonly partials: readonly string[];
}

type PairTemplate = (u: string, v: string, c: number) => Term;
type SingleTemplate = (u: string, c: number) => Term;

/**
 * Terms of two variables by difficulty: 1 polynomials, 2 products with one transcendental factor,
 * 3 compositions where the one-variable chain rule is needed inside a partial. Each partial is
 * written by hand so that drawing an item does no symbolic work (math.js takes milliseconds per
 * derivative); the verification test checks every one against finite differences. `u` comes
 * before `v` in reading order, so templates come in both roles where the roles differ.
 */
const PAIRS: Readonly<Record<Difficulty, readonly PairTemplate[]>> = {
  1: [
    (u, v, c) => ({ text: `${c}*${u} + ${v}`, partials: [`${c}`, "1"] }),
    (u, v, c) => ({ text: `${u} - ${c}*${v}`, partials: ["1", `-${c}`] }),
    (u, v) => ({ text: `${u}*${v}`, partials: [v, u] }),
    (u, v, c) => ({ text: `${u}^2 + ${c}*${v}`, partials: [`2*${u}`, `${c}`] }),
    (u, v, c) => ({ text: `${c}*${u} - ${v}^2`, partials: [`${c}`, `-2*${v}`] }),
    (u, v) => ({ text: `${u}*${v} + ${v}^2`, partials: [v, `${u} + 2*${v}`] }),
    (u, v, c) => ({
      text: `${u}^2 - ${c}*${u}*${v}`,
      partials: [`2*${u} - ${c}*${v}`, `-${c}*${u}`],
    }),
  ],
  2: [
    (u, v) => ({ text: `${u}^2*${v}`, partials: [`2*${u}*${v}`, `${u}^2`] }),
    (u, v) => ({ text: `${u}*${v}^2 + ${u}`, partials: [`${v}^2 + 1`, `2*${u}*${v}`] }),
    (u, v) => ({ text: `${u} + sin(${v})`, partials: ["1", `cos(${v})`] }),
    (u, v) => ({ text: `sin(${u}) + ${v}`, partials: [`cos(${u})`, "1"] }),
    (u, v) => ({ text: `exp(${u})*${v}`, partials: [`exp(${u})*${v}`, `exp(${u})`] }),
    (u, v) => ({ text: `${u}*exp(${v})`, partials: [`exp(${v})`, `${u}*exp(${v})`] }),
    (u, v, c) => ({
      text: `cos(${u}) - ${c}*${v}^3`,
      partials: [`-sin(${u})`, `-${3 * c}*${v}^2`],
    }),
    (u, v, c) => ({
      text: `${c}*${u}*cos(${v})`,
      partials: [`${c}*cos(${v})`, `-${c}*${u}*sin(${v})`],
    }),
  ],
  3: [
    (u, v) => ({
      text: `sin(${u}*${v})`,
      partials: [`${v}*cos(${u}*${v})`, `${u}*cos(${u}*${v})`],
    }),
    (u, v, c) => ({
      text: `exp(${u} - ${c}*${v})`,
      partials: [`exp(${u} - ${c}*${v})`, `-${c}*exp(${u} - ${c}*${v})`],
    }),
    (u, v) => ({
      text: `${u}*exp(${u}*${v})`,
      partials: [`(1 + ${u}*${v})*exp(${u}*${v})`, `${u}^2*exp(${u}*${v})`],
    }),
    (u, v) => ({ text: `log(1 + ${u}^2) + ${v}`, partials: [`2*${u}/(1 + ${u}^2)`, "1"] }),
    (u, v, c) => ({
      text: `${u}^2*sin(${c}*${v})`,
      partials: [`2*${u}*sin(${c}*${v})`, `${c}*${u}^2*cos(${c}*${v})`],
    }),
    (u, v) => ({
      text: `sqrt(1 + ${u}^2 + ${v}^2)`,
      partials: [`${u}/sqrt(1 + ${u}^2 + ${v}^2)`, `${v}/sqrt(1 + ${u}^2 + ${v}^2)`],
    }),
    (u, v) => ({
      text: `tanh(${u} - ${v})`,
      partials: [`1 - tanh(${u} - ${v})^2`, `tanh(${u} - ${v})^2 - 1`],
    }),
  ],
};

/** Terms of one variable, for maps of a single input, by the same difficulty scale. */
const SINGLES: Readonly<Record<Difficulty, readonly SingleTemplate[]>> = {
  1: [
    (u, c) => ({ text: `${u}^2 + ${c}*${u}`, partials: [`2*${u} + ${c}`] }),
    (u, c) => ({ text: `${c}*${u}^3`, partials: [`${3 * c}*${u}^2`] }),
    (u, c) => ({ text: `${c}*${u} - ${u}^2`, partials: [`${c} - 2*${u}`] }),
  ],
  2: [
    (u) => ({ text: `sin(${u})`, partials: [`cos(${u})`] }),
    (u) => ({ text: `cos(${u})`, partials: [`-sin(${u})`] }),
    (u, c) => ({ text: `exp(${c}*${u})`, partials: [`${c}*exp(${c}*${u})`] }),
    (u) => ({ text: `${u}*exp(${u})`, partials: [`(1 + ${u})*exp(${u})`] }),
  ],
  3: [
    (u) => ({ text: `sin(${u}^2)`, partials: [`2*${u}*cos(${u}^2)`] }),
    (u) => ({ text: `exp(${u}^2)`, partials: [`2*${u}*exp(${u}^2)`] }),
    (u) => ({ text: `log(1 + ${u}^2)`, partials: [`2*${u}/(1 + ${u}^2)`] }),
    (u) => ({ text: `${u}*cos(${u})`, partials: [`cos(${u}) - ${u}*sin(${u})`] }),
  ],
};

/** One component of a map: its text and its partial derivatives, as text in the input syntax. */
export interface Component {
  readonly text: string;
  /** ∂/∂ each variable of the map, in the map's order; "0" where the variable does not occur. */
  readonly partials: readonly string[];
}

/**
 * A component over the given variable indices (one or two of them, in increasing order) of a map
 * whose variables are `variables`. Mostly from the bank of this difficulty, sometimes from the
 * one below, so a hard item still has an easier row to start from.
 */
export function drawComponent(
  random: Random,
  difficulty: Difficulty,
  variables: readonly string[],
  uses: readonly number[],
): Component {
  const level =
    difficulty > 1 && random.int(0, 2) === 0 ? ((difficulty - 1) as Difficulty) : difficulty;
  const c = random.int(2, 4);
  const names = uses.map((index) => nameAt(variables, index));
  const [u = "", v] = names;
  const term =
    v === undefined ? random.pick(SINGLES[level])(u, c) : random.pick(PAIRS[level])(u, v, c);
  const partials = variables.map((_, index) => {
    const position = uses.indexOf(index);
    return position < 0 ? "0" : (term.partials[position] ?? "0");
  });
  return { text: term.text, partials };
}

/** Adds `c·w` for a variable the component does not use yet, so that every input is reached. */
export function withLinearTerm(
  component: Component,
  variables: readonly string[],
  index: number,
  c: number,
): Component {
  const name = nameAt(variables, index);
  if (component.partials[index] !== "0") throw new Error(`The component already uses ${name}`);
  const text = c === 1 ? `${component.text} + ${name}` : `${component.text} + ${c}*${name}`;
  const partials = component.partials.map((partial, j) => (j === index ? `${c}` : partial));
  return { text, partials };
}

function nameAt(variables: readonly string[], index: number): string {
  const name = variables[index];
  if (name === undefined) throw new Error(`No variable at index ${index}`);
  return name;
}
