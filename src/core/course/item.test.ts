import { describe, expect, it } from "vitest";
import { asSeed, asSkillId } from "../shared";
import { generateItem } from "./generate-item";
import { toPublicItem } from "./item";
import { SKILLS } from "./skills";

describe("toPublicItem", () => {
  it("sends neither seed, solution, mistakes nor steps, for every skill's items", () => {
    for (const skill of SKILLS) {
      const item = toPublicItem(generateItem(skill.id, asSeed(11)));
      expect(Object.keys(item).sort()).toEqual([
        "difficulty",
        "hintCount",
        "prompt",
        "skill",
        "spec",
      ]);
      expect(JSON.stringify(item)).not.toMatch(/solution|mistake|seed/i);
    }
  });

  it("hides the shape of a matrix whose shape the learner must choose", () => {
    for (let seed = 0; seed < 40; seed++) {
      const item = generateItem(asSkillId("S5"), asSeed(seed));
      const spec = toPublicItem(item).spec;
      if (spec.kind === "matrix" && spec.chooseShape) {
        expect(spec).not.toHaveProperty("rows");
        expect(spec).not.toHaveProperty("cols");
        return;
      }
    }
    throw new Error("no S5 item in 40 seeds asked the learner to choose a shape");
  });
});
