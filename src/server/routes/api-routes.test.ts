import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, signUp, type TestApp } from "../test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const PROTECTED = [
  ["POST", "/api/auth/sign-out"],
  ["GET", "/api/auth/me"],
  ["GET", "/api/course"],
  ["GET", "/api/lessons/welcome"],
  ["POST", "/api/skills/S1/items"],
  ["POST", "/api/items/some-id/answer"],
  ["GET", "/api/skills/S1/history"],
] as const;

describe("the session check", () => {
  it.each(PROTECTED)("answers %s %s without a session with a 401 ApiError", async (method, url) => {
    const response = await t.app.inject({ method, url, payload: { submission: {} } });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ error: "signed-out", message: expect.any(String) });
  });

  it.each(PROTECTED)("answers %s %s with an unknown token with 401", async (method, url) => {
    const response = await t.app.inject({
      method,
      url,
      headers: { cookie: "pullback_session=forged-token" },
    });
    expect(response.statusCode).toBe(401);
  });

  it("lets health through without a session", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/health" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ok: true });
  });
});

describe("routes that do not exist", () => {
  it("answer outside /api with a 404 ApiError when no web app is built", async () => {
    const response = await t.app.inject({ method: "GET", url: "/lessons/welcome" });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: "not-found", message: expect.any(String) });
  });

  it("answer under /api without a session as signed out, revealing no route names", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/admin" });
    expect(response.statusCode).toBe(401);
  });

  it("answer under /api with a session with a 404 ApiError", async () => {
    const cookie = await signUp(t.app, "Ada");
    const response = await t.app.inject({ method: "GET", url: "/api/admin", headers: { cookie } });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: "not-found", message: expect.any(String) });
  });
});
