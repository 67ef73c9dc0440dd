import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { startApp, type RunningApp } from "./support/app-server";
import { launchBrowser } from "./support/browser";

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(`${app.url}/sign-up`);
  await page.getByLabel("Name").fill("Grace");
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByRole("heading", { name: /Unit 1/ }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const SKILLS = ["P1", "P2", "P3", "P4", "P5", "P6", "S1", "S2", "S3", "S4", "S5"].concat([
  "S9",
  "S6",
  "S7",
  "S8",
  "S12",
  "S10",
  "S11",
  "S14",
  "S13",
]);

describe("the whole course in the browser", () => {
  it("lists units 0 to 6 with their lessons and a Practise link for each of the 20 skills", async () => {
    for (let unit = 0; unit <= 6; unit++) {
      await page.getByRole("heading", { name: new RegExp(`^Unit ${unit}:`) }).waitFor();
    }
    expect(await page.getByRole("link", { name: /^Practise/ }).count()).toBe(SKILLS.length);
  });

  it("opens every lesson with its formulas typeset and no KaTeX error", async () => {
    const hrefs = await page
      .locator('a[href^="/lessons/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.length).toBeGreaterThanOrEqual(20);
    for (const href of hrefs) {
      await page.goto(`${app.url}${href}`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      expect(await page.locator(".katex-error").count(), href).toBe(0);
    }
  });

  it.each(SKILLS)("issues a %s item with its prompt and an answer input", async (skill) => {
    await page.goto(`${app.url}/practice/${skill}`);
    await page.getByRole("button", { name: "New item" }).click();
    const inputs = page.locator('form input:not([type="hidden"]), form button:has-text("Move up")');
    await inputs.first().waitFor();
    expect(await page.locator(".katex").count()).toBeGreaterThan(0);
    expect(await page.locator(".katex-error").count()).toBe(0);
  });
});
