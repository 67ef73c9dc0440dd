import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, signUp, type TestApp } from "../test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

// app.inject sends `Host: localhost:80`, so that is this server's host here.
const HOST = "http://localhost:80";
let learners = 0;

describe("the origin check on state-changing requests", () => {
  it.each<[string, number, Record<string, string>]>([
    ["an Origin of this host", 200, { origin: HOST }],
    ["a Referer from this host", 200, { referer: `${HOST}/practice/S1` }],
    ["neither header (a non-browser client)", 200, {}],
    ["an Origin of another site", 403, { origin: "https://evil.example" }],
    ["the same host name on another port", 403, { origin: "http://localhost:8080" }],
    ["Origin: null (a sandboxed or file page)", 403, { origin: "null" }],
    ["a Referer from another site", 403, { referer: "https://evil.example/form" }],
    [
      "a foreign Origin beside a local Referer",
      403,
      { origin: "https://evil.example", referer: HOST },
    ],
  ])("answers a sign-out with %s with %i", async (_label, status, headers) => {
    const cookie = await signUp(t.app, `learner-${(learners += 1)}`);
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-out",
      headers: { cookie, ...headers },
    });
    expect(response.statusCode).toBe(status);
    if (status === 403) {
      expect(response.json()).toEqual({ error: "cross-origin", message: expect.any(String) });
      const me = await t.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie } });
      expect(me.statusCode).toBe(200); // the session survived: nothing was changed
    }
  });

  it("refuses a cross-site sign-up before creating the account", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-up",
      headers: { origin: "https://evil.example" },
      payload: { name: "Mallory", password: "correct horse" },
    });
    expect(response.statusCode).toBe(403);
    const names = await t.db
      .selectFrom("learners")
      .select("name")
      .where("name", "=", "Mallory")
      .execute();
    expect(names).toEqual([]);
  });

  it("lets a read from another origin through (reads change nothing; CORS guards the reply)", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/api/health",
      headers: { origin: "https://evil.example" },
    });
    expect(response.statusCode).toBe(200);
  });
});
