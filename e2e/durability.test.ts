import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "./support/app-server";

// Issue 6, item 5: what the server acknowledged survives a SIGKILL. Several learners answer as
// fast as they can; the server is killed mid-stream and restarted on the same data folder.

const LEARNERS = 8;
/** Kill once this many answers are acknowledged in all: well into the stream, not at its start. */
const KILL_AFTER = 400;

/** One learner's answering loop and what it was told. */
interface Stream {
  readonly name: string;
  readonly cookie: string;
  acknowledged: number;
  /** Sent but with no reply when the server died (at most one: each learner waits for replies). */
  inFlight: number;
}

let app: RunningApp;
let streams: Stream[] = [];
const savedEnv = { ...process.env };

beforeAll(async () => {
  // The limits are for people; here each learner answers as fast as the server replies.
  process.env.SIGN_INS_PER_MINUTE = "1000";
  process.env.SUBMISSIONS_PER_MINUTE = "1000000";
  app = await startApp();
});

afterAll(async () => {
  process.env = savedEnv;
  await app?.stop();
});

async function post(url: string, cookie: string, body?: unknown): Promise<Response> {
  return fetch(`${app.url}${url}`, {
    method: "POST",
    headers: { cookie, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function openStream(index: number): Promise<Stream> {
  const name = `learner-${index}`;
  const signUp = await post("/api/auth/sign-up", "", { name, password: "correct horse battery" });
  const cookie = (signUp.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  return { name, cookie, acknowledged: 0, inFlight: 0 };
}

/**
 * Takes a new item and answers it, until the server stops replying; counts only replies that
 * say the answer was graded for the first time (an item counts once).
 */
async function answerUntilKilled(stream: Stream): Promise<void> {
  const submission = { kind: "matrix", cells: [["0"]] };
  for (;;) {
    try {
      const item = await post("/api/skills/S1/items", stream.cookie);
      const { id } = (await item.json()) as { id: string };
      stream.inFlight = 1;
      const reply = await post(`/api/items/${id}/answer`, stream.cookie, { submission });
      const { verdict, replayed } = (await reply.json()) as { verdict?: string; replayed?: true };
      if ((verdict !== "correct" && verdict !== "incorrect") || replayed)
        throw new Error(`not graded once: ${verdict}`);
    } catch {
      return; // the connection died with the server: this answer is in flight, unacknowledged
    }
    stream.inFlight = 0;
    stream.acknowledged += 1;
  }
}

const acknowledgedInAll = () => streams.reduce((n, s) => n + s.acknowledged, 0);

describe("a server killed with SIGKILL under load", () => {
  it("keeps every acknowledged attempt, whole, and nothing half-written", async () => {
    streams = await Promise.all(Array.from({ length: LEARNERS }, (_, i) => openStream(i)));
    const answering = Promise.all(streams.map(answerUntilKilled));
    await expect
      .poll(acknowledgedInAll, { timeout: 30_000, interval: 5 })
      .toBeGreaterThan(KILL_AFTER);
    app = await app.restart();
    await answering;

    const db = new Database(path.join(app.dataDir, "pullback.sqlite"), { readonly: true });
    try {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(db.pragma("foreign_key_check")).toEqual([]);
      const storedFor = db.prepare<[string], { n: number; state: string | null }>(
        `SELECT (SELECT count(*) FROM attempts a WHERE a.learner_id = l.id) AS n, s.state
         FROM learners l LEFT JOIN learner_states s ON s.learner_id = l.id WHERE l.name = ?`,
      );
      for (const stream of streams) {
        const row = storedFor.get(stream.name);
        const stored = row?.n ?? 0;
        // Every acknowledged answer is stored; at most the one in flight is stored beyond them.
        expect(stored).toBeGreaterThanOrEqual(stream.acknowledged);
        expect(stored).toBeLessThanOrEqual(stream.acknowledged + stream.inFlight);
        // The learner model's update commits with its attempt: one opportunity per stored answer.
        const state = JSON.parse(row?.state ?? "{}") as {
          skills?: { S1?: { opportunities: number } };
        };
        expect(state.skills?.S1?.opportunities).toBe(stored);
      }
      // Attempt and "item answered" commit together: no attempt without its item marked.
      const orphans = db
        .prepare(
          `SELECT count(*) AS n FROM attempts a LEFT JOIN items i ON i.id = a.item_id
           WHERE i.id IS NULL OR i.answered_at IS NULL`,
        )
        .get() as { n: number };
      expect(orphans.n).toBe(0);
    } finally {
      db.close();
    }
  });

  it("serves each learner's acknowledged history after the restart, on the same session", async () => {
    for (const { cookie, acknowledged } of streams) {
      const history = await fetch(`${app.url}/api/skills/S1/history`, { headers: { cookie } });
      expect(history.status).toBe(200);
      const { attempts } = (await history.json()) as { attempts: unknown[] };
      // The history shows the latest 100 attempts.
      expect(attempts.length).toBeGreaterThanOrEqual(Math.min(acknowledged, 100));
    }
  });
});
