import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type {
  AnswerReply,
  ApiError,
  GateAttemptReply,
  GateNextReply,
  HintReply,
  LearnerStateReply,
  NextStepReply,
  ProgressReply,
  ReviewsReply,
  SessionSummaryReply,
  StudySession,
} from "../../../api";
import { skillById } from "../../../core/course";
import { unitSkills } from "../../../core/learner";
import { answerFor } from "../../test-answers";
import { createTestApp, signUp, type TestApp } from "../../test-app";
import { describeEachDatabase } from "../../describe-each-database";
import { storeUnitKnown } from "../../test-state";

let t: TestApp;
let ada: string;

async function call<T>(cookie: string, method: "GET" | "POST", url: string, payload?: object) {
  const response = await t.app.inject({
    method,
    url: `/api${url}`,
    headers: { cookie },
    ...(payload === undefined ? {} : { payload }),
  });
  const json = String(response.headers["content-type"]).startsWith("application/json");
  return {
    status: response.statusCode,
    body: (json ? response.json() : {}) as T,
    text: response.body,
  };
}

async function answer(cookie: string, itemId: string, right: boolean) {
  const submission = await answerFor(t.db, itemId, right);
  return call<AnswerReply>(cookie, "POST", `/items/${itemId}/answer`, { submission });
}

const placeWithUnitAt = (name: string, unit: number, estimate: number) =>
  storeUnitKnown(t.db, name, unit, estimate);

/** Takes the unit's gate, answering right except on the skills listed. */
async function takeGate(cookie: string, unit: number, wrongOn: readonly string[] = []) {
  const start = await call<GateAttemptReply>(cookie, "POST", `/gates/${unit}/attempts`);
  expect(start.status).toBe(200);
  let last: AnswerReply | undefined;
  for (let i = 0; i < start.body.total; i++) {
    const next = await call<GateNextReply>(cookie, "POST", `/gate-attempts/${start.body.id}/next`);
    if (next.body.kind !== "item") throw new Error("gate ended early");
    expect(next.body.position).toBe(i);
    const item = next.body.item;
    last = (await answer(cookie, item.id, !wrongOn.includes(item.skill))).body;
  }
  return { attempt: start.body, last };
}

describeEachDatabase((database) => {
  beforeEach(async () => {
    t = await createTestApp({ database });
    ada = await signUp(t.app, "Ada");
  });
  afterEach(() => t.close());

  describe("the learner's state", () => {
    it("shows a new learner placement first, units 0 and 1 open and unit 2 locked with why", async () => {
      const { body } = await call<LearnerStateReply>(ada, "GET", "/learner/state");
      expect(body).toMatchObject({ placed: false, currentUnit: 1, next: { kind: "placement" } });
      expect(body.units.slice(0, 3).map((u) => u.status)).toEqual(["open", "open", "locked"]);
      expect(body.units[2]?.note).toBe("Pass the unit 1 gate to open this unit.");
      expect(body.skills.find((s) => s.id === "S1")?.status).toBe("open");
      expect(body.skills.find((s) => s.id === "S5")?.status).toBe("locked");
      expect(body.openSession).toBeNull();
    });

    it("refuses items and lessons of a locked unit with 403", async () => {
      const items = await call(ada, "POST", "/skills/S5/items");
      expect(items.status).toBe(403);
      expect(items.body).toMatchObject({ error: "locked" });
      const lesson = await call(ada, "GET", "/lessons/2.1");
      expect([403, 404]).toContain(lesson.status);
    });
  });

  describe("study sessions", () => {
    it("runs placement, then a worked example, then faded practice, resuming a waiting item", async () => {
      const session = (await call<StudySession>(ada, "POST", "/study-sessions", { maxItems: 30 }))
        .body;
      expect(session).toMatchObject({ maxItems: 30, items: 0, endedAt: null });
      const again = await call<StudySession>(ada, "POST", "/study-sessions", {});
      expect(again.body.id).toBe(session.id);

      let step = (await call<NextStepReply>(ada, "POST", `/study-sessions/${session.id}/next`))
        .body;
      const resumed = (await call<NextStepReply>(ada, "POST", `/study-sessions/${session.id}/next`))
        .body;
      expect(resumed).toEqual(step);
      let placements = 0;
      while (step.kind === "item" && step.purpose === "placement") {
        placements += 1;
        // The learner reads the skill's title; its id is for links.
        expect(step.item.skillTitle).toBe(skillById(step.item.skill)?.title);
        await answer(ada, step.item.id, true);
        step = (await call<NextStepReply>(ada, "POST", `/study-sessions/${session.id}/next`)).body;
      }
      expect(placements).toBeGreaterThan(0);
      expect(placements).toBeLessThanOrEqual(12);
      expect((await call<LearnerStateReply>(ada, "GET", "/learner/state")).body.placed).toBe(true);

      if (step.kind !== "worked-example")
        throw new Error(`expected a worked example: ${step.kind}`);
      expect(step.example.steps.length).toBeGreaterThan(0);
      expect(step.example.skillTitle).toBe(skillById(step.example.skill)?.title);
      const refused = await call(ada, "POST", `/items/${step.example.id}/answer`, {
        submission: { kind: "expression", text: "1" },
      });
      expect(refused.status).toBe(409);
      expect((await call(ada, "POST", `/items/${step.example.id}/studied`)).status).toBe(200);

      step = (await call<NextStepReply>(ada, "POST", `/study-sessions/${session.id}/next`)).body;
      expect(step).toMatchObject({ kind: "item", purpose: "practice" });

      const summary = await call<SessionSummaryReply>(
        ada,
        "POST",
        `/study-sessions/${session.id}/end`,
      );
      expect(summary.body.items).toBe(placements + 1);
      expect(summary.body.practised.length).toBeGreaterThan(0);
      const state = (await call<LearnerStateReply>(ada, "GET", "/learner/state")).body;
      expect(state.openSession).toBeNull();
    });

    it("shows placement's own estimate moving on a placement answer", async () => {
      const session = (await call<StudySession>(ada, "POST", "/study-sessions", {})).body;
      const step = (await call<NextStepReply>(ada, "POST", `/study-sessions/${session.id}/next`))
        .body;
      if (step.kind !== "item" || step.purpose !== "placement") throw new Error("no placement");
      const wrong = (await answer(ada, step.item.id, false)).body;
      if (wrong.verdict !== "incorrect" || !wrong.estimate) throw new Error("not graded");
      // The model takes placement's result only at its end; the learner sees placement's belief.
      expect(wrong.estimate.after).toBeLessThan(wrong.estimate.before - 0.1);
    });

    it("offers no hints in placement, where every answer is read as unaided", async () => {
      const session = (await call<StudySession>(ada, "POST", "/study-sessions", {})).body;
      const step = (await call<NextStepReply>(ada, "POST", `/study-sessions/${session.id}/next`))
        .body;
      if (step.kind !== "item" || step.purpose !== "placement") throw new Error("no placement");
      expect(step.item.hintCount).toBe(0);
      const hint = await call<ApiError>(ada, "POST", `/items/${step.item.id}/hints`);
      expect(hint.status).toBe(409);
      expect(hint.body).toMatchObject({ error: "no-hints-in-check" });
      expect(hint.body.message).toMatch(/placement check is answered without hints/);
      const row = await t.db
        .selectFrom("items")
        .select("hints_shown")
        .where("id", "=", step.item.id)
        .executeTakeFirstOrThrow();
      expect(row.hints_shown).toBe(0);
    });

    it("reveals hints one at a time and counts the answer after them as helped", async () => {
      const { body: item } = await call<{ id: string; hintCount: number }>(
        ada,
        "POST",
        "/skills/S1/items",
      );
      const first = await call<HintReply>(ada, "POST", `/items/${item.id}/hints`);
      expect(first.body.hints).toHaveLength(1);
      expect(first.body.remaining).toBe(item.hintCount - 1);
      const second = await call<HintReply>(ada, "POST", `/items/${item.id}/hints`);
      expect(second.body.hints).toHaveLength(Math.min(2, item.hintCount));
      await answer(ada, item.id, true);
      const row = await t.db.selectFrom("attempts").select("help").executeTakeFirstOrThrow();
      expect(row.help).toBe("hint");
      expect((await call(ada, "POST", `/items/${item.id}/hints`)).status).toBe(409);
    });
  });

  describe("gates", () => {
    it("refuses to start a gate before every skill is at the bar", async () => {
      const refused = await call(ada, "POST", "/gates/1/attempts");
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ error: "gate-closed" });
    });

    it("passes a gate answered right: the unit is passed, the next one opens, reviews are scheduled", async () => {
      await placeWithUnitAt("Ada", 1, 0.99);
      const { last } = await takeGate(ada, 1);
      expect(last).toMatchObject({ gate: { kind: "passed", unit: 1 } });
      const state = (await call<LearnerStateReply>(ada, "GET", "/learner/state")).body;
      expect(state.units[1]?.status).toBe("passed");
      expect(state.units[2]?.status).toBe("open");
      expect(state.skills.find((s) => s.id === "S1")?.status).toBe("mastered");
      expect((await call(ada, "POST", "/skills/S5/items")).status).toBe(200);

      const reviews = (await call<ReviewsReply>(ada, "GET", "/reviews")).body;
      expect(reviews.due).toEqual([]);
      expect(reviews.byDay.reduce((n, d) => n + d.count, 0)).toBe(unitSkills(1).length);
      t.advance(10 * 86_400_000);
      const later = (await call<ReviewsReply>(ada, "GET", "/reviews")).body;
      expect(later.due.map((d) => d.skill).sort()).toEqual([...unitSkills(1)].sort());
    });

    it("fails a gate with a skill answered wrong, names it, and owes practice before a retake", async () => {
      await placeWithUnitAt("Ada", 1, 0.99);
      const { last } = await takeGate(ada, 1, ["S1"]);
      expect(last?.verdict).toBe("incorrect");
      const gate = last && "gate" in last ? last.gate : undefined;
      expect(gate).toMatchObject({ kind: "failed", unit: 1 });
      expect(gate?.kind === "failed" ? gate.shortfalls.map((s) => s.skill) : []).toEqual(["S1"]);
      expect((await call(ada, "POST", "/gates/1/attempts")).status).toBe(409);
      const state = (await call<LearnerStateReply>(ada, "GET", "/learner/state")).body;
      expect(state.next).toMatchObject({ kind: "practice", skill: "S1", reason: "retake" });
      expect(state.units[2]?.status).toBe("locked");
    });

    it("refuses hints on gate items and resumes the waiting gate item", async () => {
      await placeWithUnitAt("Ada", 1, 0.99);
      const start = await call<GateAttemptReply>(ada, "POST", "/gates/1/attempts");
      const first = await call<GateNextReply>(ada, "POST", `/gate-attempts/${start.body.id}/next`);
      const again = await call<GateNextReply>(ada, "POST", `/gate-attempts/${start.body.id}/next`);
      expect(again.body).toEqual(first.body);
      if (first.body.kind !== "item") throw new Error("expected a gate item");
      expect(first.body.item.hintCount).toBe(0);
      const hint = await call(ada, "POST", `/items/${first.body.item.id}/hints`);
      expect(hint.status).toBe(409);
      const resumed = await call<GateAttemptReply>(ada, "POST", "/gates/1/attempts");
      expect(resumed.body.id).toBe(start.body.id);
    });
  });

  describe("answers count once", () => {
    it("stores one attempt for two concurrent answers to one item and replays the verdict", async () => {
      const { body: item } = await call<{ id: string }>(ada, "POST", "/skills/S1/items");
      const [a, b] = await Promise.all([answer(ada, item.id, true), answer(ada, item.id, false)]);
      const verdicts = [a.body.verdict, b.body.verdict];
      expect(verdicts[0]).toBe(verdicts[1]);
      expect([a.body, b.body].filter((r) => "replayed" in r && r.replayed)).toHaveLength(1);
      const rows = await t.db.selectFrom("attempts").selectAll().execute();
      expect(rows).toHaveLength(1);
    });
  });

  describe("progress and export", () => {
    it("plots the estimate after each answer and exports the learner's attempts", async () => {
      const { body: item } = await call<{ id: string }>(ada, "POST", "/skills/S1/items");
      await answer(ada, item.id, true);
      const progress = (await call<ProgressReply>(ada, "GET", "/progress")).body;
      expect(progress.attempts).toBe(1);
      expect(progress.skills.find((s) => s.skill === "S1")?.points).toHaveLength(1);
      const csv = await call(ada, "GET", "/export.csv");
      expect(csv.text.split("\r\n")[0]).toBe(
        "answered_at,skill,item_id,correct,help,mistakes,estimate_after,submission",
      );
      expect(csv.text).toContain(`,S1,${item.id},true,none,`);
      const json = await call<{ attempts: unknown[]; learner: { name: string } }>(
        ada,
        "GET",
        "/export.json",
      );
      expect(json.body.learner.name).toBe("Ada");
      expect(json.body.attempts).toHaveLength(1);
    });
  });
});
