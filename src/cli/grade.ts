import {
  checkEquivalent,
  guessVariables,
  MAX_SAMPLE_VARIABLES,
  parseAnswer,
  parseExpression,
  parseShape,
} from "../core/math";
import type { EquivalenceOutcome, InputError, MathValue, Shape } from "../core/math";
import { asSeed, assertNever, err, mapResult, ok } from "../core/shared";
import type { Result, Seed } from "../core/shared";

const KINDS = ["expression", "vector", "matrix", "shape"] as const;
type Kind = (typeof KINDS)[number];
const FIELDS = ["expected", "answer", "vars", "kind", "seed"];

/** One request line, checked. */
interface GradeRequest {
  readonly expected: string;
  readonly answer: string;
  readonly variables: readonly string[];
  readonly kind?: Kind;
  readonly seed: Seed;
}

/** One reply line. */
type Reply =
  | { readonly equivalent: true }
  | ({ readonly equivalent: false; readonly reason: string } & Readonly<Record<string, unknown>>)
  | { readonly error: string };

/**
 * The `grade` verb: reads JSON lines `{"expected": E, "answer": A}` with optional `"vars"` (the
 * variable names; default: the names either side uses), `"kind"` (expression, vector, matrix or
 * shape; default: a shape if both sides read as shapes, else whatever the text is) and `"seed"`,
 * and writes one JSON line per request: `{"equivalent": true}`, `{"equivalent": false, "reason":
 * …}`, or `{"error": …}` saying what is wrong and where. Blank lines are skipped. With kind
 * "vector", a row and a column of the same entries agree, as they do for a vector answer.
 */
export async function runGrade(
  input: AsyncIterable<string>,
  write: (line: string) => void,
): Promise<void> {
  let lineNumber = 0;
  for await (const line of input) {
    lineNumber++;
    if (line.trim() === "") continue;
    const request = readRequest(line);
    const reply = request.ok
      ? judge(request.value)
      : { error: `line ${lineNumber}: ${request.error}` };
    write(JSON.stringify(reply));
  }
}

function readRequest(line: string): Result<GradeRequest, string> {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (error) {
    return err(`malformed JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return err('expected a JSON object like {"expected": "2x", "answer": "x + x"}');
  }
  const fields = data as Readonly<Record<string, unknown>>;
  const unknown = Object.keys(fields).find((key) => !FIELDS.includes(key));
  if (unknown !== undefined) return err(`unknown field "${unknown}" (known: ${FIELDS.join(", ")})`);
  const { expected, answer, vars, kind, seed = 1 } = fields;
  if (typeof expected !== "string") return err('"expected" must be a string');
  if (typeof answer !== "string") return err('"answer" must be a string');
  if (vars !== undefined && !(Array.isArray(vars) && vars.every((v) => typeof v === "string"))) {
    return err('"vars" must be a list of variable names');
  }
  if (kind !== undefined && !KINDS.some((k) => k === kind)) {
    return err(`"kind" must be one of ${KINDS.join(", ")}`);
  }
  if (!Number.isInteger(seed)) return err('"seed" must be an integer');
  const variables = (vars as string[] | undefined) ?? guessVariables(expected, answer);
  if (variables.length > MAX_SAMPLE_VARIABLES) {
    return err(`at most ${MAX_SAMPLE_VARIABLES} variables, got ${variables.join(", ")}`);
  }
  return ok({
    expected,
    answer,
    variables,
    ...(kind === undefined ? {} : { kind: kind as Kind }),
    seed: asSeed(seed as number),
  });
}

function judge(request: GradeRequest): Reply {
  const shapes = [parseShape(request.expected), parseShape(request.answer)] as const;
  if (request.kind === "shape" || (request.kind === undefined && shapes[0].ok && shapes[1].ok)) {
    return judgeShapes(...shapes);
  }
  const expected = readSide("expected", request.expected, request);
  if (!expected.ok) return { error: expected.error };
  const answer = readSide("answer", request.answer, request);
  if (!answer.ok) return { error: answer.error };
  const outcome = checkEquivalent(expected.value, answer.value, {
    variables: request.variables,
    seed: request.seed,
    orientation: request.kind === "vector" ? "ignore" : "strict",
  });
  return toReply(outcome, expected.value.kind === "scalar");
}

function judgeShapes(
  expected: Result<Shape, InputError>,
  answer: Result<Shape, InputError>,
): Reply {
  if (!expected.ok) return { error: `expected: ${expected.error.message}` };
  if (!answer.ok) return { error: `answer: ${answer.error.message}` };
  const same =
    expected.value.rows === answer.value.rows && expected.value.cols === answer.value.cols;
  return same ? { equivalent: true } : shapeReply(expected.value, answer.value);
}

/** Parses one side as its kind asks; the error names the side, as in "answer: unbalanced bracket at 4". */
function readSide(side: string, text: string, request: GradeRequest): Result<MathValue, string> {
  const context = { variables: request.variables, allowMatrices: true };
  const parsed =
    request.kind === "expression"
      ? mapResult(parseExpression(text, context), (expr): MathValue => ({ kind: "scalar", expr }))
      : parseAnswer(text, context);
  if (!parsed.ok) return err(`${side}: ${parsed.error.message}`);
  if ((request.kind === "vector" || request.kind === "matrix") && parsed.value.kind === "scalar") {
    return err(`${side}: a ${request.kind} is expected here, written in brackets like [a, b]`);
  }
  return ok(parsed.value);
}

function toReply(outcome: EquivalenceOutcome, scalar: boolean): Reply {
  switch (outcome.kind) {
    case "equivalent":
      return { equivalent: true };
    case "different":
      // A scalar has no entry worth naming; the point shows where the two sides differ.
      return scalar
        ? { equivalent: false, reason: "value", point: outcome.point }
        : { equivalent: false, reason: "value", entry: outcome.entry, point: outcome.point };
    case "shape":
      return shapeReply(outcome.expected, outcome.actual);
    case "undetermined":
      return { equivalent: false, reason: "undetermined", detail: outcome.reason };
    default:
      return assertNever(outcome);
  }
}

const shapeReply = (expectedShape: Shape, actualShape: Shape): Reply => ({
  equivalent: false,
  reason: "shape",
  expectedShape,
  actualShape,
});
