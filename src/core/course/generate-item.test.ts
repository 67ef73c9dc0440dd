import { describe, expect, it } from "vitest";
import { answerText } from "../grading";
import { asSeed, asSkillId } from "../shared";
import { generateItem, resolveChoice } from "./generate-item";
import { asDifficulty } from "./generator";
import { SKILLS } from "./skills";

const withGenerators = SKILLS.filter((skill) => skill.generators.some((g) => !g.fixed));

describe("generateItem", () => {
  it.each(withGenerators.map((s) => s.id))(
    "regenerates the same %s item from its seed and the choice it got",
    (skill) => {
      for (let seed = 1; seed <= 12; seed++) {
        const first = generateItem(skill, asSeed(seed));
        const again = generateItem(skill, asSeed(seed), {
          generator: first.generator,
          difficulty: asDifficulty(first.difficulty),
        });
        expect(again.prompt).toBe(first.prompt);
        expect(answerText(again.key.kind, again.key.solution)).toBe(
          answerText(first.key.kind, first.key.solution),
        );
      }
    },
  );

  it("resolves the choice the seed makes, and keeps the one given", () => {
    const item = generateItem(asSkillId("S1"), asSeed(5));
    expect(resolveChoice(asSkillId("S1"), asSeed(5))).toEqual({
      generator: item.generator,
      difficulty: item.difficulty,
    });
    expect(resolveChoice(asSkillId("S1"), asSeed(5), { difficulty: 3 }).difficulty).toBe(3);
  });

  it("throws for a generator the skill does not have", () => {
    expect(() => generateItem(asSkillId("S1"), asSeed(1), { generator: "no-such" })).toThrow(
      "No generator no-such",
    );
  });
});
