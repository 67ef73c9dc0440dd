import { create, parseDependencies } from "mathjs/number";
import type { MathNode } from "mathjs";
import { err, ok } from "../shared";
import type { Result } from "../shared";

/**
 * A math.js instance built from the parse factories alone, in plain-number mode: no evaluation,
 * units, BigNumbers or matrices are bundled, which keeps the web bundle small and means learner
 * text can only ever become a node tree.
 */
// Marked pure so that a bundle that never parses can drop math.js's parser altogether.
const parse = /* @__PURE__ */ createParse();

function createParse(): (text: string) => MathNode {
  // The typings declare every `*Dependencies` export as possibly undefined.
  if (parseDependencies === undefined) throw new Error("mathjs/number has no parseDependencies");
  const math = create({ parseDependencies });
  return (text) => math.parse(text);
}

/**
 * The fields of a math.js node that the adapter reads, by node type: ConstantNode `value`,
 * SymbolNode `name`, OperatorNode `op`/`fn` (a name)/`args`, FunctionNode `fn` (a node)/`args`,
 * ParenthesisNode `content`, ArrayNode `items`. math.js's own typings are generic over every
 * node kind; this view is what `fromMathjsNode` checks node by node.
 */
export interface MathjsNode {
  readonly type: string;
  readonly value?: unknown;
  readonly name?: string;
  readonly op?: string;
  readonly fn?: string | MathjsNode;
  readonly args?: readonly MathjsNode[];
  readonly content?: MathjsNode;
  readonly items?: readonly MathjsNode[];
}

/**
 * Why math.js could not read the text: a 0-based index into the text it read, and the problem in
 * learner words, to be followed by " at <column>".
 */
export interface MathjsSyntaxError {
  readonly index: number;
  readonly problem: string;
}

/** math.js's messages, in the words a learner gets; the first match wins. */
const PROBLEMS: readonly (readonly [RegExp, (match: RegExpMatchArray) => string])[] = [
  [/^Unexpected end of expression/, () => "something is missing"],
  [/^Value expected/, () => "a number or variable is missing"],
  [/^Unexpected (?:part|operator) "?(.*?)"?$/, (m) => `unexpected "${m[1] ?? ""}"`],
  [/^Digit expected/, () => "a number is incomplete"],
];

/** The learner-facing problem for a math.js error message. */
function describe(message: string): string {
  for (const [pattern, say] of PROBLEMS) {
    const match = message.match(pattern);
    if (match !== null) return say(match);
  }
  return "cannot read this";
}

/**
 * Parses (normalized, pre-checked) text into a math.js node tree. Only ever call this after
 * `checkInputLimits`: the depth limit is what keeps math.js's recursion off the stack limit.
 */
export function parseWithMathjs(text: string): Result<MathjsNode, MathjsSyntaxError> {
  try {
    return ok(parse(text) as MathjsNode);
  } catch (error: unknown) {
    if (!(error instanceof Error)) throw error;
    // math.js counts `char` from 1 and points just past the offending token start.
    const char = (error as { char?: unknown }).char;
    const index = typeof char === "number" ? Math.min(Math.max(char - 1, 0), text.length) : 0;
    return err({ index, problem: describe(error.message.replace(/\s*\(char \d+\)$/, "")) });
  }
}
