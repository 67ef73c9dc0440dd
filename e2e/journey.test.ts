import Database from "better-sqlite3";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page, Route } from "playwright-core";
import { generateItem } from "../src/core/course";
import { answerText, toSubmission, type AnswerKey } from "../src/core/grading";
import { asSeed, asSkillId } from "../src/core/shared";
import type { RunningApp } from "./support/app-server";
import { startAppAndBrowser, stopAppAndBrowser } from "./support/app-and-browser";

// A new learner's whole journey through the browser: sign-up, placement, unit 1's lesson and
// practice, a failed gate and its remediation, a passed gate, and a review due the next day.
// The learner "knows" each answer: the test regenerates the item from the skill and seed the
// server stored and rewrites the answer the page sends, so every verdict is the server's own.

let app: RunningApp;
let browser: Browser;
let page: Page;
/** Whether the next answers are sent wrong on purpose (a catalogued mistake's answer). */
let answerWrong = false;

/** The answer key of a stored item, regenerated from its skill and seed. */
function storedKey(itemId: string): AnswerKey {
  const db = new Database(path.join(app.dataDir, "pullback.sqlite"), { readonly: true });
  try {
    const row = db
      .prepare("SELECT skill, seed, solution_text FROM items WHERE id = ?")
      .get(itemId) as { skill: string; seed: number; solution_text: string } | undefined;
    if (!row) throw new Error(`no item ${itemId}`);
    const { key } = generateItem(asSkillId(row.skill), asSeed(row.seed));
    if (answerText(key.kind, key.solution) !== row.solution_text)
      throw new Error(`item ${itemId} does not regenerate from its skill and seed`);
    return key;
  } finally {
    db.close();
  }
}

/** The submission of the right answer, or of the first catalogued mistake's answer. */
function submissionFor(key: AnswerKey, wrong: boolean) {
  const answer = wrong ? (key.mistakes[0]?.answer ?? null) : key.solution;
  if (answer === null) throw new Error(`a ${key.kind} item without a mistake to make`);
  return toSubmission(key.kind, answer as typeof key.solution);
}

async function rewriteAnswer(route: Route): Promise<void> {
  const itemId = new URL(route.request().url()).pathname.split("/")[3] ?? "";
  const submission = submissionFor(storedKey(decodeURIComponent(itemId)), answerWrong);
  await route.continue({ postData: JSON.stringify({ submission }) });
}

/** How wide the page is laid out, to catch content that forces sideways scrolling. */
const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);

type Step = "item" | "example" | "gate" | "end" | "result";

/** Waits until the page shows a step ready to act on, and says which; an error alert fails. */
async function readyStep(): Promise<Step> {
  const handle = await page
    .waitForFunction(() => {
      const alert = document.querySelector("[role=alert]");
      if (alert) return `error: ${alert.textContent ?? ""}`;
      const enabled = (name: string) =>
        [...document.querySelectorAll("button")].some(
          (b) => b.textContent?.trim() === name && !b.disabled,
        );
      if (document.getElementById("result-heading")) return "result";
      if (document.getElementById("summary-heading")) return "end";
      if (document.getElementById("gate-heading")) return "gate";
      if (enabled("I've studied this")) return "example";
      if (enabled("Check answer")) return "item";
      return null;
    })
    .catch(async (error: unknown) => {
      // A step that never becomes ready says what the page showed instead.
      const shown = await page
        .locator("main")
        .innerText()
        .catch(() => "(no page)");
      throw new Error(`no step became ready on ${page.url()}:\n${shown}`, { cause: error });
    });
  const step = (await handle.jsonValue()) as string;
  if (step.startsWith("error")) throw new Error(step);
  return step as Step;
}

/** Checks the item on screen (the answer is rewritten on its way) and waits for the verdict. */
async function answerItem(): Promise<string> {
  await page.getByRole("button", { name: "Check answer" }).click();
  const verdict = page.locator(".verdict-correct, .verdict-incorrect");
  await verdict.waitFor();
  return (await verdict.textContent()) ?? "";
}

/** What the session showed on the way, for the assertions. */
interface StudyLog {
  purposes: string[];
  lessonOffered: boolean;
  hintShown: boolean;
  /** The purposes of the items that offered a hint. */
  hintOffered: Set<string>;
}

/** Studies (answering right) until the session offers a gate; returns its unit. */
async function studyUntilGate(log: StudyLog): Promise<number> {
  answerWrong = false;
  for (let steps = 0; steps < 150; steps++) {
    const step = await readyStep();
    if (step === "gate") {
      const heading = await page.locator("#gate-heading").textContent();
      return Number(/Unit (\d+)/.exec(heading ?? "")?.[1]);
    }
    if (step === "example") {
      log.lessonOffered ||= (await page.locator(".lesson-offer a").count()) > 0;
      await page.getByRole("button", { name: "I've studied this" }).click();
    } else if (step === "item") {
      const purpose = (await page.locator("#item-heading .purpose-badge").textContent()) ?? "";
      log.purposes.push(purpose);
      const offersHint = (await page.getByRole("button", { name: /^Hint/ }).count()) > 0;
      if (offersHint) log.hintOffered.add(purpose);
      if (!log.hintShown && offersHint) {
        await page.getByRole("button", { name: /^Hint/ }).click();
        await page.locator(".hints li").first().waitFor();
        log.hintShown = true;
      }
      await answerItem();
      // The way on has the focus once the verdict is in, so the keyboard alone moves on.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent))
        .toBe("Next");
      await page.keyboard.press("Enter");
    } else {
      // A session that ended before the gate: the map's Continue starts the next one.
      await page.getByRole("link", { name: "Back to the course map" }).click();
      await page.locator("a.continue").click();
    }
  }
  throw new Error("the gate never opened");
}

/** Takes the gate on screen, answering every other question wrong when asked; returns the result. */
async function takeGate(unit: number, wrongEveryOther: boolean): Promise<string> {
  await page.getByRole("link", { name: `Start unit ${unit}'s gate` }).click();
  for (let position = 1; position <= 40; position++) {
    const step = await readyStep();
    if (step === "result") break;
    expect(await page.getByRole("button", { name: /^Hint/ }).count()).toBe(0);
    expect(await page.locator("#item-heading").textContent()).toMatch(`Question ${position} of`);
    answerWrong = wrongEveryOther && position % 2 === 1;
    expect(await answerItem()).toMatch(answerWrong ? /^Not quite/ : /^Correct/);
    // A wrong answer here is a catalogued mistake's, so the feedback names it with its fix.
    if (answerWrong) expect(await page.locator(".verdict .diagnosis").count()).toBe(1);
    const next = page.getByRole("button", { name: "Next question" });
    if ((await next.count()) > 0) await next.click();
  }
  answerWrong = false;
  return (await page.locator("#result-heading").textContent()) ?? "";
}

/**
 * Whole days from now to the first review the server scheduled, as a clock offset: the first
 * interval is the scheduler's choice (two days at the time of writing), not the test's.
 */
async function daysToFirstReview(): Promise<number> {
  const dues = await page.evaluate(async () => {
    const reply = await fetch("/api/learner/state");
    const state = (await reply.json()) as { skills: { due: string | null }[] };
    return state.skills.flatMap((s) => (s.due === null ? [] : [Date.parse(s.due)]));
  });
  expect(dues.length).toBeGreaterThan(0);
  const day = 24 * 3_600_000;
  return Math.ceil((Math.min(...dues) - Date.now()) / day) * day;
}

beforeAll(async () => {
  ({ app, browser } = await startAppAndBrowser());
  // A phone's width in dark mode: the journey must work there, without sideways scrolling.
  page = await browser.newPage({ viewport: { width: 375, height: 740 }, colorScheme: "dark" });
  await page.route("**/api/items/*/answer", rewriteAnswer);
});

afterAll(() => stopAppAndBrowser(app, browser));

describe("a new learner's journey", { timeout: 300_000 }, () => {
  const log: StudyLog = {
    purposes: [],
    lessonOffered: false,
    hintShown: false,
    hintOffered: new Set(),
  };
  let unit = 0;

  it("signs up and sees the course map with the placement check and unit 2 locked", async () => {
    await page.goto(`${app.url}/sign-up`);
    await page.getByLabel("Name").fill("Emmy");
    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("heading", { name: "Course map" }).waitFor();
    await page.getByRole("link", { name: "Placement check" }).waitFor();
    const unit2 = page.locator("section.unit", { hasText: "Unit 2:" });
    expect(await unit2.locator(".unit-state").textContent()).toMatch(/Locked.*gate/);
    expect(await pageWidth()).toBeLessThanOrEqual(375);
  });

  it("takes placement without hints, studies unit 1 with its lesson offered and a hint, and reaches the gate", async () => {
    await page.getByRole("link", { name: "Placement check" }).click();
    await page.getByRole("progressbar", { name: "Session progress" }).waitFor();
    unit = await studyUntilGate(log);
    expect(unit).toBe(1);
    expect(log.purposes).toContain("Placement");
    expect(log.purposes).toContain("Practice");
    expect(log.lessonOffered).toBe(true);
    expect(log.hintShown).toBe(true);
    // Placement finds what the learner already knows: its answers are taken without help.
    expect([...log.hintOffered]).toEqual(["Practice"]);
    expect(await pageWidth()).toBeLessThanOrEqual(375);
  });

  it("fails the gate with wrong answers and is told which skills to practise", async () => {
    const result = await takeGate(unit, true);
    expect(result).toMatch(/Not yet/);
    expect(await page.locator(".gate-failed li").count()).toBeGreaterThan(0);
    await page.getByRole("link", { name: "Practise these" }).click();
  });

  it("practises the short skills until the gate reopens, then passes it", async () => {
    const before = log.purposes.length;
    expect(await studyUntilGate(log)).toBe(unit);
    expect(log.purposes.slice(before)).toContain("Practice");
    expect(await takeGate(unit, false)).toMatch(/Passed/);
    await page.getByRole("link", { name: "Back to the course map" }).click();
    const unit2 = page.locator("section.unit", { hasText: "Unit 2:" });
    await unit2.waitFor();
    expect(await unit2.locator(".unit-state").textContent()).not.toMatch(/Locked/);
    expect(await unit2.locator('a[href^="/lessons/"]').count()).toBeGreaterThan(0);
  });

  it("has a review due when the clock reaches it, and Continue starts with it", async () => {
    app = await app.restart({ PULLBACK_CLOCK_OFFSET_MS: String(await daysToFirstReview()) });
    await page.goto(app.url);
    await page.getByRole("heading", { name: "Course map" }).waitFor();
    expect(await page.locator(".continue-bar").textContent()).toMatch(/[1-9]\d* reviews? due/);
    expect(await page.getByText("Due for review").count()).toBeGreaterThan(0);
    await page.locator("a.continue").click();
    expect(await readyStep()).toBe("item");
    expect(await page.locator("#item-heading .purpose-badge").textContent()).toBe("Review");
  });
});
