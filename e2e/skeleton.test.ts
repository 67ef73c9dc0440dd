import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { RunningApp } from "./support/app-server";
import { startAppAndBrowser, stopAppAndBrowser } from "./support/app-and-browser";
import { fillCells } from "./support/fill-cells";
import { latestSolutionCells } from "./support/stored-solution";

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ app, browser } = await startAppAndBrowser());
  page = await browser.newPage();
});

afterAll(() => stopAppAndBrowser(app, browser));

describe("a new learner's first skill, end to end", () => {
  it("signs up and lands on the course outline", async () => {
    await page.goto(app.url);
    await page.getByRole("link", { name: /create an account|sign up/i }).click();
    await page.getByLabel("Name").fill("Ada");
    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByText("Ada").first().waitFor();
    await page
      .getByRole("heading", { name: /derivative as a linear map/i })
      .first()
      .waitFor();
  });

  it("opens the first lesson with its formulas typeset by KaTeX", async () => {
    await page
      .getByRole("link", { name: /linear map/i })
      .first()
      .click();
    await page.locator(".katex").first().waitFor();
    expect(await page.locator(".katex").count()).toBeGreaterThan(5);
    expect(await page.locator(".katex-error").count()).toBe(0);
    expect(await page.locator("math").count()).toBeGreaterThan(0); // MathML for screen readers
  });

  it("answers a Jacobian item wrong, then the next one right, and sees both verdicts and the solution", async () => {
    await page.goto(`${app.url}/practice/S1`);
    await page.getByRole("button", { name: "New item" }).click();
    await page.getByLabel("row 1, column 1").waitFor();

    await page.getByLabel("row 1, column 1").fill("2x1 +");
    await expect.poll(() => page.getByText(/at \d+|expected|missing/i).count()).toBeGreaterThan(0);

    const solution = latestSolutionCells(app.dataDir);
    const transposed = solution.map((row, r) => row.map((_, c) => solution[c]?.[r] ?? "0"));
    await fillCells(page, transposed);
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toMatch(/Not quite/);
    await page
      .getByText(/solution/i)
      .first()
      .waitFor();

    // An item counts once: the answer is locked, and the next item is a fresh one.
    expect(await page.getByRole("button", { name: "Check answer" }).count()).toBe(0);
    await page.getByRole("button", { name: "Next item" }).click();
    await expect.poll(() => latestSolutionCells(app.dataDir)).not.toEqual(solution);
    await page.getByLabel("row 1, column 1").waitFor();
    await fillCells(page, latestSolutionCells(app.dataDir));
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toMatch(/Correct/);
  });

  it("keeps the history of the skill across a reload and a server restart", async () => {
    app = await app.restart();
    // A new port, but cookies are per host: the session, stored in the database, still holds.
    await page.goto(`${app.url}/practice/S1`);
    const history = page.getByRole("list", { name: "Your attempts" });
    await history.waitFor();
    await expect.poll(() => history.getByRole("listitem").count()).toBe(2);
    const text = (await history.textContent()) ?? "";
    expect(text).toMatch(/correct/i);
    expect(text).toMatch(/incorrect/i);
  });
});
