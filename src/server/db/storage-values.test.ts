import { afterEach, beforeEach, expect, it } from "vitest";
import { asLearnerId, asSeed, asSkillId } from "../../core/shared";
import { describeEachDatabase } from "../describe-each-database";
import { insertTestLearner, openMigratedTestDatabase, type TestDatabase } from "../test-database";
import { insertAttempt, listAttemptDetails } from "./attempt-repository";
import { countGateItems, findOpenGateAttempt, insertGateAttempt } from "./gate-repository";
import { FREE_PRACTICE, findLearnerItem, insertItem, markItemAnswered } from "./item-repository";

// Values whose types differ between the engines come back the same from the repositories.
let t: TestDatabase;
const LEARNER = asLearnerId("l1");
const NOW = new Date("2026-01-01T00:00:00Z");

const storeItem = (id: string, seed: number, gateAttemptId: string | null = null) =>
  insertItem(t.db, {
    ...FREE_PRACTICE,
    gateAttemptId,
    id,
    learnerId: LEARNER,
    skill: asSkillId("S1"),
    seed: asSeed(seed),
    generator: "jacobian-2x2",
    difficulty: 2,
    solutionText: "1",
    createdAt: NOW,
  });

describeEachDatabase((database) => {
  beforeEach(async () => {
    t = await openMigratedTestDatabase(database);
    await insertTestLearner(t.db, LEARNER, NOW);
  });
  afterEach(() => t.close());

  it.each([0, 1, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1])("keeps the seed %d", async (seed) => {
    await storeItem("i1", seed);
    expect((await findLearnerItem(t.db, "i1", LEARNER))?.seed).toBe(seed);
  });

  it("marks an item answered once, and tells the second caller", async () => {
    await storeItem("i1", 1);
    expect(await markItemAnswered(t.db, "i1", NOW)).toBe(true);
    expect(await markItemAnswered(t.db, "i1", NOW)).toBe(false);
  });

  it("reads back a fractional estimate and a wrong answer as stored", async () => {
    await storeItem("i1", 1);
    const attempt = { itemId: "i1", learnerId: LEARNER, skill: asSkillId("S1"), sessionId: null };
    const stored = { ...attempt, id: "a1", submission: { kind: "expression", text: "x" } };
    await insertAttempt(t.db, {
      ...stored,
      correct: false,
      createdAt: NOW,
      help: "hint",
      mistakes: ["M1"],
      estimateAfter: 0.123456789,
    });
    const [detail] = await listAttemptDetails(t.db, [LEARNER]);
    expect(detail).toMatchObject({ correct: false, help: "hint", mistakes: ["M1"] });
    expect(detail?.estimateAfter).toBe(0.123456789);
  });

  it("counts a gate's items as a number and refuses a second open attempt", async () => {
    const quiz = { unit: 1, items: [] };
    const gate = (id: string) =>
      insertGateAttempt(t.db, { id, learnerId: LEARNER, quiz, startedAt: NOW });
    expect(await gate("g1")).toBe(true);
    expect(await gate("g2")).toBe(false);
    expect((await findOpenGateAttempt(t.db, LEARNER))?.id).toBe("g1");
    await storeItem("i1", 1, "g1");
    await storeItem("i2", 2, "g1");
    expect(await countGateItems(t.db, "g1")).toBe(2);
  });
});
