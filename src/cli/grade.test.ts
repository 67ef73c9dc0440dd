import { describe, expect, it } from "vitest";
import { runGrade } from "./grade";

async function* linesOf(lines: readonly string[]): AsyncIterable<string> {
  yield* lines;
}

/** Runs the verb on in-memory lines and parses what it writes. */
async function grade(...lines: readonly string[]): Promise<unknown[]> {
  const written: string[] = [];
  await runGrade(linesOf(lines), (line) => written.push(line));
  return written.map((line) => JSON.parse(line) as unknown);
}

const line = (request: object) => JSON.stringify(request);

describe("runGrade", () => {
  it.each<[string, object, object]>([
    ["an equivalent pair", { expected: "sin(x)^2 + cos(x)^2", answer: "1" }, { equivalent: true }],
    [
      "the lesson's Exercise 1 unsimplified",
      {
        expected: "[4x1 + x2, x1 + 4x2]",
        answer: "[2(x1+x2) + 2(x1-x2) + x2, 2(x1+x2) - 2(x1-x2) + x1]",
      },
      { equivalent: true },
    ],
    [
      "a different value",
      { expected: "x^2", answer: "2x" },
      { equivalent: false, reason: "value" },
    ],
    [
      "a wrong matrix entry, naming it",
      { expected: "[[1, x], [y, 2]]", answer: "[[1, x], [y, 3]]" },
      { equivalent: false, reason: "value", entry: [1, 1] },
    ],
    [
      "a row where a column is expected, with both shapes",
      { expected: "[a, b]", answer: "[[a, b]]" },
      {
        equivalent: false,
        reason: "shape",
        expectedShape: { rows: 2, cols: 1 },
        actualShape: { rows: 1, cols: 2 },
      },
    ],
    [
      "a row and a column as the same vector when the kind is vector",
      { expected: "[a, b]", answer: "[[a, b]]", kind: "vector" },
      { equivalent: true },
    ],
    ["two equal shapes", { expected: "2x3", answer: "2 by 3" }, { equivalent: true }],
    [
      "two different shapes",
      { expected: "2x3", answer: "3x2" },
      {
        equivalent: false,
        reason: "shape",
        expectedShape: { rows: 2, cols: 3 },
        actualShape: { rows: 3, cols: 2 },
      },
    ],
    [
      "2x3 as an expression when the kind says so",
      { expected: "2x3", answer: "x3 + x3", kind: "expression" },
      { equivalent: true },
    ],
    [
      "an answer undefined almost everywhere",
      { expected: "x", answer: "log(-1 - x^2)" },
      { equivalent: false, reason: "undetermined" },
    ],
    [
      "names declared in vars",
      { expected: "a*b", answer: "b*a", vars: ["a", "b"] },
      { equivalent: true },
    ],
  ])("grades %s", async (_title, request, reply) => {
    const [written] = await grade(line(request));
    expect(written).toMatchObject(reply);
  });

  it.each<[string, string, RegExp]>([
    ["a malformed JSON line, with its number", '{"expected": "x", ', /^line 1: malformed JSON/],
    ["a line that is not an object", "[1, 2]", /^line 1: expected a JSON object/],
    ["a missing answer", line({ expected: "x" }), /^line 1: "answer" must be a string/],
    [
      "a misspelt field",
      line({ expected: "x", answer: "x", var: ["x"] }),
      /^line 1: unknown field "var"/,
    ],
    [
      "a kind that does not exist",
      line({ expected: "x", answer: "x", kind: "set" }),
      /^line 1: "kind" must be one of/,
    ],
    [
      "vars that are not names",
      line({ expected: "x", answer: "x", vars: "x" }),
      /^line 1: "vars" must be a list/,
    ],
    [
      "more variables than can be sampled",
      line({ expected: "a+b+c+d+f+g+h+i+j+k+l+m+n+o+p+q+r", answer: "0" }),
      /^line 1: at most 16 variables/,
    ],
    [
      "the answer's parse error, naming the side",
      line({ expected: "x", answer: "(x+1" }),
      /^answer: unbalanced bracket at 1$/,
    ],
    ["the expected side's parse error", line({ expected: "x +* 2", answer: "x" }), /^expected: /],
    [
      "a variable missing from vars",
      line({ expected: "x", answer: "y", vars: ["x"] }),
      /^answer: y is not a variable/,
    ],
    [
      "a scalar where the kind asks for a vector",
      line({ expected: "[x, 1]", answer: "x", kind: "vector" }),
      /^answer: a vector is expected/,
    ],
    [
      "a matrix where the kind asks for an expression",
      line({ expected: "x", answer: "[x]", kind: "expression" }),
      /^answer: /,
    ],
  ])("reports %s", async (_title, input, message) => {
    const [written] = await grade(input);
    expect((written as { error?: string }).error).toMatch(message);
  });

  it("writes one line per request, skips blank lines and keeps going after an error", async () => {
    const written = await grade(
      line({ expected: "x", answer: "x" }),
      "",
      "   ",
      "oops",
      line({ expected: "1", answer: "2" }),
    );
    expect(written).toEqual([
      { equivalent: true },
      { error: expect.stringMatching(/^line 4: malformed JSON/) as unknown },
      { equivalent: false, reason: "value", point: {} },
    ]);
  });
});
