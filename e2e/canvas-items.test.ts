import Database from "better-sqlite3";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import type { PublicItemReply } from "../src/api";
import type { RunningApp } from "./support/app-server";
import { startAppAndBrowser, stopAppAndBrowser } from "./support/app-and-browser";
import { createInstructor, signInInPage } from "./support/instructor";

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ app, browser } = await startAppAndBrowser());
  page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  // An instructor sees every unit: a new learner would find units 2 to 4 locked behind gates.
  const teacher = { name: "Arrow tester", password: "a long enough password" };
  createInstructor(app.dataDir, teacher);
  await signInInPage(page, app.url, teacher);
});

afterAll(() => stopAppAndBrowser(app, browser));

type ArrowSpec = Extract<PublicItemReply["spec"], { kind: "arrow" }>;

/** Asks for new items of the skill until one is answered with an arrow (most skills mix kinds). */
async function openArrowItem(skill: string): Promise<ArrowSpec> {
  await page.goto(`${app.url}/practice/${skill}`);
  for (let attempt = 0; attempt < 30; attempt++) {
    const issued = page.waitForResponse((r) => r.url().endsWith(`/skills/${skill}/items`));
    await page.getByRole("button", { name: "New item" }).click();
    const item = (await (await issued).json()) as PublicItemReply;
    if (item.spec.kind === "arrow") {
      await page.locator(".arrow-input").waitFor();
      return item.spec;
    }
  }
  throw new Error(`no arrow item of ${skill} in 30 draws`);
}

/**
 * The latest item's solution as the server stored it (docs/items.md: an arrow's tip as
 * `[0.35, -0.2]`, an ordering's factor ids separated by spaces), read from the database: what
 * the browser is never sent, to answer as a learner who knows.
 */
function storedText(): string {
  const db = new Database(path.join(app.dataDir, "pullback.sqlite"), { readonly: true });
  try {
    const row = db
      .prepare("SELECT solution_text FROM items ORDER BY created_at DESC LIMIT 1")
      .get() as { solution_text: string };
    return row.solution_text;
  } finally {
    db.close();
  }
}

const storedTip = (): number[] => JSON.parse(storedText()) as number[];

const tipShown = async (): Promise<number[]> =>
  JSON.parse((await page.locator('[data-readout="tip"]').getAttribute("data-values")) ?? "[]");

/**
 * Moves the tip from the origin to `target` with the keyboard: coarse steps (a twentieth of the
 * box), then Shift steps (a two-hundredth) for the rest, on the plane or on each coordinate's bar.
 */
async function moveByKeys(spec: ArrowSpec, target: readonly number[]) {
  const handles = page.locator(".arrow-input [data-handle]");
  const plane = spec.axes.length === 2;
  for (const [k, value] of target.entries()) {
    await handles.nth(plane ? 0 : k).focus();
    const [up, down] = plane && k === 1 ? ["ArrowUp", "ArrowDown"] : ["ArrowRight", "ArrowLeft"];
    const coarse = Math.trunc(value / (spec.span / 20));
    const fine = Math.round((value - coarse * (spec.span / 20)) / (spec.span / 200));
    for (let i = 0; i < Math.abs(coarse); i++) await page.keyboard.press(coarse > 0 ? up : down);
    for (let i = 0; i < Math.abs(fine); i++)
      await page.keyboard.press(`Shift+${fine > 0 ? up : down}`);
  }
}

function expectNear(actual: readonly number[], expected: readonly number[], within: number) {
  expect(actual).toHaveLength(expected.length);
  expect(Math.hypot(...actual.map((v, i) => v - (expected[i] ?? NaN)))).toBeLessThan(within);
}

const verdict = (): Locator => page.locator(".verdict");

describe("items answered on the canvas", () => {
  it("grades an S7 arrow moved with the keyboard to Δy correct, submitted with Enter", async () => {
    const spec = await openArrowItem("S7");
    const truth = storedTip();
    expect(spec.axes).toHaveLength(2);
    await moveByKeys(spec, truth);
    expectNear(await tipShown(), truth, spec.span / 200);
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "ends at" }).textContent())
      .toContain("Δy ends at");
    await page.keyboard.press("Enter");
    await expect.poll(() => verdict().getAttribute("class")).toContain("verdict-correct");
  });

  it("grades an S7 arrow dragged with the mouse to Δy correct", async () => {
    const spec = await openArrowItem("S7");
    const truth = storedTip();
    const box = await page.locator(".arrow-input svg").first().boundingBox();
    const knob = await page.locator(".arrow-input .handle-knob").first().boundingBox();
    if (box === null || knob === null) throw new Error("the arrow input is not on screen");
    const perUnit = box.width / spec.span;
    const [x, y] = [knob.x + knob.width / 2, knob.y + knob.height / 2];
    const [tx = 0, ty = 0] = truth;
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let k = 1; k <= 10; k++) {
      await page.mouse.move(x + (tx * perUnit * k) / 10, y - (ty * perUnit * k) / 10);
    }
    await page.mouse.up();
    expectNear(await tipShown(), truth, Math.max(0.05 * Math.hypot(tx, ty), spec.span / 200));
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect.poll(() => verdict().getAttribute("class")).toContain("verdict-correct");
  });

  it("grades an S8 gradient set at the wrong place incorrect", async () => {
    const spec = await openArrowItem("S8");
    const truth = storedTip();
    await moveByKeys(
      spec,
      truth.map((v) => -v),
    );
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect.poll(() => verdict().getAttribute("class")).toContain("verdict-incorrect");
    expect(await verdict().textContent()).toContain("Not quite.");
  });

  it("grades an S8 gradient moved to the pullback with the keyboard correct", async () => {
    const spec = await openArrowItem("S8");
    const truth = storedTip();
    await moveByKeys(spec, truth);
    expectNear(await tipShown(), truth, (spec.span / 200) * Math.sqrt(3));
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect.poll(() => verdict().getAttribute("class")).toContain("verdict-correct");
  });
});

describe("an ordering answered by dragging", () => {
  it("grades S5 factors dragged with the mouse into the chain's order correct", async () => {
    await page.goto(`${app.url}/practice/S5`);
    let shown: string[] = [];
    for (let attempt = 0; attempt < 30 && shown.length === 0; attempt++) {
      const issued = page.waitForResponse((r) => r.url().endsWith("/skills/S5/items"));
      await page.getByRole("button", { name: "New item" }).click();
      const item = (await (await issued).json()) as PublicItemReply;
      if (item.spec.kind === "ordering") shown = item.spec.factors.map((f) => f.id);
    }
    expect(shown.length, "no ordering item of S5 in 30 draws").toBeGreaterThan(0);
    const solution = storedText().split(" ");
    const rows = page.locator(".ordering-input li");
    let order = shown;
    for (const [place, id] of solution.entries()) {
      const from = order.indexOf(id);
      if (from === place) continue;
      // Pressed on the factor's label: the row's buttons keep their own clicks.
      const start = await rows.nth(from).locator(".option-label").boundingBox();
      if (start === null) throw new Error("a factor is not on screen");
      await page.mouse.move(start.x + 8, start.y + start.height / 2);
      await page.mouse.down();
      const target = await rows.nth(place).boundingBox();
      if (target === null) throw new Error("a factor is not on screen");
      await page.mouse.move(start.x + 8, target.y + target.height / 2, { steps: 8 });
      await page.mouse.up();
      order = [
        ...order.filter((f) => f !== id).slice(0, place),
        id,
        ...order.filter((f) => f !== id).slice(place),
      ];
    }
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect.poll(() => verdict().getAttribute("class")).toContain("verdict-correct");
  });
});

type Point = readonly [number, number];

/** Every edge drawn in the paths input, by key ("x1>u2"), as a segment between node centres. */
async function edgeSegments(): Promise<Map<string, readonly [Point, Point]>> {
  const centre = async (node: string): Promise<Point> => {
    const box = await page.locator(`.paths-input [data-node="${node}"] circle`).boundingBox();
    if (box === null) throw new Error(`the node ${node} is not drawn`);
    return [box.x + box.width / 2, box.y + box.height / 2];
  };
  const keys = await page
    .locator(".paths-input [data-edge]")
    .evaluateAll((gs) => gs.map((g) => g.getAttribute("data-edge") ?? ""));
  const segments = new Map<string, readonly [Point, Point]>();
  for (const key of keys) {
    const [from = "", to = ""] = key.split(">");
    segments.set(key, [await centre(from), await centre(to)]);
  }
  return segments;
}

/** The distance from a point to a segment. */
function distance(p: Point, [a, b]: readonly [Point, Point]): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const t = Math.max(
    0,
    Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)),
  );
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** The point of an edge, away from its end circles, farthest from every other edge: a click there hits only it. */
function clearPoint(edges: Map<string, readonly [Point, Point]>, key: string): Point {
  const segment = edges.get(key);
  if (segment === undefined) throw new Error(`the edge ${key} is not drawn`);
  const [a, b] = segment;
  const others = [...edges].filter(([k]) => k !== key).map(([, s]) => s);
  const along = (t: number): Point => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
  const clearance = (t: number) => Math.min(...others.map((s) => distance(along(t), s)));
  const ts = Array.from({ length: 15 }, (_, i) => 0.2 + (0.6 * i) / 14);
  return along(ts.reduce((best, t) => (clearance(t) > clearance(best) ? t : best)));
}

describe("paths chosen on the drawn graph", () => {
  it("grades S9 paths chosen by clicking their first edges correct", async () => {
    await page.goto(`${app.url}/practice/S9`);
    let found = false;
    for (let attempt = 0; attempt < 30 && !found; attempt++) {
      const issued = page.waitForResponse((r) => r.url().endsWith("/skills/S9/items"));
      await page.getByRole("button", { name: "New item" }).click();
      found = ((await (await issued).json()) as PublicItemReply).spec.kind === "paths";
    }
    expect(found, "no paths item of S9 in 30 draws").toBe(true);
    // Each path leaves the input by its own edge, so clicking that edge chooses exactly it.
    const paths = storedText()
      .split("; ")
      .map((path) => path.split(" > "));
    const edges = await edgeSegments();
    for (const [from, to] of paths) await page.mouse.click(...clearPoint(edges, `${from}>${to}`));
    const ticked = page.locator('.paths-input input[type="checkbox"]:checked');
    await expect.poll(() => ticked.count()).toBe(paths.length);
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect.poll(() => verdict().getAttribute("class")).toContain("verdict-correct");
  });
});
