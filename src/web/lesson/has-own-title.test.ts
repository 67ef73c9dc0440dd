import { describe, expect, it } from "vitest";
import { hasOwnTitle } from "./has-own-title";

describe("hasOwnTitle", () => {
  it.each([
    ["# The chain rule\n\nText.", true],
    ["\n\n# After blank lines", true],
    ["## A section first", false],
    ["Text, then\n# a title", false],
    ["#hashtag", false],
  ])("reads %j as titled: %s", (markdown, expected) => {
    expect(hasOwnTitle(markdown)).toBe(expected);
  });
});
