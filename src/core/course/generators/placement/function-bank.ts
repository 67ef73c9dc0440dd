import type { Random } from "../../../shared";
import type { Difficulty } from "../../generator";

/** A template for a function's text over the named variables, with a small integer k. */
type Template = (v: readonly string[], k: number) => string;

/**
 * Functions of one variable by difficulty: 1 polynomials, 2 products (the product rule), 3
 * compositions (the chain rule). Every one is defined for x > 0, where items are checked.
 */
const ONE: Readonly<Record<Difficulty, readonly Template[]>> = {
  1: [
    ([x], k) => `${k}*${x}^3 - ${x}^2 + ${k + 1}*${x}`,
    ([x], k) => `${x}^4 - ${k}*${x}`,
    ([x], k) => `${k}*${x}^2 + ${x} - 1`,
  ],
  2: [
    ([x]) => `${x}^2*sin(${x})`,
    ([x]) => `${x}*exp(${x})`,
    ([x], k) => `${k}*${x}*cos(${x})`,
    ([x]) => `${x}^3*log(${x})`,
  ],
  3: [
    ([x], k) => `sin(${k}*${x}^2)`,
    ([x], k) => `exp(${k}*${x} + 1)`,
    ([x]) => `log(1 + ${x}^2)`,
    ([x]) => `cos(${x}^3)`,
    ([x], k) => `(${x}^2 + ${k})^3`,
  ],
};

/** Functions of two or three variables by difficulty, for partial derivatives and gradients. */
const MANY: Readonly<Record<Difficulty, readonly Template[]>> = {
  1: [
    ([x, y], k) => `${x}^2*${y} + ${k}*${y}`,
    ([x, y], k) => `${k}*${x}*${y} - ${y}^2`,
    ([x, y], k) => `${x}^3 + ${k}*${x}*${y}^2`,
  ],
  2: [
    ([x, y]) => `${x}*sin(${y})`,
    ([x, y], k) => `exp(${x})*${y}^2 + ${k}*${x}`,
    ([x, y]) => `${x}^2*cos(${y}) + ${y}`,
  ],
  3: [
    ([x, y, z], k) => `exp(${x}*${y}) + ${k}*${z}^2`,
    ([x, y, z]) => `sin(${x}*${y}*${z})`,
    ([x, y, z]) => `log(1 + ${x}^2 + ${y}^2)*${z}`,
    ([x, y, z], k) => `${x}*exp(${k}*${y}) - ${y}*${z}`,
  ],
};

/** A function of one variable as text in the input syntax. */
export const drawOneVariable = (random: Random, difficulty: Difficulty, x: string): string =>
  random.pick(ONE[difficulty])([x], random.int(2, 4));

/** A function of the given two or three variables as text in the input syntax. */
export const drawManyVariables = (
  random: Random,
  difficulty: Difficulty,
  variables: readonly string[],
): string => random.pick(MANY[difficulty])(variables, random.int(2, 4));
