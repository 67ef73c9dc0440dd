/**
 * `npm run bench`: how fast the grader checks answers, in one warm process. Each check is what
 * the server does per submission: parse the learner's text (limits, whitelist), then compare with
 * the solution at the sample points. Prints figures; it asserts nothing.
 */
import { gradeAnswer } from "../src/core/grading";
import type { AnswerKey, Submission } from "../src/core/grading";
import { checkEquivalent, parseAnswer } from "../src/core/math";
import type { MathValue } from "../src/core/math";
import { asSeed } from "../src/core/shared";

const variables = ["x1", "x2", "x3"];

/** Solution and learner answer, as typed: equivalent, wrong and unsimplified forms mixed. */
const SCALAR_PAIRS: readonly (readonly [string, string])[] = [
  ["2*x1 + 2*x1*x2^2", "2x1(1 + x2^2)"],
  ["1 + 2*x1^2*x2", "1 + 2x1^2 x2"],
  ["2*x1*x2*x3", "x3^2*0 + x1*x2*2x3"],
  ["x1^2*cos(x2)", "cos(x2)*x1*x1"],
  ["2*x1*sin(x2)", "2x1 cos(x2)"],
  ["sigma(x1)*(1 - sigma(x1))", "exp(-x1)/(1 + exp(-x1))^2"],
  ["1 - tanh(x1)^2", "1 - tanh(x1)"],
  ["exp(x1 + x2)", "exp(x1)*exp(x2)"],
  ["log(x1^2 + 1)", "log(x1^2 + 1)"],
  ["4*x1 + x2", "2(x1 + x2) + 2(x1 - x2) + x2"],
  ["(x1 + 1)^2 - x1^2 - 2*x1", "1"],
  ["sin(x1)^2 + cos(x1)^2", "1"],
];

const MATRIX_PAIRS: readonly (readonly [string, string[][]])[] = [
  [
    "[[2*x1, 1, 0], [x2, x1, 0], [0, 0, 2*x3]]",
    [
      ["x1 + x1", "1", "0"],
      ["x2", "x1", "0"],
      ["0", "0", "2x3"],
    ],
  ],
  [
    "[[cos(x1), 0, 0], [0, exp(x2), 0], [x3, x2, x1]]",
    [
      ["cos(x1)", "0", "0"],
      ["0", "e^x2", "0"],
      ["x3", "x2", "x1*x1"],
    ],
  ],
];

function solution(text: string): MathValue {
  const parsed = parseAnswer(text, { variables, allowMatrices: true });
  if (!parsed.ok)
    throw new Error(`bench solution "${text}" does not parse: ${parsed.error.message}`);
  return parsed.value;
}

interface Check {
  readonly key: AnswerKey;
  readonly submission: Submission;
}

function scalarSolution(text: string) {
  const value = solution(text);
  if (value.kind !== "scalar") throw new Error(`bench solution "${text}" is not a scalar`);
  return value.expr;
}

function matrixSolution(text: string) {
  const value = solution(text);
  if (value.kind !== "matrix") throw new Error(`bench solution "${text}" is not a matrix`);
  return value.rows;
}

const scalarChecks: readonly Check[] = SCALAR_PAIRS.map(([expected, text]) => ({
  key: {
    kind: "expression",
    spec: { kind: "expression", variables },
    solution: scalarSolution(expected),
    mistakes: [],
  },
  submission: { kind: "expression", text },
}));

const matrixChecks: readonly Check[] = MATRIX_PAIRS.map(([expected, cells]) => ({
  key: {
    kind: "matrix",
    spec: { kind: "matrix", rows: 3, cols: 3, variables, chooseShape: false },
    solution: matrixSolution(expected),
    mistakes: [],
  },
  submission: { kind: "matrix", cells },
}));

/** Runs `count` calls of `run` after a warm-up, timing each one, and prints the figures. */
function measure(label: string, count: number, run: (i: number) => unknown): void {
  for (let i = 0; i < Math.min(count, 20_000); i++) run(i);
  const micros = new Float64Array(count);
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) {
    const t0 = process.hrtime.bigint();
    run(i);
    micros[i] = Number(process.hrtime.bigint() - t0) / 1000;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  // CPU time as well: on a shared machine other processes stretch the wall clock, not this.
  const { user, system } = process.cpuUsage(cpu);
  const cpuSeconds = (user + system) / 1e6;
  micros.sort();
  const at = (q: number) => (micros[Math.min(count - 1, Math.floor(q * count))] ?? NaN).toFixed(1);
  const rate = (time: number) =>
    Math.round(count / time)
      .toLocaleString("en-US")
      .padStart(8);
  console.log(
    `${label.padEnd(40)} ${rate(seconds)}/s (${rate(cpuSeconds)}/s of CPU)` +
      `   p50 ${at(0.5).padStart(6)} µs   p99 ${at(0.99).padStart(6)} µs`,
  );
}

/** Grades the checks round-robin, each with its own seed as items have. */
const grading = (checks: readonly Check[]) => (i: number) => {
  const check = checks[i % checks.length] as Check;
  return gradeAnswer(check.key, check.submission, asSeed(i));
};

/** The comparison alone, on answers parsed beforehand: the share of a check that is not parsing. */
const comparing = (pairs: readonly (readonly [MathValue, MathValue])[]) => (i: number) => {
  const [expected, answer] = pairs[i % pairs.length] as readonly [MathValue, MathValue];
  return checkEquivalent(expected, answer, { variables, seed: asSeed(i) });
};

const parsedPairs = SCALAR_PAIRS.map(([e, a]) => [solution(e), solution(a)] as const);

console.log(`node ${process.version}, one process, sample points from a different seed per check`);
measure("scalar (parse + whitelist + check)", 100_000, grading(scalarChecks));
measure("3×3 matrix of expressions (9 cells)", 20_000, grading(matrixChecks));
measure("scalar comparison only (pre-parsed)", 100_000, comparing(parsedPairs));
