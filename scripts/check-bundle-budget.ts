/**
 * The production build's budget: the JavaScript a browser fetches for the first load of a lesson
 * page (the entry, the lesson route, and what that route loads on a page with a canvas), gzipped,
 * must stay within 250 KB. Reads Vite's manifest after `npm run build`; exits 1 above the budget.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 250;
const WEB = path.resolve(import.meta.dirname, "../dist/web");

interface Chunk {
  readonly file: string;
  readonly src?: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
}

const manifest = JSON.parse(readFileSync(path.join(WEB, ".vite/manifest.json"), "utf8")) as Record<
  string,
  Chunk
>;

/** The chunk keys `key` loads before it runs: itself and its static imports, transitively. */
function closure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  const chunk = manifest[key];
  if (!chunk) throw new Error(`the manifest has no chunk ${key}`);
  for (const next of chunk.imports ?? []) closure(next, seen);
  return seen;
}

const keyOf = (predicate: (key: string, chunk: Chunk) => boolean, what: string): string => {
  const found = Object.entries(manifest).find(([key, chunk]) => predicate(key, chunk));
  if (!found) throw new Error(`the manifest has no ${what}`);
  return found[0];
};

const entry = keyOf((_, chunk) => chunk.isEntry === true, "entry");
const lesson = keyOf((key) => key.endsWith("lesson/lesson-page.tsx"), "lesson page chunk");
const shell = closure(entry);
const route = [...closure(lesson)].filter((key) => !shell.has(key));
const firstPaint = new Set([...shell, ...route]);
// What the lesson route's own chunks load lazily, once its content is painted (the canvas).
const deferred = new Set(
  route
    .flatMap((key) => manifest[key]?.dynamicImports ?? [])
    .flatMap((key) => [...closure(key)])
    .filter((key) => !firstPaint.has(key)),
);

/** The gzipped JavaScript of some chunks, largest first, printed one a line; returns the total. */
function report(keys: ReadonlySet<string>, title: string): number {
  const sizes = [...keys]
    .map((key) => manifest[key]?.file ?? "")
    .filter((file) => file.endsWith(".js"))
    .map((file) => ({ file, kb: gzipSync(readFileSync(path.join(WEB, file))).length / 1000 }))
    .sort((a, b) => b.kb - a.kb);
  for (const { file, kb } of sizes) console.log(`${kb.toFixed(1).padStart(8)} KB  ${file}`);
  const total = sizes.reduce((sum, { kb }) => sum + kb, 0);
  console.log(`${total.toFixed(1).padStart(8)} KB  ${title}`);
  return total;
}

const total = report(
  firstPaint,
  `gzipped JavaScript before a lesson page's first paint of content (budget ${BUDGET_KB} KB)`,
);
console.log();
report(deferred, "gzipped JavaScript loaded after it, when a canvas slot nears the viewport");
if (total > BUDGET_KB) {
  console.error(`Over budget by ${(total - BUDGET_KB).toFixed(1)} KB.`);
  process.exitCode = 1;
}
