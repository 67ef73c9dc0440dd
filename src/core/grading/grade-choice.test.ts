import { describe, expect, it } from "vitest";
import { asSeed } from "../shared";
import type { SpecOf } from "./answer-kinds";
import { choiceGrader } from "./grade-choice";

const spec: SpecOf<"choice"> = {
  kind: "choice",
  options: [
    { id: "a", label: "$Df(g(x))\\,Dg(x)$" },
    { id: "b", label: "$Dg(x)\\,Df(g(x))$" },
  ],
};

function grade(choice: string) {
  const read = choiceGrader.read(spec, { kind: "choice", choice });
  if (!read.ok) return { invalid: read.error.map((e) => e.error.code) };
  return choiceGrader.compare("a", read.value, spec, asSeed(1));
}

describe("choiceGrader", () => {
  it.each<[string, string, object]>([
    ["the solution's option is the same", "a", { kind: "same" }],
    ["another option differs", "b", { kind: "different" }],
    ["an option id the item does not have is invalid", "c", { invalid: ["not-allowed"] }],
    ["an id that differs only in case is invalid", "A", { invalid: ["not-allowed"] }],
    ["a very long id is invalid", "a".repeat(100_000), { invalid: ["not-allowed"] }],
    ["no choice is invalid", "", { invalid: ["empty"] }],
  ])("%s", (_title, choice, expected) => {
    expect(grade(choice)).toEqual(expected);
  });
});
