import { describe, expect, it } from "vitest";
import { gateRecordText, gateSummary } from "./gate-summary";

describe("gateSummary", () => {
  it("counts tries per unit and marks a unit passed once any try passed", () => {
    const records = gateSummary([
      { unit: 2, at: "2026-01-03T00:00:00Z", passed: false },
      { unit: 1, at: "2026-01-01T00:00:00Z", passed: false },
      { unit: 1, at: "2026-01-02T00:00:00Z", passed: true },
    ]);
    expect(records).toEqual([
      { unit: 1, tries: 2, passed: true },
      { unit: 2, tries: 1, passed: false },
    ]);
  });
});

describe("gateRecordText", () => {
  it.each([
    { record: { unit: 2, tries: 2, passed: true }, text: "Unit 2: passed (2 tries)" },
    { record: { unit: 3, tries: 1, passed: false }, text: "Unit 3: not passed (1 try)" },
  ])("says '$text'", ({ record, text }) => {
    expect(gateRecordText(record)).toBe(text);
  });
});
