import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { PublicItemReply } from "../../api";
import { createTestApp, signUp, type TestApp } from "../test-app";

let t: TestApp;
let ada: string;
let bob: string;
let adaItem: string;
beforeEach(async () => {
  t = await createTestApp();
  ada = await signUp(t.app, "Ada");
  bob = await signUp(t.app, "Bob");
  const issued = await t.app.inject({
    method: "POST",
    url: "/api/skills/S1/items",
    headers: { cookie: ada },
  });
  adaItem = issued.json<PublicItemReply>().id;
  await answer(ada, adaItem);
});
afterEach(() => t.close());

const ZEROS = { kind: "matrix", cells: [["0"]] } as const;
const answer = (cookie: string, id: string) =>
  t.app.inject({
    method: "POST",
    url: `/api/items/${id}/answer`,
    headers: { cookie },
    payload: { submission: ZEROS },
  });

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
  return { items: await items.execute(), attempts: await attempts.execute() };
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
};

// Shared course content: the same for every learner, so there is nothing of Ada's to reach.
const NOT_LEARNER_DATA = new Set(["GET /api/lessons/:id"]);

describe("another learner, through every route with an id in it", () => {
  it("has a case here for every such route", async () => {
    await t.app.ready();
    const withIds = t.app
      .printRoutes({ commonPrefix: false })
      .split("\n")
      .flatMap((line) => {
        const match = /(\/\S*:\S*) \(([^)]*)\)/.exec(line);
        if (match === null) return [];
        const [, url = "", methods = ""] = match;
        return methods
          .split(", ")
          .filter((m) => m !== "HEAD")
          .map((m) => `${m} ${url}`);
      });
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
