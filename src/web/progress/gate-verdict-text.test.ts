import { describe, expect, it } from "vitest";
import { gateVerdictText } from "./gate-verdict-text";

describe("gateVerdictText", () => {
  it("says a passed gate passed", () => {
    expect(gateVerdictText({ kind: "passed", unit: 2 })).toBe("Unit 2 gate passed");
  });

  it("names each skill that fell short with its score", () => {
    const text = gateVerdictText({
      kind: "failed",
      unit: 1,
      shortfalls: [
        { skill: "S1", title: "Jacobian", right: 2, needed: 4, estimate: 0.5 },
        { skill: "S2", title: "Shapes", right: 1, needed: 3, estimate: 0.3 },
      ],
    });
    expect(text).toBe("Unit 1 gate not passed yet: Jacobian (2 of 4 right), Shapes (1 of 3 right)");
  });
});
