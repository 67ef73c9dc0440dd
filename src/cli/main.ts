import { parseArgs } from "node:util";
import { createInterface } from "node:readline";
import { UsageError } from "./usage-error";

const USAGE = `Usage: pullback <verb> [options]

  serve                                   start the app (PORT, HOST, PULLBACK_DATA)
  grade                                   read {"expected","answer"} JSON lines on stdin, write verdicts
  items --skill ID --count N --seed S     write N generated items as JSON lines
        [--generator G]                   only from generator G (e.g. worked-example-1)
  items --list                            list the skills that have item generators
  simulate --learners N --days D --seed S simulated learners under each policy, one JSON line each
  admin create-instructor --name NAME [--password P]
                                          make an instructor account (or PULLBACK_ADMIN_PASSWORD)`;

const write = (line: string) => process.stdout.write(line + "\n");

async function main(argv: readonly string[]): Promise<void> {
  const [verb, ...rest] = argv;
  switch (verb) {
    // Each verb loads only what it needs: `grade` should not wait for the server to load.
    case "serve":
      await (await import("../server")).startServer();
      return;
    case "grade":
      await (
        await import("./grade")
      ).runGrade(createInterface({ input: process.stdin, crlfDelay: Infinity }), write);
      return;
    case "items":
      (await import("./items")).runItems(parseItemsOptions(rest), write);
      return;
    case "admin": {
      const admin = await import("./admin");
      await admin.runCreateInstructor(admin.parseAdminOptions(rest), write);
      return;
    }
    case "simulate":
      (await import("./simulate")).runSimulate(parseSimulateOptions(rest), write);
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
      generator: { type: "string" },
      count: { type: "string", default: "1" },
      seed: { type: "string", default: "1" },
      list: { type: "boolean", default: false },
    },
  });
  return {
    skill: values.skill,
    generator: values.generator,
    count: wholeNumber("--count", values.count),
    seed: wholeNumber("--seed", values.seed),
    list: values.list,
  };
}

function parseSimulateOptions(args: readonly string[]) {
  const { values } = parseArgs({
    args: [...args],
    options: {
      learners: { type: "string", default: "1000" },
      days: { type: "string", default: "60" },
      seed: { type: "string", default: "1" },
    },
  });
  return {
    learners: wholeNumber("--learners", values.learners),
    days: wholeNumber("--days", values.days),
    seed: wholeNumber("--seed", values.seed),
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
