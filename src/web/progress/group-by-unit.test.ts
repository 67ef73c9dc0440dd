import { describe, expect, it } from "vitest";
import { groupByUnit } from "./group-by-unit";

describe("groupByUnit", () => {
  it("sorts units ascending and keeps each unit's own order", () => {
    const groups = groupByUnit([
      { id: "S3", unit: 2 },
      { id: "S1", unit: 1 },
      { id: "S4", unit: 2 },
      { id: "P1", unit: 0 },
    ]);
    expect(groups.map((g) => [g.unit, g.members.map((m) => m.id)])).toEqual([
      [0, ["P1"]],
      [1, ["S1"]],
      [2, ["S3", "S4"]],
    ]);
  });

  it("gives no groups for nothing", () => {
    expect(groupByUnit([])).toEqual([]);
  });
});
