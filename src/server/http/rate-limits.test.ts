import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { PublicItemReply } from "../../api";
import { createTestApp, signUp, type TestApp } from "../test-app";

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp({ rateLimits: { signInsPerMinute: 3, submissionsPerMinute: 2 } });
});
afterEach(() => t.close());

const signIn = (remoteAddress: string, password = "wrong horse") =>
  t.app.inject({
    method: "POST",
    url: "/api/auth/sign-in",
    remoteAddress,
    payload: { name: "Ada", password },
  });

const ZEROS = { kind: "matrix", cells: [["0"]] } as const;
const answer = (cookie: string, id: string) =>
  t.app.inject({
    method: "POST",
    url: `/api/items/${id}/answer`,
    headers: { cookie },
    payload: { submission: ZEROS },
  });
const newItem = async (cookie: string) =>
  (
    await t.app.inject({ method: "POST", url: "/api/skills/S1/items", headers: { cookie } })
  ).json<PublicItemReply>().id;

describe("the sign-in rate limit", () => {
  it("refuses the fourth try from one IP in a minute with a 429 ApiError and Retry-After", async () => {
    await signUp(t.app, "Ada");
    for (let i = 0; i < 3; i++) expect((await signIn("10.0.0.1")).statusCode).toBe(401);
    const refused = await signIn("10.0.0.1", "correct horse");
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toEqual({ error: "rate-limited", message: expect.any(String) });
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    expect(refused.cookies).toEqual([]);
  });

  it("counts each IP on its own", async () => {
    await signUp(t.app, "Ada");
    for (let i = 0; i < 3; i++) await signIn("10.0.0.1");
    expect((await signIn("10.0.0.2", "correct horse")).statusCode).toBe(200);
  });

  it("also limits sign-ups, which cost the same scrypt", async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      const response = await t.app.inject({
        method: "POST",
        url: "/api/auth/sign-up",
        payload: { name: `learner-${i}`, password: "correct horse" },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});

describe("the submission rate limit", () => {
  it("refuses a learner's third answer in a minute and stores nothing for it", async () => {
    const ada = await signUp(t.app, "Ada");
    expect((await answer(ada, await newItem(ada))).statusCode).toBe(200);
    expect((await answer(ada, await newItem(ada))).statusCode).toBe(200);
    const refused = await answer(ada, await newItem(ada));
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ error: "rate-limited" });
    expect(await t.db.selectFrom("attempts").select("id").execute()).toHaveLength(2);
  });

  it("counts each learner on their own, even from one IP", async () => {
    const ada = await signUp(t.app, "Ada");
    const bob = await signUp(t.app, "Bob");
    const adaItem = await newItem(ada);
    for (let i = 0; i < 3; i++) await answer(ada, adaItem);
    expect((await answer(bob, await newItem(bob))).statusCode).toBe(200);
  });
});
