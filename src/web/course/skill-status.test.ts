import { describe, expect, it } from "vitest";
import type { SkillStatus, UnitProgress } from "../../api";
import { skillStatusLook, unitStatusLook } from "./skill-status";

describe("skillStatusLook", () => {
  it.each<[SkillStatus, string, string, string]>([
    ["locked", "Locked", "Locked", "status-locked"],
    ["open", "Open", "Open", "status-open"],
    ["learning", "Learning", "Learning", "status-learning"],
    ["mastered", "Mastered", "Mastered", "status-mastered"],
    ["due", "Due for review", "Due", "status-due"],
  ])("labels a %s skill %j with its own colour class", (status, label, short, tone) => {
    expect(skillStatusLook(status)).toEqual({ label, short, tone });
  });
});

describe("unitStatusLook", () => {
  const unit = (status: UnitProgress["status"], gateOpen: boolean): UnitProgress => ({
    unit: 1,
    title: "Derivative as a linear map",
    status,
    gateOpen,
    note: "",
  });

  it.each<[UnitProgress["status"], boolean, string]>([
    ["locked", false, "Locked"],
    ["open", false, "Open"],
    ["open", true, "Gate open"],
    ["passed", false, "Gate passed"],
  ])("labels a %s unit (gate open: %s) %j", (status, gateOpen, label) => {
    expect(unitStatusLook(unit(status, gateOpen)).label).toBe(label);
  });
});
