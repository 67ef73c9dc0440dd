import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { RunningApp } from "./support/app-server";
import { startAppAndBrowser, stopAppAndBrowser } from "./support/app-and-browser";
import { createInstructor, signInInPage } from "./support/instructor";

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ app, browser } = await startAppAndBrowser());
  page = await browser.newPage();
});

afterAll(() => stopAppAndBrowser(app, browser));

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

/** Units 0 (the prerequisites, P1–P6) and 1 (S1–S3). */
const OPEN_TO_A_NEW_LEARNER = SKILLS.filter((skill) => /^P|^S[1-3]$/.test(skill));

describe("the course map of a new learner", () => {
  it("opens units 0 and 1 only, and says what opens unit 2", async () => {
    const learner = await browser.newPage();
    await learner.goto(`${app.url}/sign-up`);
    await learner.getByLabel("Name").fill("Grace");
    await learner.getByLabel("Password").fill("a long enough password");
    await learner.getByRole("button", { name: "Create account" }).click();
    for (let unit = 0; unit <= 6; unit++) {
      await learner.getByRole("heading", { name: new RegExp(`^Unit ${unit}:`) }).waitFor();
    }
    const practise = learner.getByRole("link", { name: /^Practise/ });
    await expect.poll(() => practise.count()).toBe(OPEN_TO_A_NEW_LEARNER.length);
    const unit2 = learner.getByRole("region", { name: /^Unit 2:/ });
    expect(await unit2.getByText("Pass the unit 1 gate to open this unit.").count()).toBe(1);
    const locked = await learner.evaluate(async () => {
      const reply = await fetch("/api/skills/S5/items", { method: "POST" });
      return { status: reply.status, body: (await reply.json()) as { error: string } };
    });
    expect(locked).toEqual({ status: 403, body: expect.objectContaining({ error: "locked" }) });
    await learner.close();
  });
});

describe("the whole course, as an instructor sees it", () => {
  beforeAll(async () => {
    const teacher = { name: "Professor", password: "a long enough password" };
    createInstructor(app.dataDir, teacher);
    await signInInPage(page, app.url, teacher);
  });

  it("lists units 0 to 6 with their lessons and a Practise link for each of the 20 skills", async () => {
    for (let unit = 0; unit <= 6; unit++) {
      await page.getByRole("heading", { name: new RegExp(`^Unit ${unit}:`) }).waitFor();
    }
    const practise = page.getByRole("link", { name: /^Practise/ });
    await expect.poll(() => practise.count()).toBe(SKILLS.length);
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
    const inputs = page.locator(
      'form input:not([type="hidden"]), form button:has-text("Move up"), form [data-handle]',
    );
    await inputs.first().waitFor();
    expect(await page.locator(".katex").count()).toBeGreaterThan(0);
    expect(await page.locator(".katex-error").count()).toBe(0);
  });
});
