/**
 * Browser benchmark of a lesson page's first load (issue 7, item 8): opens lesson pages in
 * headless Chromium from the production server, with the HTTP cache off, and prints Largest
 * Contentful Paint and Cumulative Layout Shift, without and with 4× CPU throttling (CDP
 * `Emulation.setCPUThrottlingRate`). Needs the built app (`npm run bench:lcp` builds it).
 * Loopback network, no network throttling: the figures are the page's own work. Asserts nothing.
 */
import { existsSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import type { BrowserContext } from "playwright-core";
import { startApp } from "../../e2e/support/app-server";
import { launchBrowser } from "../../e2e/support/browser";
import { signUpInPage } from "../../e2e/support/sign-up";

/** The first lesson, and one with a canvas slot in its first screen. */
const LESSONS = ["linear-map", "shape-table"] as const;
const THROTTLING = [1, 4] as const;
const RUNS = 5;
/** How long after the text is typeset to keep listening for a later, larger paint or a shift. */
const SETTLE_MS = 1500;

/** What one load reports: LCP (ms after navigation start), its element, and the layout shift. */
interface Load {
  readonly lcp: number;
  readonly element: string;
  readonly cls: number;
}

/** Installed before any page script, so that buffered entries from the very first paint count. */
function observePaints(): void {
  const seen = { lcp: 0, element: "", cls: 0 };
  Object.assign(window, { __firstLoad: seen });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const paint = entry as PerformanceEntry & { element?: Element | null };
      seen.lcp = paint.startTime;
      const node = paint.element;
      seen.element = node ? `${node.tagName.toLowerCase()}.${node.className}` : "(removed)";
    }
  }).observe({ type: "largest-contentful-paint", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const shift = entry as PerformanceEntry & { value?: number; hadRecentInput?: boolean };
      if (shift.hadRecentInput !== true) seen.cls += shift.value ?? 0;
    }
  }).observe({ type: "layout-shift", buffered: true });
}

async function loadOnce(context: BrowserContext, url: string, rate: number): Promise<Load> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate });
    await page.addInitScript(observePaints);
    await page.goto(url);
    await page.locator(".katex").first().waitFor();
    await page.waitForTimeout(SETTLE_MS);
    return await page.evaluate(() => (window as unknown as { __firstLoad: Load }).__firstLoad);
  } finally {
    await page.close();
  }
}

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function main(): Promise<void> {
  if (!existsSync(path.resolve(import.meta.dirname, "../../dist/web/index.html"))) {
    throw new Error("dist/web is missing: run `npm run build` first");
  }
  const app = await startApp();
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    await page.goto(app.url);
    if ((await signUpInPage(page, "Bench")) >= 300) throw new Error("sign-up failed");
    await page.close();
    console.log(`first load of a lesson page, cold HTTP cache, median of ${RUNS} loads`);
    console.log(
      `machine load average (1 min) ${loadavg()[0]?.toFixed(2)}, ${availableParallelism()} cores`,
    );
    for (const lesson of LESSONS) {
      for (const rate of THROTTLING) {
        const loads: Load[] = [];
        for (let run = 0; run < RUNS; run++) {
          loads.push(await loadOnce(context, `${app.url}/lessons/${lesson}`, rate));
        }
        const lcp = median(loads.map((l) => l.lcp)).toFixed(0);
        const cls = Math.max(...loads.map((l) => l.cls)).toFixed(3);
        const elements = [...new Set(loads.map((l) => l.element))].join(", ");
        console.log(
          `/lessons/${lesson}, CPU ${rate}× slower: LCP ${lcp} ms (element ${elements}), ` +
            `CLS at most ${cls}`,
        );
      }
    }
  } finally {
    await browser.close();
    await app.stop();
  }
}

await main();
