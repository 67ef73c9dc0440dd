import { afterEach, beforeEach, expect, it } from "vitest";
import {
  createLearnerState,
  jointWeights,
  masteryEstimate,
  recordAttempt,
} from "../../core/learner";
import { asLearnerId, asSkillId } from "../../core/shared";
import { describeEachDatabase } from "../describe-each-database";
import { insertTestLearner, openMigratedTestDatabase, type TestDatabase } from "../test-database";
import { loadLearnerState, readLearnerState, saveLearnerState } from "./learner-state-repository";

const LEARNER = asLearnerId("l1");
const NOW = new Date("2026-01-01T00:00:00Z");
let t: TestDatabase;

const answered = (right: boolean) =>
  recordAttempt(createLearnerState(), {
    skill: asSkillId("S1"),
    at: NOW.getTime(),
    outcome: { kind: "answer", right, help: "none" },
  });

describeEachDatabase((database) => {
  beforeEach(async () => {
    t = await openMigratedTestDatabase(database);
    await insertTestLearner(t.db, LEARNER, NOW);
  });
  afterEach(() => t.close());

  it("reads back what was saved, and never a state it read before once the row changed", async () => {
    expect(
      await saveLearnerState(t.db, LEARNER, { state: answered(true), placement: null }, 0, NOW),
    ).toBe(true);
    const first = await loadLearnerState(t.db, LEARNER);
    expect(first.state).toEqual(answered(true));
    // Read again unchanged: the same state comes back.
    expect((await loadLearnerState(t.db, LEARNER)).state).toEqual(first.state);
    // Changed behind this server's back (another server on the same database): the new one is read.
    await t.db
      .updateTable("learner_states")
      .set({ state: JSON.stringify(answered(false)), version: first.version + 1 })
      .where("learner_id", "=", LEARNER)
      .execute();
    const second = await loadLearnerState(t.db, LEARNER);
    expect(second.state).toEqual(answered(false));
    expect(second.version).toBe(first.version + 1);
  });

  it("never serves a saved state whose transaction rolled back", async () => {
    await saveLearnerState(t.db, LEARNER, { state: answered(true), placement: null }, 0, NOW);
    const rollback = new Error("the answer failed after the state was saved");
    const failed = t.db.transaction().execute(async (tx) => {
      await saveLearnerState(tx, LEARNER, { state: answered(false), placement: null }, 1, NOW);
      throw rollback;
    });
    await expect(failed).rejects.toBe(rollback);
    expect((await loadLearnerState(t.db, LEARNER)).state).toEqual(answered(true));
  });

  it("refuses a save over a version that is no longer the stored one", async () => {
    await saveLearnerState(t.db, LEARNER, { state: answered(true), placement: null }, 0, NOW);
    expect(
      await saveLearnerState(t.db, LEARNER, { state: answered(false), placement: null }, 0, NOW),
    ).toBe(false);
  });
});

it("reads a state stored before guess levels by its own learning-rate weights", () => {
  // As stored then: one estimate per learning rate, and rate weights without joint weights.
  const rateWeights = [0.5, 0.3, 0.1, 0.04, 0.03, 0.02, 0.005, 0.005];
  const current = answered(true);
  const skills = Object.fromEntries(
    Object.entries(current.skills).map(([id, skill]) => [
      id,
      { ...skill, known: rateWeights.map((_, i) => 0.1 * (i + 1)) },
    ]),
  );
  // JSON leaves the joint weights out, as a state stored then had none.
  const old = { ...current, rateWeights, skills, weights: undefined };
  const read = readLearnerState(JSON.stringify(old));
  expect(jointWeights(read).length).toBe(3 * rateWeights.length);
  // Every guess level holds the stored estimates, so the estimate is the rate-weighted one.
  const stored = rateWeights.reduce((sum, w, i) => sum + w * 0.1 * (i + 1), 0);
  expect(masteryEstimate(read, asSkillId("S2"), NOW.getTime())).toBeCloseTo(stored, 12);
});
