import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AnswerReply, HistoryReply, PublicItemReply, SubmissionBody } from "../../api";
import { generateItem, SKILLS } from "../../core/course";
import { answerLatex, answerText, MISTAKES } from "../../core/grading";
import { toInputSyntax, type Expr } from "../../core/math";
import { asSeed, asSkillId } from "../../core/shared";
import { createTestApp, signUp, type TestApp } from "../test-app";
import { describeEachDatabase } from "../describe-each-database";

// The test app draws seeds 1, 2, 3...: the first item issued is S1's item for seed 1.
const FIRST_ITEM = generateItem(asSkillId("S1"), asSeed(1));
const KEY = FIRST_ITEM.key;
if (KEY.kind !== "matrix") throw new Error("S1 items are expected to be matrices");
const SOLUTION_TEXT = answerText(KEY.kind, KEY.solution);
const cellsOf = (rows: readonly (readonly Expr[])[]) =>
  rows.map((row) => row.map((entry) => toInputSyntax(entry)));
const RIGHT: SubmissionBody = { kind: "matrix", cells: cellsOf(KEY.solution) };
const TRANSPOSED = KEY.mistakes.find((m) => m.mistake === "M2a")?.answer;
if (TRANSPOSED === undefined) throw new Error("S1 items are expected to know mistake M2a");
const WRONG: SubmissionBody = {
  kind: "matrix",
  cells: [
    ["0", "0"],
    ["0", "0"],
  ],
};

let t: TestApp;
let ada: string;

const issue = (cookie: string, skill = "S1") =>
  t.app.inject({ method: "POST", url: `/api/skills/${skill}/items`, headers: { cookie } });
const answer = (cookie: string, id: string, submission: SubmissionBody) =>
  t.app.inject({
    method: "POST",
    url: `/api/items/${id}/answer`,
    headers: { cookie },
    payload: { submission },
  });
const history = (cookie: string, skill = "S1") =>
  t.app.inject({ method: "GET", url: `/api/skills/${skill}/history`, headers: { cookie } });
const attemptCount = async () => (await t.db.selectFrom("attempts").selectAll().execute()).length;

describeEachDatabase((database) => {
  beforeEach(async () => {
    t = await createTestApp({ database });
    ada = await signUp(t.app, "Ada");
  });
  afterEach(() => t.close());

  describe("issuing an item", () => {
    it("replies with the public item only: no seed, solution or steps", async () => {
      const response = await issue(ada);
      expect(response.statusCode).toBe(200);
      const item = response.json<PublicItemReply>();
      expect(Object.keys(item).sort()).toEqual(
        ["difficulty", "hintCount", "id", "prompt", "skill", "skillTitle", "spec"].sort(),
      );
      expect(item).toMatchObject({ skill: "S1", prompt: FIRST_ITEM.prompt, spec: KEY.spec });
      expect(response.body).not.toContain(SOLUTION_TEXT);
    });

    it("stores the seed, the generator and difficulty it was drawn with, and the solution", async () => {
      const { id } = (await issue(ada)).json<PublicItemReply>();
      const row = await t.db
        .selectFrom("items")
        .selectAll()
        .where("id", "=", id)
        .executeTakeFirst();
      expect(row).toMatchObject({
        skill: "S1",
        seed: 1,
        generator: FIRST_ITEM.generator,
        difficulty: FIRST_ITEM.difficulty,
        solution_text: SOLUTION_TEXT,
      });
    });

    // Generators are being added skill by skill; any skill still without one will do.
    const unpractisable = SKILLS.find((skill) => skill.generators.length === 0);
    it.each([
      ["an unknown skill", "S99"],
      ...(unpractisable ? [["a skill without a generator yet", unpractisable.id]] : []),
    ])("answers %s with 404", async (_label, skill) => {
      const response = await issue(ada, skill);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual({ error: "no-such-skill", message: expect.any(String) });
    });
  });

  describe("answering an item", () => {
    it("counts an item once: a second answer replays the first verdict and stores nothing", async () => {
      const { id } = (await issue(ada)).json<PublicItemReply>();
      const wrong = (await answer(ada, id, WRONG)).json<AnswerReply>();
      expect(wrong).toMatchObject({
        verdict: "incorrect",
        solution: { answer: answerLatex(KEY.spec, KEY.solution), steps: FIRST_ITEM.steps },
        history: [{ itemId: id, correct: false }],
        estimate: { before: expect.any(Number), after: expect.any(Number) },
      });
      expect(wrong).not.toHaveProperty("replayed");
      const again = (await answer(ada, id, RIGHT)).json<AnswerReply>();
      expect(again).toMatchObject({
        verdict: "incorrect",
        replayed: true,
        history: [{ itemId: id, correct: false }],
      });
      const stored = (await history(ada)).json<HistoryReply>();
      expect(stored).toEqual({ skill: "S1", attempts: "history" in wrong ? wrong.history : [] });
    });

    it("grades a right answer on a fresh item and raises the skill's estimate", async () => {
      const { id } = (await issue(ada)).json<PublicItemReply>();
      const right = (await answer(ada, id, RIGHT)).json<AnswerReply>();
      expect(right).toMatchObject({ verdict: "correct", history: [{ itemId: id, correct: true }] });
      const estimate = "estimate" in right ? right.estimate : undefined;
      expect(estimate?.after).toBeGreaterThan(estimate?.before ?? 1);
    });

    it("names the mistake of a transposed Jacobian, with its fix", async () => {
      const { id } = (await issue(ada)).json<PublicItemReply>();
      const reply = await answer(ada, id, { kind: "matrix", cells: cellsOf(TRANSPOSED) });
      expect(reply.json()).toMatchObject({
        verdict: "incorrect",
        reason: "value",
        mistakes: [{ id: "M2a", name: MISTAKES.M2a.name, fix: MISTAKES.M2a.fix }],
        diagnosis: `${MISTAKES.M2a.name} ${MISTAKES.M2a.fix}`,
      });
    });

    it("names no mistake for a wrong answer no catalogued mistake gives", async () => {
      const { id } = (await issue(ada)).json<PublicItemReply>();
      const reply = (await answer(ada, id, WRONG)).json<AnswerReply>();
      expect(reply).toMatchObject({ verdict: "incorrect", mistakes: [] });
      expect(reply).not.toHaveProperty("diagnosis");
    });

    it("marks the item answered at the first graded attempt", async () => {
      const { id } = (await issue(ada)).json<PublicItemReply>();
      await answer(ada, id, WRONG);
      const row = await t.db.selectFrom("items").select("answered_at").executeTakeFirstOrThrow();
      expect(row.answered_at).toEqual(expect.any(String));
    });

    it.each<[string, SubmissionBody]>([
      [
        "an unreadable cell",
        {
          kind: "matrix",
          cells: [
            ["(((", "0"],
            ["0", "0"],
          ],
        },
      ],
      ["the wrong kind of answer", { kind: "expression", text: "x1" }],
      ["a choice sent to a matrix item", { kind: "choice", choice: "a" }],
      ["paths sent to a matrix item", { kind: "paths", paths: [["x1", "y"]] }],
    ])("replies to %s as invalid and stores no attempt", async (_label, submission) => {
      const { id } = (await issue(ada)).json<PublicItemReply>();
      const response = await answer(ada, id, submission);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ verdict: "invalid", errors: [expect.any(Object)] });
      expect(response.body).not.toContain("solution");
      expect(await attemptCount()).toBe(0);
    });

    it("answers an unknown item with 404", async () => {
      const response = await answer(ada, "no-such-item", RIGHT);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual({ error: "no-such-item", message: expect.any(String) });
    });

    it.each<[string, unknown]>([
      ["cells that are not a grid", { kind: "matrix", cells: "0" }],
      ["a grid of seven rows", { kind: "matrix", cells: Array.from({ length: 7 }, () => ["0"]) }],
      ["65 paths", { kind: "paths", paths: Array.from({ length: 65 }, () => ["x1", "y"]) }],
      [
        "an ordering of 17 factors",
        { kind: "ordering", order: Array.from({ length: 17 }, () => "f") },
      ],
      ["a choice id of 65 characters", { kind: "choice", choice: "a".repeat(65) }],
      ["an unknown kind", { kind: "arrow", x: 1 }],
    ])("rejects %s with 400", async (_label, submission) => {
      const { id } = (await issue(ada)).json<PublicItemReply>();
      const response = await t.app.inject({
        method: "POST",
        url: `/api/items/${id}/answer`,
        headers: { cookie: ada },
        payload: { submission },
      });
      expect(response.statusCode).toBe(400);
    });
  });

  describe("another learner", () => {
    it("cannot answer someone else's item: 404, and nothing is stored", async () => {
      const { id } = (await issue(ada)).json<PublicItemReply>();
      const bob = await signUp(t.app, "Bob");
      const response = await answer(bob, id, RIGHT);
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain(SOLUTION_TEXT);
      expect(await attemptCount()).toBe(0);
    });

    it("does not see someone else's history", async () => {
      const { id } = (await issue(ada)).json<PublicItemReply>();
      await answer(ada, id, RIGHT);
      const bob = await signUp(t.app, "Bob");
      expect((await history(bob)).json()).toEqual({ skill: "S1", attempts: [] });
    });
  });

  describe("history", () => {
    it("answers an unknown skill with 404", async () => {
      expect((await history(ada, "S99")).statusCode).toBe(404);
    });
  });
});

describe("durability", () => {
  it("keeps the history and the session after the database file is closed and reopened", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pullback-db-"));
    const file = join(dir, "pullback.sqlite");
    try {
      let app = await createTestApp({ file });
      const cookie = await signUp(app.app, "Ada");
      const issued = await app.app.inject({
        method: "POST",
        url: "/api/skills/S1/items",
        headers: { cookie },
      });
      const { id } = issued.json<PublicItemReply>();
      await app.app.inject({
        method: "POST",
        url: `/api/items/${id}/answer`,
        headers: { cookie },
        payload: { submission: RIGHT },
      });
      await app.close();
      app = await createTestApp({ file });
      const reopened = await app.app.inject({
        method: "GET",
        url: "/api/skills/S1/history",
        headers: { cookie },
      });
      await app.close();
      expect(reopened.json()).toMatchObject({ attempts: [{ itemId: id, correct: true }] });
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
