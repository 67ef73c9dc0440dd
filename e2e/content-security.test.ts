import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { RunningApp } from "./support/app-server";
import { startAppAndBrowser, stopAppAndBrowser } from "./support/app-and-browser";
import { signUpInPage } from "./support/sign-up";

// The server's Content-Security-Policy must block nothing the app itself does: every violation
// the page reports is collected and must be none, on the pages that use the most (KaTeX's
// inline styles and fonts, the canvas SVG, the practice page's fetches).

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ app, browser } = await startAppAndBrowser());
  page = await browser.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.goto(app.url);
  const status = await signUpInPage(page, "CSP tester");
  expect(status).toBe(200);
});

afterAll(() => stopAppAndBrowser(app, browser));

const violations = () =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

describe("the app under its Content-Security-Policy", () => {
  it("sends the policy with the page", async () => {
    const reply = await page.goto(app.url);
    expect(reply?.headers()["content-security-policy"]).toContain("script-src 'self'");
  });

  it("typesets a lesson with KaTeX's styles and fonts, blocking nothing", async () => {
    await page.goto(`${app.url}/lessons/linear-map`);
    await page.locator(".katex").first().waitFor();
    await page.evaluate(() => document.fonts.ready);
    const katexFonts = await page.evaluate(
      () =>
        [...document.fonts].filter((f) => f.family.includes("KaTeX") && f.status === "loaded")
          .length,
    );
    expect(katexFonts).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
  });

  it("draws the canvas playground, blocking nothing", async () => {
    await page.goto(`${app.url}/playground`);
    await page.locator("svg").first().waitFor();
    expect(await violations()).toEqual([]);
  });

  it("issues a practice item, blocking nothing", async () => {
    await page.goto(`${app.url}/practice/S1`);
    await page.getByRole("button", { name: "New item" }).click();
    await page.getByLabel("row 1, column 1").waitFor();
    expect(await violations()).toEqual([]);
  });
});
