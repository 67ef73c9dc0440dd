import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { GateAttemptReply, GateNextReply, NextStepReply, PublicItemReply } from "../../api";
import { answerLatex } from "../../core/grading";
import { asLearnerId } from "../../core/shared";
import { findLearnerItem } from "../db/item-repository";
import { storedItem } from "../practice/cached-item";
import { answerFor } from "../test-answers";
import { createTestApp, signUp, type TestApp } from "../test-app";
import { storeUnitKnown } from "../test-state";

let t: TestApp;
let ada: string;
/** Every response the app sent, with what it must not have contained when it was sent. */
const leaks: string[] = [];
let responses = 0;

/** What would give an unanswered item away: its seed, stored solution, typeset answer, last step. */
async function secretsOfOpenItems(): Promise<string[]> {
  const open = await t.db
    .selectFrom("items")
    .select(["id", "learner_id", "solution_text"])
    .where("answered_at", "is", null)
    // A worked example's solution is the point of it: it is shown, and never answered for credit.
    .where("scaffold", "!=", "worked-example")
    .execute();
  const records = await Promise.all(
    open.map((row) => findLearnerItem(t.db, row.id, asLearnerId(row.learner_id))),
  );
  return open.flatMap((row, i) => {
    const record = records[i];
    if (!record) throw new Error(`No item ${row.id}`);
    const item = storedItem(record);
    const latex = answerLatex(item.key.spec, item.key.solution);
    const last = item.steps.at(-1)?.latex ?? "";
    // A choice's answer is one of the option ids the item must show, and short answers ("2")
    // appear in any text: only distinctive secrets are checked.
    const answer = item.key.kind === "choice" ? [] : [row.solution_text, latex];
    return [...answer, last]
      .map((secret) => JSON.stringify(secret).slice(1, -1))
      .filter((secret) => secret.length >= 8);
  });
}

/** What in a response body gives an unanswered item away, as it stands now. */
async function leaksIn(url: string, payload: string): Promise<string[]> {
  const found = /"seed"/.test(payload) ? [`${url}: a seed`] : [];
  for (const secret of await secretsOfOpenItems()) {
    if (payload.includes(secret)) found.push(`${url}: ${secret}`);
  }
  return found;
}

beforeEach(async () => {
  t = await createTestApp();
  leaks.length = 0;
  responses = 0;
  t.app.addHook("onSend", async (request, _reply, payload) => {
    if (typeof payload !== "string") return payload;
    responses += 1;
    leaks.push(...(await leaksIn(request.url, payload)));
    return payload;
  });
  ada = await signUp(t.app, "Ada");
});
afterEach(() => t.close());

const call = (method: "GET" | "POST", url: string, payload?: object) =>
  t.app.inject({
    method,
    url: `/api${url}`,
    headers: { cookie: ada },
    ...(payload === undefined ? {} : { payload }),
  });

async function answer(id: string, right: boolean) {
  await call("POST", `/items/${id}/answer`, { submission: await answerFor(t.db, id, right) });
}

/** A study session through placement, a worked example and practice with hints. */
async function studySession() {
  const session = (await call("POST", "/study-sessions", { maxItems: 20 })).json<{ id: string }>();
  for (let i = 0; i < 20; i++) {
    const step = (await call("POST", `/study-sessions/${session.id}/next`)).json<NextStepReply>();
    await call("GET", "/learner/state");
    if (step.kind === "end" || step.kind === "gate") break;
    if (step.kind === "worked-example") {
      await call("POST", `/items/${step.example.id}/studied`);
      continue;
    }
    await call("POST", `/items/${step.item.id}/hints`);
    await answer(step.item.id, i % 3 !== 0);
  }
  await call("POST", `/study-sessions/${session.id}/end`);
}

/** A gate taken item by item, looking at the state between items. */
async function gate() {
  await storeUnitKnown(t.db, "Ada", 1, 0.99);
  const attempt = (await call("POST", "/gates/1/attempts")).json<GateAttemptReply>();
  for (;;) {
    const next = (await call("POST", `/gate-attempts/${attempt.id}/next`)).json<GateNextReply>();
    await call("GET", `/gate-attempts/${attempt.id}`);
    if (next.kind === "done") break;
    await call("POST", `/items/${next.item.id}/hints`);
    await answer(next.item.id, true);
  }
}

describe("what responses give away", () => {
  it("never sends a seed, or the solution of an item not yet answered, on any route", async () => {
    const free = (await call("POST", "/skills/S2/items")).json<PublicItemReply>();
    await studySession();
    await gate();
    for (const url of ["/learner/state", "/reviews", "/progress", "/export.json", "/export.csv"]) {
      await call("GET", url);
    }
    await call("GET", "/skills/S2/history");
    await answer(free.id, false);
    expect(responses).toBeGreaterThan(40);
    expect(leaks).toEqual([]);
  }, 60_000);

  it("catches a leak when there is one (the check itself works)", async () => {
    await call("POST", "/skills/S1/items");
    const [secret] = await secretsOfOpenItems();
    if (secret === undefined) throw new Error("an S1 item has a distinctive solution");
    expect(await leaksIn("/x", JSON.stringify({ note: secret }))).toHaveLength(1);
    expect(await leaksIn("/x", JSON.stringify({ seed: 1 }))).toHaveLength(1);
    expect(await leaksIn("/x", JSON.stringify({ fine: true }))).toEqual([]);
  });
});
