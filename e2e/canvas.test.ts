import AxeBuilder from "@axe-core/playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import {
  buildGraph,
  evaluateMatrix,
  jvp,
  matVec,
  parseAnswer,
  parseExpression,
  substitute,
  vjp,
  type Expr,
} from "../src/core/math";
import type { RunningApp } from "./support/app-server";
import { startAppAndBrowser, stopAppAndBrowser } from "./support/app-and-browser";
import { signUpInPage } from "./support/sign-up";
import { fillCells } from "./support/fill-cells";
import { latestSolutionCells } from "./support/stored-solution";

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ app, browser } = await startAppAndBrowser());
  // A context of its own, as axe needs.
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  page = await context.newPage();
  await page.goto(app.url);
  const status = await signUpInPage(page, "Canvas tester");
  expect(status).toBeLessThan(300);
});

afterAll(() => stopAppAndBrowser(app, browser));

/** The full-precision numbers a readout shows, as the page carries them. */
async function readout(scope: Locator | Page, name: string): Promise<number[]> {
  const text = await scope.locator(`[data-readout="${name}"]`).first().getAttribute("data-values");
  return JSON.parse(text ?? "null") as number[];
}

/** Lesson example 1 as core sees it: g, f and f∘g. */
const xNames = ["x1", "x2"];
const parse = (text: string, variables: string[]): Expr => {
  const parsed = parseExpression(text, { variables });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
};
const g = [parse("x1^2 + x2", xNames), parse("x1*x2", xNames)];
const h = [substitute(parse("u1 + u2^2", ["u1", "u2"]), { u1: g[0] as Expr, u2: g[1] as Expr })];

function expectClose(actual: readonly number[], expected: readonly number[]) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, i) => expect(Math.abs(v - (expected[i] ?? NaN))).toBeLessThan(1e-9));
}

/** Checks every number of the three boxes against core's autodiff at what the page shows. */
async function expectThreeBoxesMatchCore(section: Locator) {
  const x0 = await readout(section, "x0");
  const dx = await readout(section, "dx");
  const w = await readout(section, "w");
  expectClose(await readout(section, "du"), jvp(buildGraph(g, xNames, x0), dx).value);
  expectClose(await readout(section, "dy"), jvp(buildGraph(h, xNames, x0), dx).value);
  expectClose(await readout(section, "grad-x"), vjp(buildGraph(h, xNames, x0), w).value);
  const [pairX = NaN, pairY = NaN] = await readout(section, "pairing");
  expect(Math.abs(pairX - pairY)).toBeLessThan(1e-9);
}

describe("the canvas playground", () => {
  const threeBoxes = () => page.locator('section[data-view="three-boxes"]');

  it("draws lesson example 1 with ∇ₓ = (10, 5) at x₀ = (1, 2)", async () => {
    await page.goto(`${app.url}/playground`);
    await threeBoxes().waitFor();
    expect(await readout(threeBoxes(), "x0")).toEqual([1, 2]);
    expect(await readout(threeBoxes(), "u0")).toEqual([3, 2]);
    expect(await readout(threeBoxes(), "grad-x")).toEqual([10, 5]);
    await expectThreeBoxesMatchCore(threeBoxes());
  });

  it("moves the point with the arrow keys, finer with Shift, and the numbers follow core", async () => {
    const point = threeBoxes().locator('[data-handle="point"]');
    await point.focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Shift+ArrowUp");
    expect(await readout(threeBoxes(), "x0")).toEqual([1.1, 2.01]);
    await expect
      .poll(() => threeBoxes().getByRole("status").textContent())
      .toContain("x₀ = (1.100, 2.010)");
    await expectThreeBoxesMatchCore(threeBoxes());
  });

  it("drags the tip of Δx with the mouse and redraws Dg Δx and Δy", async () => {
    const before = await readout(threeBoxes(), "dx");
    const tip = threeBoxes().locator('[data-handle="perturbation"] .handle-knob');
    const box = await tip.boundingBox();
    if (box === null) throw new Error("the Δx handle is not on screen");
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let k = 1; k <= 10; k++) await page.mouse.move(x + 2 * k, y - 3 * k);
    await page.mouse.up();
    const after = await readout(threeBoxes(), "dx");
    expect(after[0]).toBeGreaterThan(before[0] ?? Infinity);
    expect(after[1]).toBeGreaterThan(before[1] ?? Infinity);
    await expectThreeBoxesMatchCore(threeBoxes());
  });

  it("lights the two paths from x1 to y and sums them to the Jacobian entry", async () => {
    await page.goto(`${app.url}/playground`);
    const section = page.locator('section[data-view="path-tracing"]');
    await section.waitFor();
    expect(await section.locator(".graph-edge.lit").count()).toBe(4);
    expect(await readout(section, "path-sum")).toEqual([10, 10]);
    await section.getByRole("radio", { name: "x2" }).check();
    expect(await readout(section, "path-sum")).toEqual([5, 5]);
  });

  it("steps the tiny network to ∇ₓℓ = (7, −14)", async () => {
    const section = page.locator('section[data-view="tiny-network"]');
    const next = section.getByRole("button", { name: "Next step" });
    for (let k = 0; k < 6; k++) await next.click();
    expectClose(await readout(section, "net-grad-x"), [7, -14]);
    expectClose(await readout(section, "net-loss"), [10]);
  });

  it("draws newly typed functions in place of the old ones, under one form", async () => {
    await page.goto(`${app.url}/playground`);
    await page.locator('section[data-view="path-tracing"]').waitFor();
    await page.getByLabel("g(x) =").fill("[x1 + x2, x1*x2]");
    await page.getByRole("button", { name: "Draw" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("g")).toBe("[x1 + x2, x1*x2]");
    await page.locator('section[data-view="path-tracing"]').waitFor();
    expect(await page.locator("form.composition-form").count()).toBe(1);
    expect(await page.locator('section[data-view="path-tracing"]').count()).toBe(1);
    expect(await page.getByLabel("g(x) =").inputValue()).toBe("[x1 + x2, x1*x2]");
  });

  it("reports a bad g with its column and draws nothing new", async () => {
    await page.getByLabel("g(x) =").fill("[x1^2 + , x2]");
    await page.getByRole("button", { name: "Draw" }).click();
    await expect
      .poll(() => page.locator(".composition-form .error").textContent())
      .toMatch(/column \d+/);
    expect(await page.locator("section[data-view]").count()).toBe(0);
  });

  it("opens from a URL carrying other functions and a point", async () => {
    const query = new URLSearchParams({ g: "[x1 + 2x2, x1 - x2]", f: "u1*e^u2", x: "1, 1" });
    await page.goto(`${app.url}/playground?${query.toString()}`);
    await threeBoxes().waitFor();
    expect(await readout(threeBoxes(), "u0")).toEqual([3, 0]);
    expectClose(await readout(threeBoxes(), "grad-x"), [4, -1]);
  });

  it("plays the two-way animation through both sweeps", async () => {
    const section = page.locator('section[data-view="two-way"]');
    await section.getByRole("button", { name: "Play" }).click();
    await expect
      .poll(() => section.locator("[data-phase]").getAttribute("data-phase"), { timeout: 10_000 })
      .toBe("done");
  });

  it("steps the animation block by block under reduced motion", async () => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.reload();
    const section = page.locator('section[data-view="two-way"]');
    const next = section.getByRole("button", { name: "Next block" });
    for (let k = 0; k < 4; k++) await next.click();
    expect(await section.locator("[data-phase]").getAttribute("data-phase")).toBe("done");
    await page.emulateMedia({ reducedMotion: null });
  });
});

describe("canvas accessibility", () => {
  it("has no axe violations on the playground, in light and dark colour schemes", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(`${app.url}/playground`);
      await page.locator('section[data-view="two-way"]').waitFor();
      const { violations } = await new AxeBuilder({ page }).include(".canvas").analyze();
      expect(violations.map((v) => `${colorScheme}: ${v.id}: ${v.nodes[0]?.html}`)).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: null });
  });
});

describe("canvas views in lessons", () => {
  it("fills the lesson's jacobian-map slot with a live view and a playground link", async () => {
    await page.goto(`${app.url}/lessons/linear-map`);
    const slot = page.locator('figure.canvas-slot[data-view="jacobian-map"]');
    await slot.scrollIntoViewIfNeeded();
    await slot.locator(".canvas").waitFor();
    expect(await readout(slot, "map-u0")).toEqual([0, 2]);
    expect(await readout(slot, "dg-row-1")).toEqual([0, 4]);
    await slot.locator('[data-handle="radius"]').focus();
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => readout(slot, "radius")).toEqual([0.4]);
    await slot.getByRole("link", { name: /playground/i }).click();
    await page.locator('section[data-view="jacobian-map"]').waitFor();
    expect(page.url()).toContain("/playground?");
  });
});

describe("the canvas after a practice answer", () => {
  /** The Jacobian an S1 item asks for, at a point, from the solution the server stored. */
  function solutionAt(cells: readonly (readonly string[])[], x0: readonly number[]): number[][] {
    const text = `[${cells.map((row) => `[${row.join(", ")}]`).join(", ")}]`;
    const parsed = parseAnswer(text, { variables: ["x1", "x2", "x3"], allowMatrices: true });
    if (!parsed.ok || parsed.value.kind !== "matrix") throw new Error(`not a matrix: ${text}`);
    return evaluateMatrix(parsed.value.rows, { x1: x0[0] ?? 0, x2: x0[1] ?? 0, x3: x0[2] ?? 0 });
  }

  /**
   * Draws S1 items until one fits the canvas (at most 3 inputs and 3 outputs; S1 also draws maps
   * of 4 variables, which get no canvas link), and returns its stored solution.
   */
  async function drawDrawableItem(): Promise<string[][]> {
    for (let attempt = 0; attempt < 30; attempt++) {
      const issued = page.waitForResponse(
        (reply) => reply.url().endsWith("/items") && reply.request().method() === "POST",
      );
      await page.getByRole("button", { name: "New item" }).click();
      const item = (await (await issued).json()) as { prompt: string };
      await page.locator("form.item").waitFor();
      expect(item.prompt.length).toBeGreaterThan(0);
      const solution = latestSolutionCells(app.dataDir);
      if (solution.length <= 3 && (solution[0]?.length ?? 0) <= 3) return solution;
    }
    throw new Error("no S1 item with at most 3 inputs and outputs in 30 draws");
  }

  it("links a wrong answer to the item's own functions, with the learner's arrow beside Dg's", async () => {
    await page.goto(`${app.url}/practice/S1`);
    const solution = await drawDrawableItem();
    // Every entry 1: a constant matrix, never the Jacobian of the non-linear maps S1 draws.
    const mine = solution.map((row) => row.map(() => 1));
    await fillCells(
      page,
      mine.map((row) => row.map(String)),
    );
    await page.getByRole("button", { name: "Check answer" }).click();
    const link = page.getByRole("link", { name: "See it on the canvas" });
    const [canvas] = await Promise.all([page.waitForEvent("popup"), link.click()]);
    const section = canvas.locator('section[data-view="three-boxes"]');
    await section.waitFor();
    const [x0, dx] = [await readout(section, "x0"), await readout(section, "dx")];
    expectClose(await readout(section, "du"), matVec(solutionAt(solution, x0), dx));
    expectClose(await readout(section, "mine"), matVec(mine, dx));
    expect(await section.locator(".arrow.tone-mine text").textContent()).toBe("your answer");
    expect(await section.getByRole("status").textContent()).toContain("Your answer sends Δx to");
    const { violations } = await new AxeBuilder({ page: canvas }).include(".canvas").analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes[0]?.html}`)).toEqual([]);
    await canvas.close();
  });
});
