import { parseArgs } from "node:util";
import { createInterface } from "node:readline";
import { runItems, UsageError } from "./items";
import { runGrade } from "./grade";
import { startServer } from "../server";

const USAGE = `Usage: pullback <verb> [options]

  serve                                   start the app (PORT, HOST, PULLBACK_DATA)
  grade                                   read {"expected","answer"} JSON lines on stdin, write verdicts
  items --skill ID --count N --seed S     write N generated items as JSON lines
  items --list                            list the skills that have item generators`;

const write = (line: string) => process.stdout.write(line + "\n");

async function main(argv: readonly string[]): Promise<void> {
  const [verb, ...rest] = argv;
  switch (verb) {
    case "serve":
      await startServer();
      return;
    case "grade":
      await runGrade(createInterface({ input: process.stdin, crlfDelay: Infinity }), write);
      return;
    case "items":
      runItems(parseItemsOptions(rest), write);
      return;
    default:
      throw new UsageError(verb ? `Unknown verb '${verb}'.\n\n${USAGE}` : USAGE);
  }
}

function parseItemsOptions(args: readonly string[]) {
  const { values } = parseArgs({
    args: [...args],
    options: {
      skill: { type: "string" },
      count: { type: "string", default: "1" },
      seed: { type: "string", default: "1" },
      list: { type: "boolean", default: false },
    },
  });
  return {
    skill: values.skill,
    count: wholeNumber("--count", values.count),
    seed: wholeNumber("--seed", values.seed),
    list: values.list,
  };
}

function wholeNumber(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0)
    throw new UsageError(`${flag} must be a whole number, got '${text}'`);
  return value;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError || (error instanceof TypeError && "code" in error)) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
    return;
  }
  throw error;
});
