import type { Random } from "../../../shared";
import type { Difficulty } from "../../generator";
import type { ItemFunction } from "../../item";
import { drawDependent } from "./dependency-bank";

/**
 * A composition x → u = g(x) → y = f(u) with sparse dependencies: `gDeps[k]` lists the inputs
 * uₖ depends on, `fDeps[i]` the intermediates yᵢ depends on (0-based indices).
 */
export interface LayeredMap {
  readonly g: ItemFunction;
  readonly f: ItemFunction;
  readonly gDeps: readonly (readonly number[])[];
  readonly fDeps: readonly (readonly number[])[];
}

/** Which partial ∂yᵢ/∂xⱼ is asked (0-based), and through which intermediates a path is live. */
export interface PathTarget {
  readonly output: number;
  readonly input: number;
  readonly live: readonly number[];
  readonly dead: readonly number[];
}

const DIMENSIONS: Readonly<Record<Difficulty, readonly (readonly [number, number, number])[]>> = {
  1: [[2, 3, 1]],
  2: [
    [3, 3, 1],
    [3, 3, 2],
  ],
  3: [
    [3, 4, 2],
    [4, 3, 2],
    [4, 4, 2],
  ],
};

const indices = (count: number) => Array.from({ length: count }, (_, i) => i);

/** A random subset of 0…count−1 of the given size, in increasing order. */
const subset = (random: Random, count: number, size: number) =>
  random
    .shuffle(indices(count))
    .slice(0, size)
    .sort((a, b) => a - b);

/** Draws a layered map of the difficulty's dimensions; every input feeds at least one uₖ. */
export function drawLayeredMap(random: Random, difficulty: Difficulty): LayeredMap {
  const [n, m, p] = random.pick(DIMENSIONS[difficulty]);
  for (;;) {
    const gDeps = indices(m).map(() => subset(random, n, random.int(1, 2)));
    if (new Set(gDeps.flat()).size < n) continue;
    const fDeps = indices(p).map(() => subset(random, m, random.int(2, Math.min(3, m))));
    const x = indices(n).map((j) => `x${j + 1}`);
    const u = indices(m).map((k) => `u${k + 1}`);
    const pick = (names: readonly string[], deps: readonly number[]) =>
      deps.map((d) => names[d] ?? "");
    return {
      g: {
        name: "g",
        variables: x,
        components: gDeps.map((d) => drawDependent(random, difficulty, pick(x, d))),
      },
      f: {
        name: "f",
        variables: u,
        components: fDeps.map((d) => drawDependent(random, difficulty, pick(u, d))),
      },
      gDeps,
      fDeps,
    };
  }
}

/**
 * A partial to ask about with at least `minLive` live paths and at least one dead candidate
 * (an intermediate that is off the path), or undefined when the map has none.
 */
export function pickTarget(
  random: Random,
  map: LayeredMap,
  minLive: number,
): PathTarget | undefined {
  const targets = map.fDeps.flatMap((uses, output) =>
    map.g.variables.map((_, input) => {
      const live = map.gDeps.flatMap((feeds, k) =>
        feeds.includes(input) && uses.includes(k) ? [k] : [],
      );
      const dead = indices(map.gDeps.length).filter((k) => !live.includes(k));
      return { output, input, live, dead };
    }),
  );
  const usable = targets.filter((t) => t.live.length >= minLive && t.dead.length >= 1);
  return usable.length === 0 ? undefined : random.pick(usable);
}
