import { describe, expect, it } from "vitest";
import { checkInputLimits, MAX_BRACKET_DEPTH, MAX_INPUT_LENGTH } from "./input-limits";

describe("checkInputLimits", () => {
  it.each([
    ["x1 + 2", "plain input"],
    ["x".repeat(MAX_INPUT_LENGTH), "input exactly at the length limit"],
    [
      "(".repeat(MAX_BRACKET_DEPTH) + ")".repeat(MAX_BRACKET_DEPTH),
      "brackets exactly at the depth limit",
    ],
    ["x₁² − 2·π × σ(x) ÷ 3 ⋅ yᵀ’", "the unicode operators, sub- and superscripts"],
  ])("accepts %j (%s)", (text) => {
    expect(checkInputLimits(text)).toEqual({ ok: true, value: true });
  });

  it.each([
    ["", "empty", 0],
    [" \n\t", "empty", 0],
    ["x".repeat(MAX_INPUT_LENGTH + 1), "too-long", MAX_INPUT_LENGTH],
    ["x1 ; x2", "bad-character", 3],
    ["x1 < 2", "bad-character", 3],
    ["x1 ! ", "bad-character", 3],
    ["α", "bad-character", 0],
    ["x1\u0000", "bad-character", 2],
    ["(x1]", "unbalanced-bracket", 3],
    ["x1)", "unbalanced-bracket", 2],
    ["[(x1)", "unbalanced-bracket", 0],
    ["(" + "[".repeat(MAX_BRACKET_DEPTH), "too-deep", MAX_BRACKET_DEPTH],
    ["(".repeat(300), "too-deep", MAX_BRACKET_DEPTH],
  ])("rejects %j with %s at %i", (text, code, position) => {
    expect(checkInputLimits(text)).toMatchObject({ ok: false, error: { code, position } });
  });

  it("checks characters before brackets, so the first problem in order of cost is reported", () => {
    expect(checkInputLimits("((x1 = 2")).toMatchObject({
      error: { code: "bad-character", position: 5 },
    });
  });
});
