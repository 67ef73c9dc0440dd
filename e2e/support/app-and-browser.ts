import type { Browser } from "playwright-core";
import { startApp, type RunningApp } from "./app-server";
import { launchBrowser } from "./browser";

/** A test file's own app, on a fresh data folder, and a headless Chromium to drive it. */
export async function startAppAndBrowser(): Promise<{ app: RunningApp; browser: Browser }> {
  const app = await startApp();
  return { app, browser: await launchBrowser() };
}

/** Closes both; either may be missing when starting failed. */
export async function stopAppAndBrowser(
  app: RunningApp | undefined,
  browser: Browser | undefined,
): Promise<void> {
  await browser?.close();
  await app?.stop();
}
