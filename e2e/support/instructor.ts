import { execFileSync } from "node:child_process";
import path from "node:path";
import type { Page } from "playwright-core";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Name and password of an account. */
export interface Credentials {
  readonly name: string;
  readonly password: string;
}

/**
 * Makes an instructor with the CLI, as an operator would (`pullback admin create-instructor`),
 * in the data folder of a running test app. Instructors see every unit, locked or not.
 */
export function createInstructor(dataDir: string, credentials: Credentials): void {
  execFileSync(
    process.execPath,
    [
      "dist/cli.mjs",
      "admin",
      "create-instructor",
      "--name",
      credentials.name,
      "--password",
      credentials.password,
    ],
    { cwd: ROOT, env: { ...process.env, PULLBACK_DATA: dataDir }, stdio: "pipe" },
  );
}

/** Signs in through the sign-in form and waits for the course map. */
export async function signInInPage(page: Page, baseUrl: string, credentials: Credentials) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel("Name").fill(credentials.name);
  await page.getByLabel("Password").fill(credentials.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${baseUrl}/`);
}
