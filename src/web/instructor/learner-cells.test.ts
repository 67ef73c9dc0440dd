import { describe, expect, it } from "vitest";
import type { ClassLearner } from "../../api";
import { learnerCells } from "./learner-cells";

const learner: ClassLearner = {
  id: "l1",
  name: "Ada",
  passedUnits: [],
  skills: [
    { skill: "S2", estimate: 0.7, mastered: false },
    { skill: "S1", estimate: 0.95, mastered: true },
  ],
  gates: [],
  attempts: 3,
};

describe("learnerCells", () => {
  it("puts each skill under its own column and leaves a gap for a skill with no data", () => {
    const cells = learnerCells([{ id: "S1" }, { id: "S2" }, { id: "S3" }], learner);
    expect(cells).toEqual([
      { skill: "S1", estimate: 0.95, mastered: true },
      { skill: "S2", estimate: 0.7, mastered: false },
      null,
    ]);
  });
});
