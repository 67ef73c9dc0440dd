import type { Database as SqliteFile } from "better-sqlite3";
import {
  CompiledQuery,
  SqliteDialect,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
  type SqliteDialectConfig,
} from "kysely";

// With synchronous=FULL every COMMIT is an fsync, and the load benchmark measured one at about
// 2.5 ms of blocked event loop: one per request capped the server near 200 answers/s. Group
// commit runs the transactions that arrive together as savepoints of one SQLite transaction and
// commits it once; each caller waits for that COMMIT, so nothing is acknowledged before it is
// durable, and a transaction that fails rolls back to its savepoint without touching the others.
// Given a `CommitSync`, the COMMIT itself need not reach the disk (synchronous=NORMAL): the batch
// settles only after the sync has flushed the log, which it does off the event loop.

/** One group of transactions committed together; `done` settles when its COMMIT has. */
interface Batch {
  readonly done: Promise<void>;
  settle(error?: unknown): void;
}

function newBatch(): Batch {
  let settle: (error?: unknown) => void = () => undefined;
  const done = new Promise<void>((resolve, reject) => {
    settle = (error) => (error === undefined ? resolve() : reject(error));
  });
  done.catch(() => undefined); // a batch with no one waiting must not be an unhandled rejection
  return { done, settle };
}

const SAVEPOINT = "group_commit_tx";
const BATCH_LOST = new Error("SQLite rolled back the whole batch");

/**
 * One use of the single connection: the batch whose uncommitted (or unsynced) data it saw, if
 * any, and whether it wrote outside any transaction (a statement SQLite committed on its own).
 */
class Lease implements DatabaseConnection {
  batch: Batch | undefined;
  rolledBack = false;
  wroteAlone = false;

  constructor(
    readonly connection: DatabaseConnection,
    private readonly openBatch: () => Batch | undefined,
    private readonly inTransaction: () => boolean,
  ) {}

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    // A statement beside an open batch runs inside it, so its caller waits for that commit too.
    this.batch ??= this.openBatch();
    if (!this.inTransaction() && query.query.kind !== "SelectQueryNode") this.wroteAlone = true;
    return this.connection.executeQuery(query);
  }

  streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("Streaming is not supported with group commit");
  }
}

/** Makes the transactions committed so far durable, off the event loop. */
export interface CommitSync {
  /** Resolves once everything committed before the call is durable. */
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** Kysely's SQLite driver with transactions grouped into shared commits. */
class GroupCommitDriver implements Driver {
  #batch: Batch | undefined;
  /** The latest batch committed but not yet synced: what a reader now sees but may not report. */
  #unsynced: Batch | undefined;
  #flushScheduled = false;

  constructor(
    private readonly inner: Driver,
    private readonly sqlite: SqliteFile,
    private readonly commitSync: CommitSync | undefined,
  ) {}

  init(): Promise<void> {
    return this.inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    return new Lease(
      await this.inner.acquireConnection(),
      () => this.#batch ?? this.#unsynced,
      () => this.sqlite.inTransaction,
    );
  }

  async beginTransaction(lease: Lease): Promise<void> {
    if (this.#batch !== undefined && !this.sqlite.inTransaction) this.#endBatch(BATCH_LOST);
    if (this.#batch === undefined) {
      await lease.connection.executeQuery(CompiledQuery.raw("begin"));
      this.#batch = newBatch();
    }
    await lease.executeQuery(CompiledQuery.raw(`savepoint ${SAVEPOINT}`));
  }

  async commitTransaction(lease: Lease): Promise<void> {
    await lease.executeQuery(CompiledQuery.raw(`release ${SAVEPOINT}`));
  }

  async rollbackTransaction(lease: Lease): Promise<void> {
    lease.rolledBack = true;
    // Some errors (a full disk, I/O) make SQLite abandon the whole transaction: the batch is lost.
    if (!this.sqlite.inTransaction) return this.#endBatch(BATCH_LOST);
    await lease.executeQuery(CompiledQuery.raw(`rollback to ${SAVEPOINT}`));
    await lease.executeQuery(CompiledQuery.raw(`release ${SAVEPOINT}`));
  }

  async releaseConnection(lease: Lease): Promise<void> {
    await this.inner.releaseConnection(lease.connection);
    if (lease.wroteAlone) await this.#syncAlone();
    if (lease.batch === undefined) return;
    this.#scheduleFlush();
    // A rolled-back transaction already failed with its own error; it waits only so that
    // nothing it read from the batch is reported before that data is durable.
    await (lease.rolledBack ? lease.batch.done.catch(() => undefined) : lease.batch.done);
  }

  async destroy(): Promise<void> {
    await this.#flush();
    await this.#unsynced?.done.catch(() => undefined);
    await this.inner.destroy();
    await this.commitSync?.close();
  }

  #scheduleFlush(): void {
    if (this.#flushScheduled) return;
    this.#flushScheduled = true;
    // After the requests already waiting have run, so those arriving together share the commit.
    setImmediate(() => void this.#flush());
  }

  async #flush(): Promise<void> {
    this.#flushScheduled = false;
    const connection = await this.inner.acquireConnection();
    let committed: Batch | undefined;
    try {
      if (this.#batch === undefined) return;
      try {
        await connection.executeQuery(CompiledQuery.raw("commit"));
        // Taken while the connection is held, so no transaction can begin beside a stale batch.
        committed = this.#takeBatch();
      } catch (error) {
        if (this.sqlite.inTransaction) await connection.executeQuery(CompiledQuery.raw("rollback"));
        this.#endBatch(error);
      }
    } finally {
      await this.inner.releaseConnection(connection);
    }
    if (committed !== undefined) await this.#settleWhenDurable(committed);
  }

  /** Makes a statement committed outside any batch durable, as a batch of its own. */
  async #syncAlone(): Promise<void> {
    const alone = newBatch();
    await this.#settleWhenDurable(alone);
    await alone.done;
  }

  /** Settles a committed batch once it is durable; a failed sync fails its transactions. */
  async #settleWhenDurable(batch: Batch): Promise<void> {
    if (this.commitSync === undefined) {
      batch.settle();
      return;
    }
    this.#unsynced = batch;
    try {
      await this.commitSync.sync();
      batch.settle();
    } catch (error) {
      batch.settle(error);
    } finally {
      if (this.#unsynced === batch) this.#unsynced = undefined;
    }
  }

  #endBatch(error?: unknown): void {
    this.#takeBatch()?.settle(error);
  }

  #takeBatch(): Batch | undefined {
    const batch = this.#batch;
    this.#batch = undefined;
    return batch;
  }
}

/**
 * Kysely's SQLite dialect over `sqlite` (queries through `config.database`, e.g. a statement
 * cache over the same file) with group commit: a transaction's result is returned only once the
 * shared COMMIT it joined has succeeded (and `commitSync`, when given, has made it durable),
 * and every transaction of a failed COMMIT fails.
 */
export function groupCommitDialect(
  sqlite: SqliteFile,
  config: SqliteDialectConfig = { database: sqlite },
  commitSync?: CommitSync,
): Dialect {
  const dialect = new SqliteDialect(config);
  return {
    createAdapter: () => dialect.createAdapter(),
    createDriver: () => new GroupCommitDriver(dialect.createDriver(), sqlite, commitSync),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createIntrospector: (db) => dialect.createIntrospector(db),
  };
}
