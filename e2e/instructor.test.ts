import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { RunningApp } from "./support/app-server";
import { startAppAndBrowser, stopAppAndBrowser } from "./support/app-and-browser";
import { fillCells } from "./support/fill-cells";
import { createInstructor, signInInPage } from "./support/instructor";
import { signUpInPage } from "./support/sign-up";
import { latestSolutionCells } from "./support/stored-solution";

const TEACHER = { name: "Prof Noether", password: "a long teacher password" };
const LEARNER = "Grace";

let app: RunningApp;
let browser: Browser;
let teacher: Page;
let learner: Page;
let joinCode = "";

const transpose = (cells: readonly (readonly string[])[]): string[][] =>
  (cells[0] ?? []).map((_, c) => cells.map((row) => row[c] ?? "0"));

/** Asks for a new S1 item and waits until it is on screen; returns the solution the server stored. */
async function newS1Item(page: Page): Promise<string[][]> {
  const issued = page.waitForResponse((r) => r.url().endsWith("/api/skills/S1/items") && r.ok());
  await page.getByRole("button", { name: "New item" }).click();
  await issued;
  // The previous item's grid stays until the new one renders: a blank first cell is the new one.
  await expect.poll(() => page.getByLabel("row 1, column 1").inputValue()).toBe("");
  return latestSolutionCells(app.dataDir);
}

/** Checks the answer typed and waits for the verdict (an item is graded once: answer each once). */
async function check(page: Page, cells: readonly (readonly string[])[], verdict: RegExp) {
  await fillCells(page, cells);
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect.poll(() => page.getByRole("status").textContent()).toMatch(verdict);
}

/**
 * Answers one S1 item with its transpose (the catalogued mistake M2a) and another one right. A
 * symmetric Jacobian, whose transpose would be right, is skipped for a new item.
 */
async function answerWrongThenRight(page: Page): Promise<void> {
  let solution = await newS1Item(page);
  for (let tries = 0; JSON.stringify(transpose(solution)) === JSON.stringify(solution); tries++) {
    if (tries === 5) throw new Error("every S1 item was symmetric");
    solution = await newS1Item(page);
  }
  await check(page, transpose(solution), /Not quite/);
  await check(page, await newS1Item(page), /Correct/);
}

beforeAll(async () => {
  ({ app, browser } = await startAppAndBrowser());
  createInstructor(app.dataDir, TEACHER);
  teacher = await (await browser.newContext()).newPage();
  learner = await (await browser.newContext()).newPage();
});

afterAll(() => stopAppAndBrowser(app, browser));

describe("an instructor's class and a learner's dashboard, in the browser", () => {
  it("lets an instructor made with the CLI sign in, create a class and read its join code", async () => {
    await signInInPage(teacher, app.url, TEACHER);
    await teacher.getByRole("link", { name: "Classes" }).click();
    await teacher.getByLabel("Class name").fill("Backprop 101");
    await teacher.getByRole("button", { name: "Create class" }).click();
    const item = teacher.getByRole("listitem").filter({ hasText: "Backprop 101" });
    joinCode = ((await item.locator(".join-code").textContent()) ?? "").trim();
    expect(joinCode).toMatch(/^\S{4,16}$/);
  });

  it("shows no Classes link to a learner, and lets them join with the code", async () => {
    await learner.goto(app.url);
    expect(await signUpInPage(learner, LEARNER)).toBe(200);
    await learner.goto(`${app.url}/progress`);
    await learner.getByRole("heading", { name: "Your progress" }).waitFor();
    expect(await learner.getByRole("link", { name: "Classes" }).count()).toBe(0);
    await learner.getByLabel("Join code").fill(joinCode);
    await learner.getByRole("button", { name: "Join class" }).click();
    await expect.poll(() => learner.getByText("You joined Backprop 101.").count()).toBe(1);
  });

  it("plots a point on the learner's dashboard once they have answered", async () => {
    await learner.goto(`${app.url}/practice/S1`);
    await answerWrongThenRight(learner);
    await learner.getByRole("link", { name: "Progress" }).click();
    const plots = learner.getByRole("img", { name: /after 1 answer|over \d+ answers/ });
    await plots.first().waitFor();
    expect(await learner.locator(".plot-point").count()).toBeGreaterThanOrEqual(1);
    const download = learner.waitForEvent("download");
    await learner.getByRole("link", { name: "Download my data (JSON)" }).click();
    const file = await (await download).path();
    expect(() => JSON.parse(readFileSync(file, "utf8")) as unknown).not.toThrow();
  });

  it("shows the instructor the learner's progress and the mistake with an example", async () => {
    await teacher.goto(`${app.url}/classes`);
    await teacher.getByRole("link", { name: "Backprop 101" }).click();
    const row = teacher.getByRole("row", { name: new RegExp(LEARNER) });
    await row.waitFor();
    expect(await row.getByRole("cell").first().textContent()).toBe("2"); // answers given
    expect(await row.locator(".estimate-cell").filter({ hasText: "%" }).count()).toBeGreaterThan(0);
    const mistake = teacher
      .locator(".class-mistakes > li")
      .filter({ hasText: /one row per input/ });
    await mistake.waitFor();
    expect(await mistake.locator(".mistake-example .katex").count()).toBeGreaterThan(0);
  });

  it("downloads the class CSV with the learner's row", async () => {
    const download = teacher.waitForEvent("download");
    await teacher.getByRole("link", { name: "Export CSV" }).click();
    const csv = readFileSync(await (await download).path(), "utf8");
    expect(csv.split("\n").some((line) => line.includes(LEARNER))).toBe(true);
  });
});
