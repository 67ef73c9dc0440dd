import { describe, expect, it } from "vitest";
import { binary, call, num, variable } from "./expr";
import { substitute } from "./substitute";

const u1 = variable("u1");
const u2 = variable("u2");
const x1 = variable("x1");

describe("substitute", () => {
  it("puts g(x) in place of u in an outer derivative", () => {
    const outer = binary("*", num(2), u1);
    const g1 = binary("+", binary("^", x1, num(2)), variable("x2"));
    expect(substitute(outer, { u1: g1 })).toEqual(binary("*", num(2), g1));
  });

  it("substitutes all bindings at once, not into each other", () => {
    const swapped = substitute(binary("-", u1, u2), { u1: u2, u2: u1 });
    expect(swapped).toEqual(binary("-", u2, u1));
  });

  it("reaches inside function calls and leaves unbound variables alone", () => {
    const expr = call("sin", binary("*", u1, x1));
    expect(substitute(expr, { u1: num(3) })).toEqual(call("sin", binary("*", num(3), x1)));
  });

  it("does not treat inherited object properties as bindings", () => {
    const toString = variable("toString");
    expect(substitute(toString, {})).toEqual(toString);
  });
});
