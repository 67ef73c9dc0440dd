import { describe, expect, it } from "vitest";
import type { CourseReply } from "../../api";
import { lessonsForSkill } from "./lessons-for-skill";

const course: CourseReply = {
  units: [
    { unit: 0, title: "Placement", lessons: [], skills: [{ id: "P1", title: "Partials" }] },
    {
      unit: 1,
      title: "Derivative as a linear map",
      lessons: [{ id: "u1-jacobian", unit: 1, title: "The Jacobian" }],
      skills: [{ id: "S1", title: "Jacobian entries" }],
    },
  ],
};

describe("lessonsForSkill", () => {
  it.each([
    ["S1", ["u1-jacobian"]],
    ["P1", []],
    ["S99", []],
  ])("gives %s the lessons %j of its unit", (skill, ids) => {
    expect(lessonsForSkill(course, skill).map((l) => l.id)).toEqual(ids);
  });
});
