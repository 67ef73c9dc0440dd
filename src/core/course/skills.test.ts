import { describe, expect, it } from "vitest";
import { SKILLS, skillById, skillTitle } from "./skills";
import { UNITS } from "./units";

/** The units and skills of seed-skills.md's table, and the prerequisites placement checks. */
const UNIT_SKILLS: Readonly<Record<number, readonly string[]>> = {
  0: ["P1", "P2", "P3", "P4", "P5", "P6"],
  1: ["S1", "S2", "S3"],
  2: ["S4", "S5"],
  3: ["S9"],
  4: ["S6", "S7", "S8", "S12"],
  5: ["S10", "S11", "S14", "S13"],
};

describe("the skills graph", () => {
  it("titles a skill for the learner, and falls back to the id it was given", () => {
    expect(skillTitle("P6")).toBe(skillById("P6")?.title);
    expect(skillTitle("P6")).not.toBe("P6");
    expect(skillTitle("Z9")).toBe("Z9");
  });

  it("lists exactly the skills of each unit", () => {
    for (const [unit, ids] of Object.entries(UNIT_SKILLS)) {
      const listed = SKILLS.filter((skill) => skill.unit === Number(unit)).map((skill) => skill.id);
      expect(listed.sort()).toEqual([...ids].sort());
    }
    expect(SKILLS).toHaveLength(20);
  });

  it("places every skill in a unit that exists", () => {
    const units = new Set(UNITS.map((unit) => unit.unit));
    for (const skill of SKILLS) expect(units.has(skill.unit)).toBe(true);
  });

  it("names only known skills as prerequisites, with weights in (0, 1]", () => {
    for (const skill of SKILLS) {
      for (const { skill: prerequisite, weight } of skill.prerequisites) {
        expect(skillById(prerequisite), `${skill.id} → ${prerequisite}`).toBeDefined();
        expect(weight).toBeGreaterThan(0);
        expect(weight).toBeLessThanOrEqual(1);
      }
    }
  });

  it("lists every skill after its prerequisites, so the graph has no cycle", () => {
    const seen = new Set<string>();
    for (const skill of SKILLS) {
      for (const { skill: prerequisite } of skill.prerequisites)
        expect(seen.has(prerequisite), `${skill.id} needs ${prerequisite} first`).toBe(true);
      seen.add(skill.id);
    }
  });

  it("keeps every prerequisite in the same unit or an earlier one", () => {
    for (const skill of SKILLS) {
      for (const { skill: id } of skill.prerequisites)
        expect(skillById(id)?.unit ?? 99).toBeLessThanOrEqual(skill.unit);
    }
  });

  it("reaches every skill from the placement prerequisites", () => {
    const roots = SKILLS.filter((skill) => skill.prerequisites.length === 0).map(
      (skill) => skill.id,
    );
    expect(roots.every((id) => id.startsWith("P"))).toBe(true);
    const reached = new Set<string>(roots);
    for (const skill of SKILLS) {
      if (skill.prerequisites.some(({ skill: id }) => reached.has(id))) reached.add(skill.id);
    }
    expect([...reached].sort()).toEqual(SKILLS.map((skill) => skill.id).sort());
  });

  it("gives every skill of the course units at least one random item generator", () => {
    const missing = SKILLS.filter((skill) => !skill.generators.some((g) => !g.fixed)).map(
      (s) => s.id,
    );
    expect(missing).toEqual([]);
  });
});
