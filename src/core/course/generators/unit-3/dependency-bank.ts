import type { Random } from "../../../shared";
import type { Difficulty } from "../../generator";

/**
 * Templates for a component that depends on exactly the variables it is handed (one or two), by
 * difficulty: 1 polynomials, 2 with one transcendental factor, 3 compositions. Every template
 * truly depends on each of its variables, so the dependency graph can be read off the text.
 */
type One = (a: string, c: number) => string;
type Two = (a: string, b: string, c: number) => string;

const ONE: Readonly<Record<Difficulty, readonly One[]>> = {
  1: [(a) => `${a}^2`, (a, c) => `${c}*${a}`, (a, c) => `${a}^2 - ${c}*${a}`],
  2: [(a) => `sin(${a})`, (a) => `exp(${a})`, (a, c) => `${c}*${a}^3`],
  3: [(a) => `log(1 + ${a}^2)`, (a) => `tanh(${a})`, (a, c) => `cos(${c}*${a})`],
};

const TWO: Readonly<Record<Difficulty, readonly Two[]>> = {
  1: [
    (a, b) => `${a}*${b}`,
    (a, b) => `${a} + ${b}`,
    (a, b, c) => `${a} - ${c}*${b}`,
    (a, b) => `${a}^2 + ${b}`,
  ],
  2: [
    (a, b) => `${a}*sin(${b})`,
    (a, b) => `exp(${a})*${b}`,
    (a, b) => `${a}^2*${b}`,
    (a, b, c) => `${a}*${b} + ${c}*cos(${b})`,
  ],
  3: [
    (a, b) => `sin(${a}*${b})`,
    (a, b) => `${a}*exp(${b})`,
    (a, b) => `log(1 + ${a}^2) + ${a}*${b}`,
    (a, b, c) => `exp(${a} - ${c}*${b})`,
  ],
};

/** Templates of this difficulty or below, so harder items still mix in plain terms. */
const upTo = <T>(bank: Readonly<Record<Difficulty, readonly T[]>>, difficulty: Difficulty) =>
  ([1, 2, 3] as const).filter((d) => d <= difficulty).flatMap((d) => bank[d]);

/**
 * A component over exactly the given variables (one to three), in the input syntax: three are
 * written as a two-variable term plus a one-variable term.
 */
export function drawDependent(
  random: Random,
  difficulty: Difficulty,
  variables: readonly string[],
): string {
  const [a, b, c] = random.shuffle(variables);
  const k = random.int(2, 3);
  if (a === undefined) throw new Error("drawDependent needs at least one variable");
  const first = random.pick(difficulty === 1 ? ONE[1] : upTo(ONE, difficulty));
  if (b === undefined) return first(a, k);
  const pair = random.pick(upTo(TWO, difficulty))(a, b, k);
  return c === undefined ? pair : `${pair} + ${first(c, k)}`;
}
