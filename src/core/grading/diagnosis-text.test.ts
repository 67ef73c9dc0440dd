import { describe, expect, it } from "vitest";
import { diagnosisText } from "./diagnosis-text";
import { MISTAKE_IDS, MISTAKES } from "./mistakes";

describe("diagnosisText", () => {
  it("says nothing when no mistake matches", () => {
    expect(diagnosisText([])).toBeUndefined();
  });

  it.each(MISTAKE_IDS)("gives the name and the fix of %s", (id) => {
    expect(diagnosisText([id])).toBe(`${MISTAKES[id].name} ${MISTAKES[id].fix}`);
  });

  it("says honestly that two mistakes give the same answer, with both fixes", () => {
    expect(diagnosisText(["M5", "M6"])).toBe(
      "This is what both “a derivative evaluated at the wrong point” and “σ(a) in place of σ′(a)” give, " +
        `so check which one you made. ${MISTAKES.M5.fix} ${MISTAKES.M6.fix}`,
    );
  });

  it("lists three tied mistakes in one sentence", () => {
    expect(diagnosisText(["M1", "M2a", "M4"])).toMatch(
      /^This is what “factors in the wrong order”, “the Jacobian laid out transposed” and “a path missing or added in the path sum” all give/,
    );
  });
});
