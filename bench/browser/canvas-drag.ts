/**
 * Browser benchmark of the canvas (issue 8, item 10): drags the point x₀ of the playground, which
 * every view of the composition redraws, in headless Chromium for a few seconds, and prints the
 * work per frame. Needs the built app: `npx vite build` first. Prints figures; asserts nothing.
 *
 * Two figures per frame:
 * - canvas work: the User Timing measure the canvas records from the pointer event to the DOM
 *   committed (reducer, core's numbers, React render and commit), one per frame; p50, p95, max.
 * - main thread: Chromium's own task time over the drag (script, style, layout, paint, GC),
 *   divided by the frames drawn; a mean, as Chromium reports it only in total.
 */
import { existsSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import type { CDPSession, Page } from "playwright-core";
import { startApp } from "../../e2e/support/app-server";
import { launchBrowser } from "../../e2e/support/browser";
import { FRAME_MEASURE as FRAME } from "../../src/web/canvas/frame-timing";

const DRAG_MS = 3000;
/** Separate rounds, so that one burst of load from another process on the machine shows as such. */
const ROUNDS = 3;

const percentile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send("Performance.getMetrics");
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Moves the pointer around a small circle for `DRAG_MS`, one move per display frame or so. */
async function drag(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).first().boundingBox();
  if (box === null) throw new Error(`${selector} is not on screen`);
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const start = Date.now();
  let moves = 0;
  while (Date.now() - start < DRAG_MS) {
    const angle = moves / 12;
    await page.mouse.move(cx + 30 * Math.sin(angle), cy + 30 * (1 - Math.cos(angle)));
    moves++;
    await page.waitForTimeout(8);
  }
  // Back to the start before letting go, so every round drags the point over the same ground.
  await page.mouse.move(cx, cy);
  await page.mouse.up();
  return moves;
}

async function main(): Promise<void> {
  if (!existsSync(path.resolve(import.meta.dirname, "../../dist/web/index.html"))) {
    throw new Error("dist/web is missing: run `npx vite build` first");
  }
  const app = await startApp();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(app.url);
    await page.evaluate(async () => {
      const body = JSON.stringify({ name: "Bench", password: "correct horse battery" });
      const headers = { "content-type": "application/json" };
      await fetch("/api/auth/sign-up", { method: "POST", headers, body });
    });
    await page.goto(`${app.url}/playground`);
    const handle = 'section[data-view="three-boxes"] [data-handle="point"] .handle-knob';
    await page.locator(handle).waitFor();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Performance.enable");
    await drag(page, handle); // warm-up: JIT, first layouts
    const rounds: number[][] = [];
    let moves = 0;
    const before = await metrics(cdp);
    for (let round = 0; round < ROUNDS; round++) {
      await page.evaluate((name) => performance.clearMeasures(name), FRAME);
      moves += await drag(page, handle);
      rounds.push(
        await page.evaluate(
          (name) => performance.getEntriesByName(name).map((e) => e.duration),
          FRAME,
        ),
      );
    }
    const after = await metrics(cdp);
    report(moves, rounds, before, after);
  } finally {
    await browser.close();
    await app.stop();
  }
}

const summary = (frames: readonly number[]): string => {
  const sorted = [...frames].sort((a, b) => a - b);
  const at = (q: number) => percentile(sorted, q).toFixed(2);
  return `p50 ${at(0.5)}, p95 ${at(0.95)}, max ${(sorted[sorted.length - 1] ?? NaN).toFixed(2)}`;
};

function report(
  moves: number,
  rounds: readonly (readonly number[])[],
  before: Record<string, number>,
  after: Record<string, number>,
): void {
  const frames = rounds.flat();
  const seconds = (name: string) => (after[name] ?? 0) - (before[name] ?? 0);
  const perFrame = (name: string) =>
    ((seconds(name) * 1000) / Math.max(1, frames.length)).toFixed(2);
  const p95s = rounds.map((r) =>
    percentile(
      [...r].sort((a, b) => a - b),
      0.95,
    ),
  );
  const median = [...p95s].sort((a, b) => a - b)[Math.floor(p95s.length / 2)] ?? NaN;
  console.log(
    `canvas drag of x₀ on /playground (all views): ${ROUNDS} rounds of ${DRAG_MS / 1000} s`,
  );
  console.log(`pointer moves ${moves}, frames committed ${frames.length}`);
  console.log(
    `machine load average (1 min) ${loadavg()[0]?.toFixed(2)}, ${availableParallelism()} cores`,
  );
  rounds.forEach((r, k) => console.log(`round ${k + 1}: canvas work per frame (ms) ${summary(r)}`));
  console.log(`all rounds: canvas work per frame (ms) ${summary(frames)}`);
  console.log(
    `main thread per frame, mean (ms): all tasks ${perFrame("TaskDuration")}, ` +
      `script ${perFrame("ScriptDuration")}, style ${perFrame("RecalcStyleDuration")}, ` +
      `layout ${perFrame("LayoutDuration")}`,
  );
  console.log(
    `budget: median round p95 ${median.toFixed(2)} ms, under 4 ms: ${median < 4 ? "met" : "MISSED"}`,
  );
}

await main();
