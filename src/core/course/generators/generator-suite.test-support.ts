import katex from "katex";
import { describe, expect, it } from "vitest";
import { asSeed, asSkillId } from "../../shared";
import { generateItem, type Item } from "..";
import { gradingProblems } from "../verify";
import type { Difficulty, Generator } from "../generator";
import { mathProblems, promptProblems } from "./unit-1/item-checks";

/** Generous: each case draws and grades 510 items on a shared 2-core machine. */
const TIMEOUT_MS = 60_000;
/** Seeds per random generator, spread evenly over the three difficulties. */
const SEEDS = 510;
/** Typesetting is slow; the first seeds already cover every template's LaTeX. */
const TYPESET_SEEDS = 60;

const typeset = (tex: string, display: boolean): string | undefined => {
  try {
    katex.renderToString(tex, { displayMode: display, throwOnError: true, strict: "error" });
    return undefined;
  } catch (error) {
    return String(error);
  }
};

/**
 * The checks every generator of a unit passes over many seeds: the answer agrees with the item's
 * own data (`checkAgainstData`, which recomputes it another way), the key grades its solution
 * right and its mistakes as themselves, the prompt shows the data, the LaTeX typesets, there are
 * hints and a mistake to diagnose, and the same seed draws the same item.
 */
export function describeGenerators(
  unit: string,
  generators: Readonly<Record<string, readonly Generator[]>>,
  checkAgainstData: (item: Item) => void,
): void {
  const cases = Object.entries(generators).flatMap(([skill, list]) =>
    list.map((generator) => ({ skill, generator })),
  );
  describe(`${unit} generators`, () => {
    it.each(cases)(
      "$skill $generator.id: answers agree with the data, grade and diagnose as keyed",
      ({ skill, generator }) => {
        const count = generator.fixed ? 1 : SEEDS;
        for (let seed = 0; seed < count; seed++) {
          const difficulty = ((seed % 3) + 1) as Difficulty;
          const item = generateItem(asSkillId(skill), asSeed(seed), {
            difficulty,
            generator: generator.id,
          });
          checkAgainstData(item);
          expect(gradingProblems(item.key, item.seed), `seed ${seed}`).toEqual([]);
          expect(promptProblems(item), `seed ${seed}`).toEqual([]);
          if (seed < TYPESET_SEEDS) expect(mathProblems(item, typeset), `seed ${seed}`).toEqual([]);
          expect(item.hints.length).toBeGreaterThanOrEqual(2);
          expect(item.key.mistakes.length, `seed ${seed} diagnoses nothing`).toBeGreaterThan(0);
        }
      },
      TIMEOUT_MS,
    );

    it.each(cases.filter((c) => !c.generator.fixed))(
      "$generator.id draws the same item from the same seed",
      ({ skill, generator }) => {
        const draw = () =>
          generateItem(asSkillId(skill), asSeed(99), { difficulty: 3, generator: generator.id });
        expect(draw()).toEqual(draw());
      },
    );
  });
}
