import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { findLearnerByName } from "../server/db/learner-repository";
import { openSqlite } from "../server/db/open-sqlite";
import { parseAdminOptions, runCreateInstructor } from "./admin";
import { UsageError } from "./usage-error";

describe("parseAdminOptions", () => {
  it("reads the name and password of create-instructor", () => {
    const args = ["create-instructor", "--name", " Prof ", "--password", "secret123"];
    expect(parseAdminOptions(args, {})).toEqual({ name: "Prof", password: "secret123" });
  });

  it("takes the password from PULLBACK_ADMIN_PASSWORD when no flag gives it", () => {
    const options = parseAdminOptions(["create-instructor", "--name", "Prof"], {
      PULLBACK_ADMIN_PASSWORD: "from-the-env",
    });
    expect(options.password).toBe("from-the-env");
  });

  it.each([
    [["promote"], /Usage: pullback admin create-instructor/],
    [["create-instructor", "--password", "secret123"], /--name/],
    [["create-instructor", "--name", "Prof", "--password", "short"], /8 to 256/],
  ])("refuses %j with a usage error", (args, message) => {
    expect(() => parseAdminOptions(args, {})).toThrow(UsageError);
    expect(() => parseAdminOptions(args, {})).toThrow(message);
  });
});

describe("runCreateInstructor", () => {
  const dir = mkdtempSync(join(tmpdir(), "pullback-admin-"));
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });

  it("stores an instructor who can sign in, and refuses the same name twice", async () => {
    vi.stubEnv("PULLBACK_DATA", dir);
    vi.stubEnv("DATABASE_URL", "");
    const lines: string[] = [];
    await runCreateInstructor({ name: "Prof", password: "secret123" }, (l) => lines.push(l));
    expect(lines).toEqual(["Instructor 'Prof' created; sign in with that name and password."]);
    const db = openSqlite(join(dir, "pullback.sqlite"));
    expect((await findLearnerByName(db, "prof"))?.role).toBe("instructor");
    await db.destroy();
    await expect(
      runCreateInstructor({ name: "PROF", password: "secret123" }, () => undefined),
    ).rejects.toThrow("taken");
  });
});
