import { afterEach, beforeEach, expect, it } from "vitest";
import type { AnswerReply, LearnerStateReply, PublicItemReply } from "../../api";
import { recordAttempt } from "../../core/learner";
import { asLearnerId, asSkillId } from "../../core/shared";
import { describeOnPostgres } from "../describe-each-database";
import { answerFor } from "../test-answers";
import { createTestApp, signUp, type TestApp } from "../test-app";
import { storeUnitKnown } from "../test-state";
import { updateLearner } from "../study/update-learner";

// Two app instances with their own connection pools over one PostgreSQL schema: what two app
// servers behind a load balancer are. Each request goes to one of them, as it may in production.
let one: TestApp;
let two: TestApp;
let ada: string;

const post = (t: TestApp, url: string, payload?: object) =>
  t.app.inject({ method: "POST", url: `/api${url}`, headers: { cookie: ada }, payload });

const issueS1 = async () => (await post(one, "/skills/S1/items")).json<PublicItemReply>().id;

const answer = async (t: TestApp, itemId: string) =>
  (
    await post(t, `/items/${itemId}/answer`, { submission: await answerFor(one.db, itemId, true) })
  ).json<AnswerReply>();

describeOnPostgres("several app servers on one PostgreSQL database", () => {
  beforeEach(async () => {
    one = await createTestApp({ database: "postgres" });
    two = await createTestApp({ database: "postgres", sharing: one });
    ada = await signUp(one.app, "Ada");
  });
  afterEach(async () => {
    await two.close();
    await one.close();
  });

  it("stores exactly one attempt when both answer the same item at once, replaying it to the rest", async () => {
    const itemId = await issueS1();
    const replies = await Promise.all([one, two, one, two].map((t) => answer(t, itemId)));
    expect(replies.filter((r) => !("replayed" in r && r.replayed))).toHaveLength(1);
    expect(new Set(replies.map((r) => r.verdict))).toEqual(new Set(["correct"]));
    const attempts = await one.db.selectFrom("attempts").select("item_id").execute();
    expect(attempts).toEqual([{ item_id: itemId }]);
  });

  it("keeps both answers in the model when one learner's two answers race on both servers", async () => {
    const { id } = await one.db.selectFrom("learners").select("id").executeTakeFirstOrThrow();
    // Both changes read the same version before either writes: the race a lost update needs.
    let arrived = 0;
    let release: (() => void) | undefined;
    const bothRead = new Promise<void>((resolve) => {
      release = resolve;
    });
    const answerS1 = (t: TestApp) =>
      updateLearner(t.db, asLearnerId(id), new Date(), async (current) => {
        arrived += 1;
        if (arrived === 2) release?.();
        await bothRead;
        const outcome = { kind: "answer", right: true, help: "none" } as const;
        const attempt = { skill: asSkillId("S1"), at: Date.now(), outcome };
        return { next: { ...current, state: recordAttempt(current.state, attempt) }, value: 0 };
      });
    await Promise.all([answerS1(one), answerS1(two)]);
    const state = (
      await two.app.inject({ method: "GET", url: "/api/learner/state", headers: { cookie: ada } })
    ).json<LearnerStateReply>();
    expect(state.skills.find((s) => s.id === "S1")?.opportunities).toBe(2);
    const stored = await one.db.selectFrom("learner_states").select("version").execute();
    expect(stored).toEqual([{ version: 2 }]);
  });

  it.each([
    ["study session", "/study-sessions", "study_sessions"],
    ["gate attempt", "/gates/1/attempts", "gate_attempts"],
  ] as const)("opens one %s when both are asked to start one at once", async (_, url, table) => {
    await storeUnitKnown(one.db, "Ada", 1, 0.99);
    const start = async (t: TestApp) => (await post(t, url, {})).json<{ id: string }>().id;
    const ids = await Promise.all([one, two, one, two].map(start));
    expect(new Set(ids).size).toBe(1);
    expect(await one.db.selectFrom(table).select("id").execute()).toEqual([{ id: ids[0] }]);
  });
});
