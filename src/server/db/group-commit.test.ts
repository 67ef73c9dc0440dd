import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { groupCommitDialect, type CommitSync } from "./group-commit";

interface Schema {
  notes: { id: number; parent: number | null };
}

describe("group commit", () => {
  let dir: string;
  let file: string;
  let statements: string[];
  let db: Kysely<Schema>;
  let isOpen = false;

  /** The notes database with group commit, and the given sync after each COMMIT if any. */
  async function openNotes(commitSync?: CommitSync): Promise<void> {
    if (isOpen) await db.destroy();
    statements = [];
    const sqlite = new SQLite(file, { verbose: (text) => statements.push(String(text)) });
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("foreign_keys = ON");
    db = new Kysely<Schema>({ dialect: groupCommitDialect(sqlite, undefined, commitSync) });
    isOpen = true;
    // A deferred foreign key is checked at COMMIT: the way to make a whole batch's commit fail.
    await sql`create table if not exists notes (id integer primary key, parent integer
      references notes(id) deferrable initially deferred)`.execute(db);
    statements.length = 0;
  }

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "pullback-group-commit-"));
    file = path.join(dir, "test.sqlite");
    await openNotes();
  });

  afterEach(async () => {
    await db.destroy();
    isOpen = false;
    rmSync(dir, { recursive: true, force: true });
  });

  const insert = (id: number, parent: number | null = null) =>
    db.transaction().execute(async (trx) => {
      await trx.insertInto("notes").values({ id, parent }).execute();
      return id;
    });
  const commits = () => statements.filter((s) => s === "commit").length;
  const storedIds = () => {
    const reader = new SQLite(file, { readonly: true });
    const rows = reader.prepare("select id from notes order by id").all() as { id: number }[];
    reader.close();
    return rows.map((row) => row.id);
  };

  it("commits transactions that arrive together with one COMMIT", async () => {
    expect(await Promise.all([1, 2, 3, 4, 5].map((id) => insert(id)))).toEqual([1, 2, 3, 4, 5]);
    expect(commits()).toBe(1);
  });

  it("returns a transaction's result only once another connection can read what it wrote", async () => {
    await insert(7);
    expect(storedIds()).toEqual([7]);
  });

  it("rolls back only the transaction that failed, and commits the rest of its batch", async () => {
    const failing = db.transaction().execute(async (trx) => {
      await trx.insertInto("notes").values({ id: 2, parent: null }).execute();
      throw new Error("changed its mind");
    });
    const results = await Promise.allSettled([insert(1), failing, insert(3)]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(storedIds()).toEqual([1, 3]);
  });

  it("fails every transaction of a batch whose COMMIT fails, and stores none of them", async () => {
    const results = await Promise.allSettled([insert(1), insert(2, 99)]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    expect(storedIds()).toEqual([]);
    expect(await insert(3)).toBe(3); // the next batch starts clean
    expect(storedIds()).toEqual([3]);
  });

  it("runs a statement outside any transaction on its own when no batch is open", async () => {
    await db.insertInto("notes").values({ id: 5, parent: null }).execute();
    expect(statements.some((s) => s === "begin")).toBe(false);
    expect(storedIds()).toEqual([5]);
  });

  it("makes a read beside an open batch wait until that batch is committed", async () => {
    const writing = insert(4);
    const read = await db.selectFrom("notes").select("id").execute();
    expect(read).toEqual([{ id: 4 }]);
    expect(storedIds()).toEqual([4]); // what the read saw was already durable when it returned
    await writing;
  });

  /** A sync that, once `hold()` is called, waits until the test lets it finish; counts calls. */
  function heldSync() {
    let release: (error?: Error) => void = () => undefined;
    let held = false;
    const sync = {
      calls: 0,
      hold: () => {
        held = true;
        sync.calls = 0;
      },
      sync: () => {
        sync.calls += 1;
        if (!held) return Promise.resolve();
        return new Promise<void>((resolve, reject) => {
          release = (error) => (error === undefined ? resolve() : reject(error));
        });
      },
      close: () => Promise.resolve(),
      release: (error?: Error) => release(error),
    };
    return sync;
  }

  /** The notes database with a sync that holds from now on. */
  async function openHeld() {
    const sync = heldSync();
    await openNotes(sync);
    sync.hold();
    return sync;
  }

  /** Long enough for a COMMIT to run and a sync to be asked for. */
  const moment = () => new Promise((resolve) => setTimeout(resolve, 20));

  const settledSoon = async (promise: Promise<unknown>) => {
    let settled = false;
    void promise.finally(() => (settled = true)).catch(() => undefined);
    await moment();
    return settled;
  };

  it("answers a transaction only once the log it committed to is synced", async () => {
    const sync = await openHeld();
    const writing = insert(1);
    expect(await settledSoon(writing)).toBe(false);
    expect(sync.calls).toBe(1);
    expect(storedIds()).toEqual([1]); // committed, but not yet reported
    sync.release();
    expect(await writing).toBe(1);
  });

  it("makes a read of committed but unsynced data wait for the sync", async () => {
    const sync = await openHeld();
    const writing = insert(2);
    await moment(); // committed, sync held
    const reading = db.selectFrom("notes").select("id").execute();
    expect(await settledSoon(reading)).toBe(false);
    sync.release();
    expect(await reading).toEqual([{ id: 2 }]);
    await writing;
  });

  it("fails the transactions of a batch whose sync fails", async () => {
    const sync = await openHeld();
    const writing = insert(3);
    await moment();
    const diskError = new Error("EIO: i/o error, fsync");
    sync.release(diskError);
    await expect(writing).rejects.toBe(diskError);
  });

  it("answers a write outside any transaction only once the log is synced", async () => {
    const sync = await openHeld();
    const writing = db.insertInto("notes").values({ id: 6, parent: null }).execute();
    expect(await settledSoon(writing)).toBe(false);
    expect(sync.calls).toBe(1);
    sync.release();
    await writing;
    expect(storedIds()).toEqual([6]);
  });
});
