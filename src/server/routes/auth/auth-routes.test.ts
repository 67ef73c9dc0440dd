import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestApp, sessionCookieOf, signUp, type TestApp } from "../../test-app";
import { describeEachDatabase } from "../../describe-each-database";

let t: TestApp;

const post = (url: string, payload?: object, cookie?: string) =>
  t.app.inject({ method: "POST", url, payload, headers: cookie === undefined ? {} : { cookie } });
const me = (cookie: string) =>
  t.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie } });

describeEachDatabase((database) => {
  beforeEach(async () => {
    t = await createTestApp({ database });
  });
  afterEach(() => t.close());

  describe("sign-up", () => {
    it("creates the learner and signs them in", async () => {
      const response = await post("/api/auth/sign-up", { name: "Ada", password: "correct horse" });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        learner: { id: expect.any(String), name: "Ada", role: "learner" },
      });
      const reply = await me(sessionCookieOf(response.cookies));
      expect(reply.json()).toEqual(response.json());
    });

    it.each(["Ada", "ada", "ADA"])("refuses the taken name %s with 409", async (name) => {
      await signUp(t.app, "Ada");
      const response = await post("/api/auth/sign-up", { name, password: "another secret" });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toEqual({ error: "name-taken", message: expect.any(String) });
    });

    it.each([
      ["a short password", { name: "Ada", password: "short" }],
      ["a blank name", { name: " ", password: "correct horse" }],
      ["an extra field", { name: "Ada", password: "correct horse", admin: true }],
      ["no body", undefined],
    ])("rejects %s with a 400 ApiError", async (_label, payload) => {
      const response = await post("/api/auth/sign-up", payload);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({ error: expect.any(String), message: expect.any(String) });
    });
  });

  describe("session cookie", () => {
    it("is HttpOnly, SameSite=Lax, Path=/ and not Secure over plain HTTP", async () => {
      const response = await post("/api/auth/sign-up", { name: "Ada", password: "correct horse" });
      const cookie = response.cookies.find((c) => c.name === "pullback_session");
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
      expect(cookie?.secure).toBeUndefined();
      expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    });

    it("is Secure when the request came over HTTPS through a trusted proxy", async () => {
      await t.close();
      t = await createTestApp({ database, trustProxy: true });
      const response = await t.app.inject({
        method: "POST",
        url: "/api/auth/sign-up",
        payload: { name: "Ada", password: "correct horse" },
        headers: { "x-forwarded-proto": "https" },
      });
      expect(response.cookies.find((c) => c.name === "pullback_session")?.secure).toBe(true);
    });

    it("is stored on the server only as the SHA-256 of the token", async () => {
      const cookie = await signUp(t.app, "Ada");
      const token = cookie.split("=")[1] ?? "";
      const ids = await t.db.selectFrom("sessions").select("id").execute();
      expect(ids).toEqual([{ id: createHash("sha256").update(token).digest("base64url") }]);
    });
  });

  describe("sign-in", () => {
    it("opens a new session with the right password, leaving the old one valid", async () => {
      const first = await signUp(t.app, "Ada");
      const response = await post("/api/auth/sign-in", { name: "ada", password: "correct horse" });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ learner: { name: "Ada" } });
      const second = sessionCookieOf(response.cookies);
      expect(second).not.toBe(first);
      expect((await me(second)).statusCode).toBe(200);
      expect((await me(first)).statusCode).toBe(200);
    });

    it("rotates the session: a token planted before sign-in is replaced and stays useless", async () => {
      await signUp(t.app, "Ada");
      const planted = "pullback_session=token-an-attacker-chose-for-the-victim";
      const response = await post(
        "/api/auth/sign-in",
        { name: "Ada", password: "correct horse" },
        planted,
      );
      const issued = sessionCookieOf(response.cookies);
      expect(issued).not.toBe(planted);
      expect((await me(issued)).statusCode).toBe(200);
      expect((await me(planted)).statusCode).toBe(401);
    });

    it("gives a signed-in browser that signs in again a new token", async () => {
      const first = await signUp(t.app, "Ada");
      const response = await post(
        "/api/auth/sign-in",
        { name: "Ada", password: "correct horse" },
        first,
      );
      expect(sessionCookieOf(response.cookies)).not.toBe(first);
    });

    it.each([
      ["a wrong password", { name: "Ada", password: "wrong horse" }],
      ["an unknown name", { name: "Bob", password: "correct horse" }],
    ])("answers %s with 401 and no cookie", async (_label, credentials) => {
      await signUp(t.app, "Ada");
      const response = await post("/api/auth/sign-in", credentials);
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({ error: "wrong-credentials", message: expect.any(String) });
      expect(response.cookies).toEqual([]);
    });
  });

  describe("sign-out", () => {
    it("deletes the session on the server, so the old cookie no longer works", async () => {
      const cookie = await signUp(t.app, "Ada");
      const response = await post("/api/auth/sign-out", undefined, cookie);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ ok: true });
      expect(response.cookies.find((c) => c.name === "pullback_session")?.value).toBe("");
      expect(await t.db.selectFrom("sessions").selectAll().execute()).toEqual([]);
      expect((await me(cookie)).statusCode).toBe(401);
    });
  });

  describe("session expiry", () => {
    it("rejects a session after 30 days", async () => {
      const cookie = await signUp(t.app, "Ada");
      t.advance(30 * 24 * 60 * 60 * 1000);
      expect((await me(cookie)).statusCode).toBe(401);
    });
  });
});
