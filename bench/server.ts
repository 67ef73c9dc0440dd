/**
 * `npm run bench:server`: simulated learners against the real built server (`dist/cli.mjs serve`)
 * on loopback, on a fresh data folder. Each learner signs up, then loops over the study loop on
 * one keep-alive connection: a new item, a wrong answer, the right answer. Prints graded
 * submissions per second with p50/p99 latency, the errors, and checks that every acknowledged
 * submission is stored. Goal (issue 6): ≥ 3,000/s at 64 learners, p99 < 30 ms, no errors.
 */
import { Agent, request } from "node:http";
import path from "node:path";
import Database from "better-sqlite3";
import { startApp } from "../e2e/support/app-server";
import { matrixCellsOf } from "../e2e/support/stored-solution";

const LEARNERS = Number(process.env.LEARNERS ?? 64);
const WARMUP_MS = 2_000;
const MEASURE_MS = Number(process.env.MEASURE_MS ?? 10_000);

interface Reply {
  readonly status: number;
  readonly body: string;
  readonly setCookie: readonly string[];
}

/** The measured window (performance.now() times) and its tally. */
interface Window {
  readonly start: number;
  readonly end: number;
  readonly tally: Tally;
}

/** One simulated learner: their own connection and session. */
interface Learner {
  readonly agent: Agent;
  cookie: string;
}

/** What the run saw: latencies and acknowledgements in the measured window, and in all. */
interface Tally {
  readonly latenciesMs: number[];
  acknowledged: number;
  acknowledgedInAll: number;
  errors: number;
  readonly errorSamples: string[];
}

function call(base: string, learner: Learner, url: string, body?: unknown): Promise<Reply> {
  const payload = body === undefined ? "" : JSON.stringify(body);
  const headers: Record<string, string> = { cookie: learner.cookie };
  if (body !== undefined) headers["content-type"] = "application/json";
  return new Promise((resolve, reject) => {
    const req = request(`${base}${url}`, { method: "POST", agent: learner.agent, headers });
    req.on("error", reject);
    req.on("response", (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          body: text,
          setCookie: res.headers["set-cookie"] ?? [],
        }),
      );
    });
    req.end(payload);
  });
}

async function signUp(base: string, index: number): Promise<Learner> {
  const learner: Learner = { agent: new Agent({ keepAlive: true, maxSockets: 1 }), cookie: "" };
  const reply = await call(base, learner, "/api/auth/sign-up", {
    name: `learner-${index}`,
    password: "correct horse battery",
  });
  const session = reply.setCookie.find((c) => c.startsWith("pullback_session="));
  if (reply.status !== 200 || session === undefined) throw new Error(`sign-up: ${reply.body}`);
  learner.cookie = session.split(";")[0] ?? "";
  return learner;
}

/** Sends one answer and tallies it; its latency only when the measured window is open. */
async function submit(
  base: string,
  learner: Learner,
  id: string,
  cells: string[][],
  window: Window,
): Promise<void> {
  const start = performance.now();
  const reply = await call(base, learner, `/api/items/${id}/answer`, {
    submission: { kind: "matrix", cells },
  });
  const { tally } = window;
  const inWindow = start >= window.start && start < window.end;
  if (inWindow) tally.latenciesMs.push(performance.now() - start);
  const verdict =
    reply.status === 200 ? (JSON.parse(reply.body) as { verdict: string }).verdict : "";
  if (verdict === "correct" || verdict === "incorrect") {
    tally.acknowledgedInAll += 1;
    if (inWindow) tally.acknowledged += 1;
  } else {
    tally.errors += 1;
    if (tally.errorSamples.length < 3) tally.errorSamples.push(`${reply.status} ${reply.body}`);
  }
}

/** The study loop until `end`: new item, wrong answer, right answer; counted only inside the window. */
async function study(
  base: string,
  learner: Learner,
  solutionOf: (id: string) => string[][],
  window: Window,
): Promise<void> {
  while (performance.now() < window.end) {
    const issued = await call(base, learner, "/api/skills/S1/items");
    if (issued.status !== 200) throw new Error(`new item: ${issued.body}`);
    const { id } = JSON.parse(issued.body) as { id: string };
    const right = solutionOf(id);
    const wrong = right.map((row) => row.map(() => "0"));
    for (const cells of [wrong, right]) await submit(base, learner, id, cells, window);
  }
}

const percentile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

function report(tally: Tally, stored: number): void {
  const sorted = [...tally.latenciesMs].sort((a, b) => a - b);
  const rate = Math.round(tally.acknowledged / (MEASURE_MS / 1000));
  console.log(`node ${process.version}, ${LEARNERS} learners, ${MEASURE_MS / 1000} s measured`);
  console.log(`graded, stored submissions/s: ${rate}`);
  console.log(
    `latency p50 ${percentile(sorted, 0.5).toFixed(2)} ms, p99 ${percentile(sorted, 0.99).toFixed(2)} ms`,
  );
  console.log(`errors: ${tally.errors}${tally.errorSamples.map((s) => `\n  ${s}`).join("")}`);
  const allStored = stored === tally.acknowledgedInAll;
  console.log(
    `attempts stored ${stored}, acknowledged ${tally.acknowledgedInAll}: ${allStored ? "all stored" : "MISMATCH"}`,
  );
  // Figures are for reading; only a broken server (errors, lost attempts) fails the run.
  if (tally.errors > 0 || !allStored) process.exitCode = 1;
}

async function main(): Promise<void> {
  // The limits guard people; the bench's learners answer as fast as the server lets them.
  process.env.SIGN_INS_PER_MINUTE = "100000";
  process.env.SUBMISSIONS_PER_MINUTE = "100000000";
  const app = await startApp();
  try {
    const learners = await Promise.all(
      Array.from({ length: LEARNERS }, (_, i) => signUp(app.url, i)),
    );
    const db = new Database(path.join(app.dataDir, "pullback.sqlite"), { readonly: true });
    const select = db.prepare<[string], { solution_text: string }>(
      "SELECT solution_text FROM items WHERE id = ?",
    );
    const solutionOf = (id: string) => matrixCellsOf(select.get(id)?.solution_text ?? "");
    const start = performance.now() + WARMUP_MS;
    const window = { start, end: start + MEASURE_MS, tally: newTally() };
    await Promise.all(learners.map((learner) => study(app.url, learner, solutionOf, window)));
    const stored = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM attempts").get();
    db.close();
    report(window.tally, stored?.n ?? 0);
  } finally {
    await app.stop();
  }
}

const newTally = (): Tally => ({
  latenciesMs: [],
  acknowledged: 0,
  acknowledgedInAll: 0,
  errors: 0,
  errorSamples: [],
});

await main();
