import { describe, expect, it } from "vitest";
import { EXAMPLE_COMPOSITION, playgroundHref, readPlaygroundQuery } from "./playground-url";

describe("playground URLs", () => {
  it("carries the functions and point through a URL unchanged", () => {
    const text = { g: "[x1 + 2x2, x1 - x2]", f: "u1*e^u2", x: "1, 1" };
    const href = playgroundHref(text);
    expect(href.startsWith("/playground?")).toBe(true);
    expect(readPlaygroundQuery(new URL(href, "http://h").searchParams)).toEqual(text);
  });

  it("escapes characters that mean something in a query, such as + and &", () => {
    const href = playgroundHref({ g: "x1+x2&y", f: "u1", x: "1" });
    expect(href).not.toContain("x1+x2&");
    expect(readPlaygroundQuery(new URL(href, "http://h").searchParams).g).toBe("x1+x2&y");
  });

  it("fills what a URL leaves out from lesson example 1", () => {
    expect(readPlaygroundQuery(new URLSearchParams("x=3"))).toEqual({
      ...EXAMPLE_COMPOSITION,
      x: "3",
    });
  });
});
