import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "./test-app";

let t: TestApp;
let webDir: string;
beforeAll(async () => {
  webDir = mkdtempSync(join(tmpdir(), "pullback-web-"));
  mkdirSync(join(webDir, "assets"));
  writeFileSync(join(webDir, "index.html"), "<!doctype html><title>Pullback</title>");
  writeFileSync(join(webDir, "assets/app.js"), "console.log(1)");
  t = await createTestApp({ webDir });
});
afterAll(async () => {
  await t.close();
  rmSync(webDir, { recursive: true });
});

const get = (url: string) => t.app.inject({ method: "GET", url });

describe("serving the built web app", () => {
  it("serves its files", async () => {
    const response = await get("/assets/app.js");
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe("console.log(1)");
  });

  it.each(["/", "/lessons/chain-rule", "/practice/S1"])(
    "answers the client route %s with index.html",
    async (url) => {
      const response = await get(url);
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toMatch(/text\/html/);
      expect(response.body).toContain("<title>Pullback</title>");
    },
  );

  it("keeps JSON 404s for unknown API routes of a signed-in learner", async () => {
    const cookie = (
      await t.app.inject({
        method: "POST",
        url: "/api/auth/sign-up",
        payload: { name: "Ada", password: "correct horse" },
      })
    ).cookies.find((c) => c.name === "pullback_session");
    const response = await t.app.inject({
      method: "GET",
      url: "/api/nothing-here",
      headers: { cookie: `pullback_session=${cookie?.value ?? ""}` },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: "not-found", message: expect.any(String) });
  });

  it("does not fall back to index.html for a POST", async () => {
    const response = await t.app.inject({ method: "POST", url: "/somewhere" });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: "not-found" });
  });
});
