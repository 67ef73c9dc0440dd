import type { Random } from "../../../shared";
import type { Difficulty } from "../../generator";

/** A variable of a drawn component with its value at the item's point. */
export interface PointVariable {
  readonly name: string;
  readonly at: number;
}

/** The variable shifted so that it is 0 at the point: `(x2 - 1)`, or `x2` when it already is. */
const centred = (v: PointVariable): string => {
  if (v.at === 0) return v.name;
  return v.at > 0 ? `(${v.name} - ${v.at})` : `(${v.name} + ${-v.at})`;
};

/**
 * Templates for one scalar term over two variables, by difficulty: 1 polynomials, 2 products
 * with one transcendental factor, 3 compositions (the chain rule of one variable inside a
 * partial). Every transcendental's argument is centred on the point, so that at the point it is
 * 0 and sin, cos, exp, tanh and σ take the friendly values 0, 1, 1, 0 and ½ there.
 */
type Template = (a: PointVariable, b: PointVariable, c: number) => string;

const BANK: Readonly<Record<Difficulty, readonly Template[]>> = {
  1: [
    (a, b, c) => `${c}*${a.name} + ${b.name}`,
    (a, b) => `${a.name}*${b.name}`,
    (a, b, c) => `${a.name}^2 + ${c}*${b.name}`,
    (a, b) => `${a.name}^2 - ${a.name}*${b.name}`,
    (a, b, c) => `${a.name}*${b.name} - ${c}*${b.name}`,
    (a, b, c) => `${a.name} - ${c}*${b.name}^2`,
  ],
  2: [
    (a, b) => `${a.name}^2*${b.name}`,
    (a, b) => `${a.name} + sin(${centred(b)})`,
    (a, b) => `exp(${centred(a)})*${b.name}`,
    (a, b, c) => `${c}*${a.name}*cos(${centred(b)})`,
    (a, b) => `${a.name}*${b.name}^2`,
    (a, b, c) => `${a.name}*${b.name} + ${c}*sin(${centred(a)})`,
  ],
  3: [
    (a, b) => `sin(${centred(a)}*${b.name}) + ${b.name}`,
    (a, b, c) => `exp(${centred(a)} + ${c}*${centred(b)})`,
    (a, b) => `${a.name}*exp(${centred(a)}*${b.name})`,
    (a, b) => `tanh(${centred(a)}) + ${b.name}^2`,
    (a, b, c) => `${c}*${a.name}*sigma(${centred(b)})`,
    (a, b) => `${a.name}^2*cos(${centred(b)}) - ${b.name}`,
  ],
};

/** One term's text in the input syntax over two distinct variables, in a random role each. */
function drawTerm(
  random: Random,
  difficulty: Difficulty,
  pair: readonly [PointVariable, PointVariable],
): string {
  const template = random.pick(BANK[difficulty]);
  const [a, b] = random.shuffle(pair) as [PointVariable, PointVariable];
  return template(a, b, random.int(2, 3));
}

/**
 * A scalar function of all the variables (two or more): one term per consecutive pair, so every
 * variable appears, the odd one out paired with a random other.
 */
export function drawScalar(
  random: Random,
  difficulty: Difficulty,
  variables: readonly PointVariable[],
): string {
  const terms: string[] = [];
  for (let i = 0; i < variables.length; i += 2) {
    const first = variables[i] as PointVariable;
    const others = variables.filter((v) => v !== first);
    const second = variables[i + 1] ?? random.pick(others);
    terms.push(drawTerm(random, difficulty, [first, second]));
  }
  return terms.join(" + ");
}

/**
 * A map's components, each a term over a pair of the variables (two or more). The pairs walk
 * through a shuffled list, so every variable appears once there are enough components.
 */
export function drawComponents(
  random: Random,
  difficulty: Difficulty,
  variables: readonly PointVariable[],
  count: number,
): string[] {
  const order = random.shuffle(variables);
  const at = (i: number) => order[i % order.length] as PointVariable;
  return Array.from({ length: count }, (_, k) =>
    drawTerm(random, difficulty, [at(2 * k), at(2 * k + 1)]),
  );
}
