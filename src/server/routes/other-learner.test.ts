import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { PublicItemReply } from "../../api";
import { createAccount } from "../auth/accounts";
import { createTestApp, sessionCookieOf, signUp, type TestApp } from "../test-app";
import { describeEachDatabase } from "../describe-each-database";
import { storeUnitKnown } from "../test-state";

let t: TestApp;
let ada: string;
let bob: string;
let adaItem: string;
let adaOpenItem: string;
let adaSession: string;
let adaGate: string;
let adaClass: string;

const post = (cookie: string, url: string, payload?: object) =>
  t.app.inject({
    method: "POST",
    url,
    headers: { cookie },
    ...(payload === undefined ? {} : { payload }),
  });
const get = (cookie: string, url: string) =>
  t.app.inject({ method: "GET", url, headers: { cookie } });

const ZEROS = { kind: "matrix", cells: [["0"]] } as const;
const answer = (cookie: string, id: string) =>
  t.app.inject({
    method: "POST",
    url: `/api/items/${id}/answer`,
    headers: { cookie },
    payload: { submission: ZEROS },
  });

/** A class run by an instructor, joined by the learner: its id. */
async function classJoinedBy(cookie: string): Promise<string> {
  const credentials = { name: "Prof", password: "correct horse" };
  await createAccount({ db: t.db, clock: () => new Date() }, credentials, "instructor");
  const signIn = await t.app.inject({
    method: "POST",
    url: "/api/auth/sign-in",
    payload: credentials,
  });
  const created = await post(sessionCookieOf(signIn.cookies), "/api/classes", { name: "C" });
  const { id, joinCode } = created.json<{ id: string; joinCode: string }>();
  await post(cookie, "/api/classes/join", { joinCode });
  return id;
}

/** Ada's items and attempts, to check that nothing Bob does changes them. */
const adasData = async () => {
  const { id } = await t.db
    .selectFrom("learners")
    .select("id")
    .where("name", "=", "Ada")
    .executeTakeFirstOrThrow();
  const items = t.db.selectFrom("items").selectAll().where("learner_id", "=", id).orderBy("id");
  const attempts = t.db
    .selectFrom("attempts")
    .selectAll()
    .where("learner_id", "=", id)
    .orderBy("id");
  const own = (table: "learner_states" | "study_sessions" | "gate_attempts") =>
    t.db.selectFrom(table).selectAll().where("learner_id", "=", id).execute();
  return {
    items: await items.execute(),
    attempts: await attempts.execute(),
    state: await own("learner_states"),
    sessions: await own("study_sessions"),
    gates: await own("gate_attempts"),
  };
};

// Every route with an id in its path, with what Bob tries there on Ada's behalf. A route added
// with an id fails the completeness test below until a case is written for it here.
const ATTEMPTS: Record<string, () => Promise<void>> = {
  "POST /api/items/:id/answer": async () => {
    const response = await answer(bob, adaItem);
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: "no-such-item", message: expect.any(String) });
  },
  "GET /api/skills/:skill/history": async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/api/skills/S1/history",
      headers: { cookie: bob },
    });
    expect(response.json()).toEqual({ skill: "S1", attempts: [] });
    expect(response.body).not.toContain(adaItem);
  },
  "POST /api/skills/:skill/items": async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/skills/S1/items",
      headers: { cookie: bob },
    });
    expect(response.json<PublicItemReply>().id).not.toBe(adaItem);
  },
  "POST /api/items/:id/hints": async () => {
    const response = await post(bob, `/api/items/${adaOpenItem}/hints`);
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('hints"');
  },
  "POST /api/items/:id/studied": async () => {
    expect((await post(bob, `/api/items/${adaOpenItem}/studied`)).statusCode).toBe(404);
  },
  "POST /api/study-sessions/:id/next": async () => {
    const response = await post(bob, `/api/study-sessions/${adaSession}/next`);
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: "no-such-session" });
  },
  "POST /api/study-sessions/:id/end": async () => {
    expect((await post(bob, `/api/study-sessions/${adaSession}/end`)).statusCode).toBe(404);
  },
  "POST /api/gates/:unit/attempts": async () => {
    // Bob's own gate: closed for him, and Ada's open attempt is not handed to him.
    const response = await post(bob, "/api/gates/1/attempts");
    expect(response.statusCode).toBe(409);
    expect(response.body).not.toContain(adaGate);
  },
  "GET /api/gate-attempts/:id": async () => {
    expect((await get(bob, `/api/gate-attempts/${adaGate}`)).statusCode).toBe(404);
  },
  "GET /api/classes/:id": async () => {
    // Ada's class (she joined it): a learner sees no class page, her own or anyone's.
    const response = await get(bob, `/api/classes/${adaClass}`);
    expect(response.statusCode).toBe(403);
    expect(response.body).not.toContain("Ada");
  },
  "GET /api/classes/:id/export.csv": async () => {
    const response = await get(bob, `/api/classes/${adaClass}/export.csv`);
    expect(response.statusCode).toBe(403);
    expect(response.body).not.toContain("Ada");
  },
  "POST /api/gate-attempts/:id/next": async () => {
    expect((await post(bob, `/api/gate-attempts/${adaGate}/next`)).statusCode).toBe(404);
  },
};

// Shared course content: the same for every learner, so there is nothing of Ada's to reach.
const NOT_LEARNER_DATA = new Set(["GET /api/lessons/:id"]);

/** "METHOD /full/path" for every route in Fastify's printed route tree (children are indented). */
function routesOf(tree: string): string[] {
  const paths: string[] = [];
  return tree.split("\n").flatMap((line) => {
    const branch = line.search(/[├└]/);
    const match = /[├└]── (\S+)(?: \(([^)]*)\))?/.exec(line);
    if (branch < 0 || match === null) return [];
    const depth = branch / 4;
    const path = (paths[depth - 1] ?? "") + (match[1] ?? "");
    paths[depth] = path;
    const methods = (match[2] ?? "").split(", ").filter((m) => m !== "" && m !== "HEAD");
    return methods.map((m) => `${m} ${path}`);
  });
}

describeEachDatabase((database) => {
  beforeEach(async () => {
    t = await createTestApp({ database });
    ada = await signUp(t.app, "Ada");
    bob = await signUp(t.app, "Bob");
    adaItem = (await post(ada, "/api/skills/S1/items")).json<PublicItemReply>().id;
    await answer(ada, adaItem);
    adaOpenItem = (await post(ada, "/api/skills/S1/items")).json<PublicItemReply>().id;
    adaSession = (await post(ada, "/api/study-sessions", {})).json<{ id: string }>().id;
    await post(ada, `/api/study-sessions/${adaSession}/next`);
    await storeUnitKnown(t.db, "Ada", 1, 0.99);
    adaGate = (await post(ada, "/api/gates/1/attempts")).json<{ id: string }>().id;
    adaClass = await classJoinedBy(ada);
  });
  afterEach(() => t.close());

  describe("another learner, through every route with an id in it", () => {
    it("has a case here for every such route", async () => {
      await t.app.ready();
      const withIds = routesOf(t.app.printRoutes({ commonPrefix: false })).filter((route) =>
        route.includes(":"),
      );
      expect(withIds.length).toBeGreaterThan(0);
      expect(withIds.filter((route) => !NOT_LEARNER_DATA.has(route)).sort()).toEqual(
        Object.keys(ATTEMPTS).sort(),
      );
    });

    it.each(Object.keys(ATTEMPTS))(
      "can neither read nor change Ada's data through %s",
      async (route) => {
        const before = await adasData();
        await ATTEMPTS[route]?.();
        expect(await adasData()).toEqual(before);
      },
    );
  });
});
