import { describe, expect, it } from "vitest";
import { GATED_UNITS, graphSkill, prerequisiteReach, unitSkills } from "./skill-graph";
import { id } from "./test-fixtures";

describe("skill graph", () => {
  it("lists the gated units 1 to 5 and each unit's skills", () => {
    expect(GATED_UNITS).toEqual([1, 2, 3, 4, 5]);
    expect(unitSkills(1)).toEqual([id("S1"), id("S2"), id("S3")]);
  });

  it("reaches prerequisites transitively by the strongest, then shortest, path", () => {
    const reach = new Map(prerequisiteReach(id("S5")).map((r) => [r.skill, r]));
    expect(reach.get(id("P3"))).toEqual({ skill: id("P3"), weight: 1, hops: 1 });
    expect(reach.get(id("P1"))).toEqual({ skill: id("P1"), weight: 1, hops: 2 });
  });

  it("throws for a skill outside the graph", () => {
    expect(() => graphSkill(id("S99"))).toThrow(/not in the skills graph/);
  });
});
