import { describe, expect, it } from "vitest";
import { asSeed, createRandom } from "../shared";
import type { Random } from "../shared";
import { MAX_INPUT_LENGTH } from "./input-limits";
import { parseAnswer } from "./parse-answer";
import type { ParseContext } from "./parse-answer";
import { parseShape } from "./parse-shape";
import { toInputSyntax } from "./to-input-syntax";
import { toLatex } from "./to-latex";

const CASES = 24_000;
const ALLOWED = "abcxyz12 0.5e+-*/^()[],_'T −·×²³σπ₁ᵀ\t".split("");
const HOSTILE = [...'=:;<>{}"!?@#$%&|~`\\\u0000\u200b\u202eα∑√∞', "😀", "\ud800", "é", "\u0301"];
const VALID = [
  "2*x1 + 2*x1*x2^2",
  "sin(x2) e^x1",
  "1/2x1 - x2^2",
  "[[x1, 2], [3, x2]]'",
  "[x1, x2]^T",
  "σ(x1)(1 − σ(x1))",
  "sqrt(abs(x1)) + ln(x2)",
  "x_1² · π",
  "tanh(2x1x2)",
];
const HOSTILE_WHOLE = [
  "ones(100000,100000)",
  "zeros(1e9) * x1",
  "1:1e8",
  "x1[1:100000]",
  "A = [1, 2]",
  "f(x) = x",
  "{a: 1}",
  '"text"',
  "x1 ? 1 : 2",
  "5 cm to inch",
  "import(x1)",
  'evaluate("1")',
  "x1.constructor",
  "[1,2][1]",
  "1e308 * 10",
  "9".repeat(390),
  "0x" + "f".repeat(100),
  "x1 mod 0",
  "not x1 and x2",
  "constructor(x1)",
  "__proto__(x1) + toString(x1)",
];

const context = (random: Random): ParseContext => ({
  variables: ["x1", "x2", "x", "y"],
  allowMatrices: random.next() < 0.5,
});

const pickString = (random: Random, chars: readonly string[], length: number): string =>
  Array.from({ length }, () => random.pick(chars)).join("");

function mutate(random: Random, text: string): string {
  let result = text;
  for (let edits = random.int(1, 4); edits > 0; edits--) {
    const at = random.int(0, result.length);
    const char = random.pick(random.next() < 0.8 ? ALLOWED : HOSTILE);
    const kind = random.int(0, 3);
    if (kind === 0) result = result.slice(0, at) + char + result.slice(at);
    else if (kind === 1) result = result.slice(0, at) + result.slice(at + 1);
    else if (kind === 2) result = result.slice(0, at) + char + result.slice(at + 1);
    else
      result =
        result.slice(0, at) + result.slice(at, at + random.int(1, 12)).repeat(random.int(2, 40));
  }
  return result;
}

/** One fuzz input from a family picked at random: noise, nesting, numbers, names, mutations, attacks. */
function fuzzInput(random: Random): string {
  const nest = random.int(0, 60);
  switch (random.int(0, 8)) {
    case 0:
      return pickString(random, ALLOWED, random.int(0, 80));
    case 1:
      return pickString(random, [...ALLOWED, ...HOSTILE], random.int(0, 40));
    case 2:
      return (
        random.pick(["(", "[", "sin(", "[[", "-("]).repeat(nest) +
        "x1" +
        random.pick([")", "]"]).repeat(random.int(0, 60))
      );
    case 3:
      return (
        random.pick(["1e", "9e", "x1^1e", "1e-", "2^2^2^"]) +
        random.int(0, 400) +
        random.pick(["", "*x1", "^99"])
      );
    case 4:
      return (
        pickString(random, "abcdefghijklmnopqrstuvwxyz_0123456789".split(""), random.int(1, 450)) +
        random.pick(["", "(x1)", "(1,2)"])
      );
    case 5:
      return (
        random
          .pick(["x1+", "x1x2", "[1,", "x1^", "-", "((x1))*", "[[1,2],"])
          .repeat(random.int(1, 200)) + "x1"
      );
    case 6:
      return mutate(random, random.pick(HOSTILE_WHOLE));
    default:
      return mutate(random, random.pick(VALID));
  }
}

function timed<T>(run: () => T): [T, number] {
  const started = performance.now();
  const result = run();
  return [result, performance.now() - started];
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

describe("parseAnswer under fuzzing", () => {
  it(`never throws, places every error inside the text and stays fast over ${CASES} hostile inputs`, () => {
    const random = createRandom(asSeed(20_240_611));
    const times: number[] = [];
    let accepted = 0;
    for (let i = 0; i < CASES; i++) {
      const text = fuzzInput(random);
      const ctx = context(random);
      const [result, elapsed] = timed(() => parseAnswer(text, ctx));
      // A garbage-collection pause can land on any call; a slow input is slow on a second try too.
      times.push(elapsed > 5 ? Math.min(elapsed, timed(() => parseAnswer(text, ctx))[1]) : elapsed);
      expect(() => parseShape(text), text).not.toThrow();
      if (result.ok) {
        accepted++;
        expect(text.length).toBeLessThanOrEqual(MAX_INPUT_LENGTH);
        // Printing spells out implicit products, so a long answer may print past the limit.
        const printed = toInputSyntax(result.value);
        if (printed.length <= MAX_INPUT_LENGTH)
          expect(parseAnswer(printed, ctx), text).toEqual(result);
        expect(toLatex(result.value)).not.toBe("");
      } else {
        // An error at text.length means "the input stops too early": the caret sits at the end.
        expect(result.error.position, text).toBeGreaterThanOrEqual(0);
        expect(result.error.position, text).toBeLessThanOrEqual(text.length);
        expect(result.error.message.length, text).toBeGreaterThan(0);
      }
    }
    times.sort((a, b) => a - b);
    const max = times[times.length - 1] ?? 0;
    console.info(
      `parse fuzz: ${CASES} inputs, ${accepted} accepted, p50 ${percentile(times, 0.5).toFixed(3)} ms, ` +
        `p99 ${percentile(times, 0.99).toFixed(3)} ms, max ${max.toFixed(3)} ms`,
    );
    expect(accepted).toBeGreaterThan(CASES / 50);
    expect(max).toBeLessThan(50);
  }, 60_000);

  it.each(["ones(100000,100000)", "1:1e8", "x1 + zeros(1e9)", "[1,2][1:1e8]"])(
    "rejects %j in well under a millisecond",
    (text) => {
      const context = { variables: ["x1"], allowMatrices: true };
      for (let i = 0; i < 20; i++) parseAnswer(text, context);
      const fastest = Math.min(
        ...Array.from({ length: 20 }, () => timed(() => parseAnswer(text, context))[1]),
      );
      expect(parseAnswer(text, context).ok).toBe(false);
      expect(fastest).toBeLessThan(0.5);
    },
  );
});
