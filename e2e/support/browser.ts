import { execFileSync } from "node:child_process";
import { chromium, type Browser } from "playwright-core";

/** Flags for headless Debian Chromium in a closed network, as root. */
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Launches the `chromium` found on the PATH (Debian's package), headless. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = execFileSync("sh", ["-c", "command -v chromium"]).toString().trim();
  return chromium.launch({ executablePath, headless: true, args: FLAGS });
}
