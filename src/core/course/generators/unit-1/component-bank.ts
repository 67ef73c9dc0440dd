import type { Random } from "../../shared";
import type { Difficulty } from "../generator";

/**
 * Templates for one component of a map over two variables `u` and `v` (the caller decides which
 * of x1, x2 each one is), by difficulty: 1 polynomials, 2 products with one transcendental
 * factor, 3 compositions where the chain rule of one variable is needed inside a partial.
 */
type Template = (u: string, v: string, c: number) => string;

const BANK: Readonly<Record<Difficulty, readonly Template[]>> = {
  1: [
    (u, v, c) => `${c}*${u} + ${v}`,
    (u, v) => `${u}*${v}`,
    (u, v, c) => `${u}^2 + ${c}*${v}`,
    (u, v, c) => `${u}^2 - ${c}*${u}*${v}`,
    (u, v) => `${u}*${v} + ${v}^2`,
  ],
  2: [
    (u, v) => `${u}^2*${v}`,
    (u, v) => `${u} + sin(${v})`,
    (u, v) => `exp(${u})*${v}`,
    (u, v, c) => `cos(${u}) - ${c}*${v}^3`,
    (u, v) => `${u}*${v}^2 + ${u}`,
    (u, v, c) => `${c}*${u}*cos(${v})`,
  ],
  3: [
    (u, v) => `sin(${u}*${v})`,
    (u, v, c) => `exp(${u} + ${c}*${v})`,
    (u, v) => `${u}*exp(${u}*${v})`,
    (u, v) => `log(1 + ${u}^2) + ${v}`,
    (u, v, c) => `${u}^2*sin(${c}*${v})`,
    (u, v) => `sqrt(1 + ${u}^2 + ${v}^2)`,
  ],
};

/** One component's text in the input syntax, over the two named variables. */
export function drawComponent(
  random: Random,
  difficulty: Difficulty,
  variables: readonly [string, string],
): string {
  const template = random.pick(BANK[difficulty]);
  const [u, v] = random.shuffle(variables) as [string, string];
  return template(u, v, random.int(2, 4));
}
