import { parseArgs } from "node:util";
import { createAccount } from "../server/auth/accounts";
import { openDatabaseFromEnv } from "../server/db/open-database";
import { UsageError } from "./usage-error";

const USAGE = "Usage: pullback admin create-instructor --name NAME [--password P]";

/** Options of `admin create-instructor`, checked like the sign-up form's. */
export interface InstructorOptions {
  readonly name: string;
  readonly password: string;
}

/** Reads `admin <action> …` from the command line; throws UsageError on anything wrong. */
export function parseAdminOptions(
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): InstructorOptions {
  const [action, ...rest] = args;
  if (action !== "create-instructor") throw new UsageError(USAGE);
  const { values } = parseArgs({
    args: rest,
    options: { name: { type: "string" }, password: { type: "string" } },
  });
  const name = values.name?.trim() ?? "";
  const password = values.password ?? env.PULLBACK_ADMIN_PASSWORD ?? "";
  if (name === "" || name.length > 64) throw new UsageError("--name must be 1 to 64 characters");
  if (password.length < 8 || password.length > 256) {
    throw new UsageError(
      "The password must be 8 to 256 characters (--password or PULLBACK_ADMIN_PASSWORD)",
    );
  }
  return { name, password };
}

/** Creates an instructor account in the configured database. */
export async function runCreateInstructor(
  options: InstructorOptions,
  write: (line: string) => void,
): Promise<void> {
  const db = await openDatabaseFromEnv();
  try {
    const created = await createAccount({ db, clock: () => new Date() }, options, "instructor");
    if (!created.ok) throw new UsageError(`The name '${options.name}' is taken; choose another.`);
    write(`Instructor '${created.value.name}' created; sign in with that name and password.`);
  } finally {
    await db.destroy();
  }
}
