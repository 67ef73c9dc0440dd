import AxeBuilder from "@axe-core/playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import type { RunningApp } from "./support/app-server";
import { startAppAndBrowser, stopAppAndBrowser } from "./support/app-and-browser";
import { fillCells } from "./support/fill-cells";
import { signUpInPage } from "./support/sign-up";
import { latestSolutionCells } from "./support/stored-solution";

let app: RunningApp;
let browser: Browser;
/** A visitor with no session, for the sign-in and sign-up pages. */
let visitor: Page;
/** A signed-in learner, for every other page. */
let learner: Page;

beforeAll(async () => {
  ({ app, browser } = await startAppAndBrowser());
  // A context each, as axe needs, and so that the visitor's page never sees the learner's cookie.
  visitor = await (await browser.newContext()).newPage();
  learner = await (await browser.newContext()).newPage();
  await learner.goto(app.url);
  expect(await signUpInPage(learner, "Access tester")).toBeLessThan(300);
});

afterAll(() => stopAppAndBrowser(app, browser));

/** Draws a new S1 item (a Jacobian to type into a grid) and waits for its first cell. */
async function drawItem(page: Page): Promise<void> {
  await page.goto(`${app.url}/practice/S1`);
  await page.getByRole("button", { name: "New item" }).click();
  await page.getByLabel("row 1, column 1").waitFor();
}

/** One page of the app, how to get there, and whose session it needs. */
interface AppPage {
  readonly name: string;
  readonly signedIn: boolean;
  open(page: Page): Promise<void>;
}

const goTo = (path: string, ready: string) => async (page: Page) => {
  await page.goto(`${app.url}${path}`);
  await page.locator(ready).first().waitFor();
  // Scan the page with its data, not its loading notes.
  await page.waitForLoadState("networkidle");
};

const PAGES: readonly AppPage[] = [
  { name: "sign-in", signedIn: false, open: goTo("/sign-in", "form") },
  { name: "sign-up", signedIn: false, open: goTo("/sign-up", "form") },
  { name: "course map", signedIn: true, open: goTo("/", 'a[href="/practice/S1"]') },
  { name: "progress", signedIn: true, open: goTo("/progress", "main h1") },
  { name: "study session", signedIn: true, open: goTo("/study", "main h1") },
  {
    name: "lesson with a canvas",
    signedIn: true,
    async open(page) {
      // Linear maps: a canvas far down the page, and display formulas wider than 375 px.
      await goTo("/lessons/linear-map", ".katex")(page);
      const slot = page.locator("figure.canvas-slot").first();
      await slot.scrollIntoViewIfNeeded();
      await slot.locator(".canvas").waitFor();
    },
  },
  { name: "practice, before an answer", signedIn: true, open: drawItem },
  {
    name: "practice, after an answer",
    signedIn: true,
    async open(page) {
      await drawItem(page);
      await fillCells(page, latestSolutionCells(app.dataDir));
      await page.getByRole("button", { name: "Check answer" }).click();
      await expect.poll(() => page.getByRole("status").first().textContent()).toMatch(/Correct/);
    },
  },
  { name: "playground", signedIn: true, open: goTo("/playground", "section[data-view]") },
  { name: "not found", signedIn: true, open: goTo("/no-such-page", "h1") },
];

const pageFor = ({ signedIn }: AppPage): Page => (signedIn ? learner : visitor);

/** Every serious or critical axe violation on the page, one line per element: rule and selector. */
async function severeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}): ${node.target.join(" ")}`));
}

describe.each(["light", "dark"] as const)("every page in the %s colour scheme", (scheme) => {
  it.each(PAGES)("has no serious or critical axe violations: $name", async (appPage) => {
    const page = pageFor(appPage);
    await page.emulateMedia({ colorScheme: scheme });
    await appPage.open(page);
    expect(await severeViolations(page)).toEqual([]);
  });
});

describe("every page at 375 px wide", () => {
  it.each(PAGES)("scrolls only vertically and passes axe: $name", async (appPage) => {
    const page = pageFor(appPage);
    await page.setViewportSize({ width: 375, height: 720 });
    await appPage.open(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    expect(await severeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 720 });
  });
});

/** Presses Tab until `target` has the focus; fails after `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target.toString()} in ${limit} presses`);
}

/** Whether the focused element shows a ring: a computed outline or box-shadow. */
const focusShows = (page: Page): Promise<boolean> =>
  page.evaluate(() => {
    const focused = document.activeElement;
    if (focused === null || focused === document.body) return false;
    const style = getComputedStyle(focused);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    return outline || style.boxShadow !== "none";
  });

/** Tabs to a field and types over what it holds. */
async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  expect(await focusShows(page)).toBe(true);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(text);
}

describe("the keyboard alone", () => {
  it("reaches a practice item from the course map, answers it, and sees the verdict", async () => {
    const page = learner;
    await page.goto(app.url);
    const practise = page.locator('a[href="/practice/S1"]');
    await practise.waitFor();
    await tabTo(page, practise);
    expect(await focusShows(page)).toBe(true);
    await page.keyboard.press("Enter");

    const newItem = page.getByRole("button", { name: "New item" });
    await tabTo(page, newItem);
    expect(await focusShows(page)).toBe(true);
    await page.keyboard.press("Enter");
    await page.getByLabel("row 1, column 1").waitFor();

    const cells = latestSolutionCells(app.dataDir);
    // An item whose shape is part of the answer starts as one cell, with a Rows/Columns chooser.
    if ((await page.getByLabel("Rows", { exact: true }).count()) > 0) {
      await typeInto(page, page.getByLabel("Rows", { exact: true }), String(cells.length));
      const columns = String(cells[0]?.length ?? 1);
      await typeInto(page, page.getByLabel("Columns", { exact: true }), columns);
    }
    for (const [r, row] of cells.entries()) {
      for (const [c, text] of row.entries()) {
        await typeInto(page, page.getByLabel(`row ${r + 1}, column ${c + 1}`), text);
      }
    }
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByRole("status").first().textContent()).toMatch(/Correct/);
  });
});

describe("reduced motion", () => {
  /** The longest transition or animation on the playground, with a probe that asks for 1 s. */
  async function longestMotion(page: Page): Promise<number> {
    await goTo("/playground", "section[data-view]")(page);
    return page.evaluate(() => {
      const probe = document.createElement("div");
      probe.style.transition = "opacity 1s";
      probe.style.animation = "probe 1s infinite";
      document.body.append(probe);
      const longest = (list: string) => Math.max(...list.split(",").map(parseFloat));
      const seconds = [...document.querySelectorAll("*")].map((element) => {
        const style = getComputedStyle(element);
        return Math.max(longest(style.transitionDuration), longest(style.animationDuration));
      });
      probe.remove();
      return Math.max(...seconds);
    });
  }

  it("turns every animation and transition off when the reader asks for reduced motion", async () => {
    await learner.emulateMedia({ reducedMotion: "no-preference" });
    expect(await longestMotion(learner)).toBe(1);
    await learner.emulateMedia({ reducedMotion: "reduce" });
    expect(await longestMotion(learner)).toBeLessThanOrEqual(0.00001);
  });
});

describe("a lesson's canvas", () => {
  it("loads only as its slot nears the viewport, into the height the slot kept for it", async () => {
    const page = learner;
    await goTo("/lessons/linear-map", ".katex")(page);
    const slot = page.locator("figure.canvas-slot").first();
    await page.waitForTimeout(500);
    expect(await slot.locator(".canvas").count()).toBe(0);
    const kept = (await slot.boundingBox())?.height ?? NaN;
    await slot.scrollIntoViewIfNeeded();
    await slot.locator(".canvas").waitFor();
    const filled = (await slot.boundingBox())?.height ?? NaN;
    expect(Math.abs(filled - kept)).toBeLessThan(0.05 * filled);
  });
});
