import type { Kysely } from "kysely";
import {
  createLearnerState,
  restoreLearnerState,
  type LearnerState,
  type PlacementState,
} from "../../core/learner";
import { createLruCache, type LearnerId } from "../../core/shared";
import type { Database, LearnerStateTable } from "./database";
import { prepareQuery } from "./prepared-query";

// Every request of a learner reads their state, and parsing its JSON showed as a twentieth of the
// server's time under load. The last state read or written per learner is kept beside its text:
// the same stored text is the same state (states are immutable values), so it is not parsed
// again. Keeping what was written means the read after an answer finds it too; a write that rolls
// back leaves text the store does not hold, so it can never be served.
const recentStates = createLruCache<{ readonly json: string; readonly state: LearnerState }>(4096);

function parsedState(learnerId: string, json: string): LearnerState {
  const known = recentStates.get(learnerId);
  if (known?.json === json) return known.state;
  return recentStates.set(learnerId, { json, state: readLearnerState(json) }).state;
}

// Read on every request and written on every answer: compiled once (see prepared-query.ts).
const storedState = prepareQuery((db, values: { learnerId: string }) =>
  db
    .selectFrom("learner_states")
    .select(["state", "placement", "version"])
    .where("learner_id", "=", values.learnerId),
);

const updateState = prepareQuery((db, values: StateRow & { learnerId: string; expected: number }) =>
  db
    .updateTable("learner_states")
    .set({
      state: values.state,
      placement: values.placement,
      version: values.version,
      updated_at: values.updated_at,
    })
    .where("learner_id", "=", values.learnerId)
    .where("version", "=", values.expected),
);

/** The learner model's state as stored: the state, placement in progress, and its version. */
export interface StoredLearnerState {
  readonly state: LearnerState;
  readonly placement: PlacementState | null;
  /** 0 when nothing is stored yet (a new learner). */
  readonly version: number;
}

/** The learner's stored model state, or a new learner's when none is stored. */
export async function loadLearnerState(
  db: Kysely<Database>,
  learnerId: LearnerId,
): Promise<StoredLearnerState> {
  const [row] = (await storedState(db, { learnerId })).rows;
  if (row === undefined) return { state: createLearnerState(), placement: null, version: 0 };
  return {
    state: parsedState(learnerId, row.state),
    placement: row.placement === null ? null : (JSON.parse(row.placement) as PlacementState),
    version: row.version,
  };
}

/** The stored model states of the learners given (a learner with none is missing from the map). */
export async function loadLearnerStates(
  db: Kysely<Database>,
  learnerIds: readonly LearnerId[],
): Promise<Map<string, LearnerState>> {
  if (learnerIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("learner_states")
    .select(["learner_id", "state"])
    .where("learner_id", "in", learnerIds)
    .execute();
  return new Map(rows.map((row) => [row.learner_id, parsedState(row.learner_id, row.state)]));
}

/** A stored state, read over today's defaults (`restoreLearnerState`). */
export function readLearnerState(json: string): LearnerState {
  return restoreLearnerState(JSON.parse(json) as Partial<LearnerState>);
}

/**
 * Stores the next state if the stored version is still `expected` (optimistic concurrency: two
 * requests of one learner racing on PostgreSQL); false when another request got there first.
 */
export async function saveLearnerState(
  db: Kysely<Database>,
  learnerId: LearnerId,
  next: Pick<StoredLearnerState, "state" | "placement">,
  expected: number,
  now: Date,
): Promise<boolean> {
  const json = JSON.stringify(next.state);
  const values = {
    state: json,
    placement: next.placement === null ? null : JSON.stringify(next.placement),
    version: expected + 1,
    updated_at: now.toISOString(),
  };
  const saved =
    expected === 0
      ? await insertFirst(db, learnerId, values)
      : await updateAt(db, learnerId, values, expected);
  if (saved) recentStates.set(learnerId, { json, state: next.state });
  return saved;
}

type StateRow = Omit<LearnerStateTable, "learner_id">;

async function insertFirst(db: Kysely<Database>, learnerId: LearnerId, values: StateRow) {
  const inserted = await db
    .insertInto("learner_states")
    .values({ learner_id: learnerId, ...values })
    .onConflict((conflict) => conflict.column("learner_id").doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1;
}

async function updateAt(
  db: Kysely<Database>,
  learnerId: LearnerId,
  values: StateRow,
  expected: number,
) {
  const updated = await updateState(db, { ...values, learnerId, expected });
  return updated.numAffectedRows === 1n;
}
