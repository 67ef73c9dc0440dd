/**
 * `npm run bench:server`: simulated learners against the real built server (`dist/cli.mjs serve`)
 * on loopback, on a fresh data folder. Each learner signs up, then takes the real study loop on one
 * keep-alive connection: starts a session, asks for the next step, studies worked examples, takes
 * gates, answers items (one in `WRONG_EVERY` wrong, the rest right, from the stored item), and
 * starts a new session when one ends. A learner who finishes the course (a session with nothing to
 * study) leaves, and a fresh learner signed up beforehand takes their place. Prints graded, stored
 * submissions per second, p50/p99 of the answer and of `next`, the errors, and checks that every
 * acknowledged submission is stored.
 * Goal (issue 6): ≥ 3,000/s at 64 learners, p99 < 30 ms, no errors.
 */
import { readFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { startApp } from "../e2e/support/app-server";
import type { Database } from "../src/server/db/database";
import { answerFor } from "../src/server/test-answers";

const LEARNERS = Number(process.env.LEARNERS ?? 64);
const WARMUP_MS = 2_000;
const MEASURE_MS = Number(process.env.MEASURE_MS ?? 10_000);
const SESSION_ITEMS = 40;
const WRONG_EVERY = 4;
// A learner right three times in four finishes the course in about 110 answers; one learner alone
// answers over 100 a second. Spares are signed up before the run, so no sign-up's password
// hashing falls in the measured window.
const SPARE_LEARNERS = Number(process.env.SPARE_LEARNERS ?? Math.max(LEARNERS, 32));
const LOAD_BEFORE = loadavg();

/** One simulated learner: their own connection, session cookie, and count of answers given. */
interface Learner {
  readonly agent: Agent;
  cookie: string;
  answers: number;
}

/** What the run saw: latencies in the measured window, acknowledgements there and in all. */
interface Tally {
  readonly answerMs: number[];
  readonly nextMs: number[];
  acknowledged: number;
  acknowledgedInAll: number;
  errors: number;
  readonly errorSamples: string[];
  /** Learners who finished the course (a session with nothing to study) and left. */
  finished: number;
}

/** Where the run is: the server, the measured window, what was seen, and how to answer an item. */
interface Run {
  readonly base: string;
  readonly start: number;
  readonly end: number;
  readonly tally: Tally;
  readonly answer: (itemId: string, right: boolean) => Promise<unknown>;
  /** Fresh learners who take the place of those who finish the course. */
  readonly spares: Learner[];
}

/** A reply that is not 200: counted as an error, and the learner starts over with a new session. */
class ErrorReply extends Error {}

async function call(run: Run, learner: Learner, url: string, body?: unknown): Promise<unknown> {
  const reply = await send(run.base, learner, url, body);
  if (reply.status !== 200) throw new ErrorReply(`${reply.status} ${url} ${reply.body}`);
  return JSON.parse(reply.body);
}

function send(base: string, learner: Learner, url: string, body?: unknown) {
  const headers: Record<string, string> = { cookie: learner.cookie };
  if (body !== undefined) headers["content-type"] = "application/json";
  return new Promise<{ status: number; body: string; setCookie: string[] }>((resolve, reject) => {
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
    req.end(body === undefined ? "" : JSON.stringify(body));
  });
}

async function signUp(base: string, index: number): Promise<Learner> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const learner: Learner = { agent, cookie: "", answers: 0 };
  const reply = await send(base, learner, "/api/auth/sign-up", {
    name: `learner-${index}`,
    password: "correct horse battery",
  });
  const session = reply.setCookie.find((c) => c.startsWith("pullback_session="));
  if (reply.status !== 200 || session === undefined) throw new Error(`sign-up: ${reply.body}`);
  learner.cookie = session.split(";")[0] ?? "";
  return learner;
}

/** Runs one timed request; its latency is kept when it started inside the measured window. */
async function timed<T>(run: Run, into: number[], go: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const value = await go();
  if (start >= run.start && start < run.end) into.push(performance.now() - start);
  return value;
}

/** Answers one item, right or wrong by the fixed ratio, and counts it if graded and stored. */
async function answer(run: Run, learner: Learner, itemId: string): Promise<void> {
  learner.answers += 1;
  const submission = await run.answer(itemId, learner.answers % WRONG_EVERY !== 0);
  const start = performance.now();
  const reply = (await timed(run, run.tally.answerMs, () =>
    call(run, learner, `/api/items/${itemId}/answer`, { submission }),
  )) as { verdict: string; replayed?: boolean };
  const graded = reply.verdict === "correct" || reply.verdict === "incorrect";
  if (!graded || reply.replayed === true) {
    throw new ErrorReply(`answer to ${itemId} was not a first graded answer: ${reply.verdict}`);
  }
  run.tally.acknowledgedInAll += 1;
  if (start >= run.start && start < run.end) run.tally.acknowledged += 1;
}

/** Takes a unit's gate: every item of the attempt in order, until its verdict. */
async function takeGate(run: Run, learner: Learner, unit: number): Promise<void> {
  const attempt = (await call(run, learner, `/api/gates/${unit}/attempts`)) as { id: string };
  for (;;) {
    const step = (await call(run, learner, `/api/gate-attempts/${attempt.id}/next`)) as
      { kind: "item"; item: { id: string } } | { kind: "done" };
    if (step.kind === "done") return;
    await answer(run, learner, step.item.id);
  }
}

type Step =
  | { kind: "item"; item: { id: string } }
  | { kind: "worked-example"; example: { id: string } }
  | { kind: "gate"; unit: number }
  | { kind: "end"; summary: { items: number } };

/**
 * One study session, step by step, until it ends or the run is over. Says whether the learner is
 * done with the course: the session ended before giving them anything to study.
 */
async function studySession(run: Run, learner: Learner): Promise<boolean> {
  const session = (await call(run, learner, "/api/study-sessions", {
    maxItems: SESSION_ITEMS,
  })) as { id: string };
  while (performance.now() < run.end) {
    const step = (await timed(run, run.tally.nextMs, () =>
      call(run, learner, `/api/study-sessions/${session.id}/next`),
    )) as Step;
    if (step.kind === "end") return step.summary.items === 0;
    if (step.kind === "item") await answer(run, learner, step.item.id);
    else if (step.kind === "gate") await takeGate(run, learner, step.unit);
    else await call(run, learner, `/api/items/${step.example.id}/studied`);
  }
  return false;
}

/**
 * The study loop of one place until the run ends: an error is tallied and the learner starts a
 * new session; a learner who finishes the course hands the place to a spare, if one is left.
 */
async function study(run: Run, first: Learner): Promise<void> {
  let learner: Learner | undefined = first;
  while (learner !== undefined && performance.now() < run.end) {
    try {
      if (await studySession(run, learner)) {
        run.tally.finished += 1;
        learner = run.spares.pop();
      }
    } catch (error) {
      if (!(error instanceof ErrorReply)) throw error;
      run.tally.errors += 1;
      if (run.tally.errorSamples.length < 3) run.tally.errorSamples.push(error.message);
    }
  }
}

const percentile = (sorted: readonly number[], q: number): string =>
  (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN).toFixed(2);

const latencies = (name: string, ms: readonly number[]): string => {
  const sorted = [...ms].sort((a, b) => a - b);
  return `${name} p50 ${percentile(sorted, 0.5)} ms, p99 ${percentile(sorted, 0.99)} ms`;
};

/** CPU time (user + system, ms) a process has used so far, from Linux's /proc (ticks of 10 ms). */
function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  // After "pid (name) ", utime and stime are the 12th and 13th fields.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** CPU per acknowledged submission in the measured window, for the server and for the load. */
interface CpuPerSubmission {
  readonly server: number;
  readonly load: number;
}

const sleepUntil = (at: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, at - performance.now())));

/** CPU time (ms) the server and this load generator used in the measured window. */
async function cpuInWindow(serverPid: number, run: Run) {
  await sleepUntil(run.start);
  const [server, load] = [processCpuMs(serverPid), process.cpuUsage()];
  await sleepUntil(run.end);
  const used = process.cpuUsage(load);
  return { server: processCpuMs(serverPid) - server, load: (used.user + used.system) / 1000 };
}

function report(tally: Tally, stored: number, spares: number, cpu: CpuPerSubmission): void {
  const seconds = MEASURE_MS / 1000;
  console.log(`node ${process.version}, ${availableParallelism()} cores shared by server and load`);
  // Other work on the machine takes cores from both; a high figure here makes the run unfair.
  console.log(`load average before the run: ${LOAD_BEFORE.map((n) => n.toFixed(1)).join(", ")}`);
  console.log(`${LEARNERS} learners, sessions of ${SESSION_ITEMS}, ${seconds} s measured`);
  console.log(`graded, stored submissions/s: ${Math.round(tally.acknowledged / seconds)}`);
  console.log(`${latencies("answer", tally.answerMs)}; ${latencies("next", tally.nextMs)}`);
  console.log(
    `CPU per submission: server ${cpu.server.toFixed(2)} ms, load generator ${cpu.load.toFixed(2)} ms`,
  );
  // Both share the machine's cores: at full use, this many submissions fit in a second.
  const ceiling = (availableParallelism() * 1000) / (cpu.server + cpu.load);
  console.log(
    `ceiling at that CPU cost on ${availableParallelism()} cores: ${Math.round(ceiling)}/s`,
  );
  console.log(`errors: ${tally.errors}${tally.errorSamples.map((s) => `\n  ${s}`).join("")}`);
  console.log(`learners who finished the course: ${tally.finished}, spares left: ${spares}`);
  // With no spare left, places fell idle and the figures understate what the server can do.
  if (spares === 0) console.log("WARNING: spares ran out; raise SPARE_LEARNERS");
  const allStored = stored === tally.acknowledgedInAll;
  console.log(
    `attempts stored ${stored}, acknowledged ${tally.acknowledgedInAll}: ${allStored ? "all stored" : "MISMATCH"}`,
  );
  // Figures are for reading; only a broken server (errors, lost attempts) fails the run.
  if (tally.errors > 0 || !allStored) process.exitCode = 1;
}

/**
 * Node flags for the server from `SERVER_PROFILE_DIR`: a CPU profile of the server alone, written
 * there when the bench stops it (SIGTERM ends the server through exit, so the profile is saved).
 */
function serverNodeFlags(): string[] {
  const dir = process.env.SERVER_PROFILE_DIR;
  if (dir === undefined) return [];
  const exitOnTerm = 'process.on("SIGTERM", () => process.exit(0))';
  return ["--cpu-prof", `--cpu-prof-dir=${dir}`, `--import=data:text/javascript,${exitOnTerm}`];
}

async function main(): Promise<void> {
  // The limits guard people; the bench's learners answer as fast as the server lets them.
  process.env.SIGN_INS_PER_MINUTE = "100000";
  process.env.SUBMISSIONS_PER_MINUTE = "100000000";
  const app = await startApp(undefined, {}, serverNodeFlags());
  try {
    const signedUp = await Promise.all(
      Array.from({ length: LEARNERS + SPARE_LEARNERS }, (_, i) => signUp(app.url, i)),
    );
    const learners = signedUp.slice(0, LEARNERS);
    const spares = signedUp.slice(LEARNERS);
    // Read-only beside the server: the bench reads the seed the browser never sees, to answer.
    const file = new SQLite(path.join(app.dataDir, "pullback.sqlite"), { readonly: true });
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: file }) });
    const start = performance.now() + WARMUP_MS;
    const tally: Tally = {
      answerMs: [],
      nextMs: [],
      acknowledged: 0,
      acknowledgedInAll: 0,
      errors: 0,
      errorSamples: [],
      finished: 0,
    };
    // `answerFor` makes no wrong answer to a kind without catalogued mistakes (arrows, so far):
    // such an item is answered right, so a learner who reaches one keeps going.
    const answerItem = (id: string, right: boolean) =>
      answerFor(db, id, right).catch(() => answerFor(db, id, true));
    const end = start + MEASURE_MS;
    const run: Run = { base: app.url, start, end, tally, answer: answerItem, spares };
    const [cpu] = await Promise.all([
      cpuInWindow(app.pid, run),
      ...learners.map((learner) => study(run, learner)),
    ]);
    const stored = file.prepare("SELECT count(*) AS n FROM attempts").get() as { n: number };
    await db.destroy();
    const per = (ms: number) => ms / Math.max(1, tally.acknowledged);
    report(tally, stored.n, spares.length, { server: per(cpu.server), load: per(cpu.load) });
  } finally {
    await app.stop();
  }
}

await main();
