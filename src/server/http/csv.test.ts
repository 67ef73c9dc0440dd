import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  it("quotes cells with commas, quotes and line breaks, doubling quotes", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          ["x,y", 'say "hi"'],
          ["line\nbreak", 3],
        ],
      ),
    ).toBe('a,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",3\r\n');
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    expect(toCsv(["name"], [["=HYPERLINK(1)"], ["+1"], ["-2"], ["@x"]])).toBe(
      "name\r\n'=HYPERLINK(1)\r\n'+1\r\n'-2\r\n'@x\r\n",
    );
  });

  it("writes null as an empty cell and numbers and booleans as text", () => {
    expect(toCsv(["a", "b", "c"], [[null, -0.5, true]])).toBe("a,b,c\r\n,-0.5,true\r\n");
  });
});
