import type { Kysely } from "kysely";
import { createLearnerState, RATE_GRID, unitSkills, type LearnerState } from "../core/learner";
import { asLearnerId } from "../core/shared";
import type { Database } from "./db/database";
import { loadLearnerState, saveLearnerState } from "./db/learner-state-repository";

/**
 * Stores a model state for the named learner: placed, with every skill of `unit` known at
 * `estimate` — what many items of practice would do, for tests that start at a gate.
 */
export async function storeUnitKnown(
  db: Kysely<Database>,
  name: string,
  unit: number,
  estimate: number,
): Promise<void> {
  const row = await db
    .selectFrom("learners")
    .select("id")
    .where("name", "=", name)
    .executeTakeFirstOrThrow();
  const learnerId = asLearnerId(row.id);
  let state: LearnerState = { ...createLearnerState(), placed: true };
  for (const skill of unitSkills(unit)) {
    const entry = state.skills[skill];
    if (!entry) throw new Error(`The learner state has no ${skill}`);
    const known = RATE_GRID.map(() => estimate);
    state = { ...state, skills: { ...state.skills, [skill]: { ...entry, known, best: estimate } } };
  }
  const { version } = await loadLearnerState(db, learnerId);
  await saveLearnerState(db, learnerId, { state, placement: null }, version, new Date());
}
