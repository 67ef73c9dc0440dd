import type { Kysely, Transaction } from "kysely";
import type { LearnerId } from "../../core/shared";
import type { Database } from "../db/database";
import {
  loadLearnerState,
  saveLearnerState,
  type StoredLearnerState,
} from "../db/learner-state-repository";

/** What a change to a learner's state decides: the next state (or none), and its own result. */
export interface LearnerChange<T> {
  readonly next?: Pick<StoredLearnerState, "state" | "placement">;
  readonly value: T;
}

/** Thrown inside the transaction to roll it back when another request changed the state first. */
class StaleState extends Error {}

const MAX_TRIES = 5;

/**
 * Runs `change` on the learner's current state inside one transaction, with everything it writes,
 * and stores the state it returns; if another request of the same learner committed in between,
 * the whole change is rolled back and run again on the newer state. On SQLite transactions are
 * serial and this never retries; on PostgreSQL two servers may race.
 */
export async function updateLearner<T>(
  db: Kysely<Database>,
  learnerId: LearnerId,
  now: Date,
  change: (current: StoredLearnerState, trx: Transaction<Database>) => Promise<LearnerChange<T>>,
): Promise<T> {
  for (let tries = 1; ; tries += 1) {
    try {
      return await db.transaction().execute(async (trx) => {
        const current = await loadLearnerState(trx, learnerId);
        const { next, value } = await change(current, trx);
        if (next && !(await saveLearnerState(trx, learnerId, next, current.version, now))) {
          throw new StaleState();
        }
        return value;
      });
    } catch (error) {
      if (!(error instanceof StaleState) || tries >= MAX_TRIES) throw error;
    }
  }
}
