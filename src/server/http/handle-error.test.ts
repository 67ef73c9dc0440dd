import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { PublicItemReply } from "../../api";
import { createTestApp, signUp, type TestApp } from "../test-app";

let t: TestApp;
let ada: string;
beforeEach(async () => {
  t = await createTestApp();
  ada = await signUp(t.app, "Ada");
});
afterEach(() => t.close());

/** Words that would betray the stack, the database or the file system to a client. */
const INTERNALS = /sqlite|kysely|select |insert |\bat .*\(|node_modules|\/work\/|stack|\.ts\b/i;

const answerWith = (payload: string) =>
  t.app.inject({
    method: "POST",
    url: "/api/items/some-id/answer",
    headers: { cookie: ada, "content-type": "application/json" },
    payload,
  });

describe("the body size limit", () => {
  it("refuses a body over 64 KB with a 413 ApiError before reading it", async () => {
    const { id } = (
      await t.app.inject({ method: "POST", url: "/api/skills/S1/items", headers: { cookie: ada } })
    ).json<PublicItemReply>();
    const text = "x".repeat(65 * 1024);
    const response = await t.app.inject({
      method: "POST",
      url: `/api/items/${id}/answer`,
      headers: { cookie: ada },
      payload: { submission: { kind: "expression", text } },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({ error: "bad-request", message: expect.any(String) });
    expect(await t.db.selectFrom("attempts").select("id").execute()).toEqual([]);
  });

  it("lets a 63 KB body through to validation, which refuses it as malformed", async () => {
    const response = await answerWith(JSON.stringify({ pad: "x".repeat(63 * 1024) }));
    expect(response.statusCode).toBe(400);
  });
});

describe("errors", () => {
  it.each([
    ["malformed JSON", '{"submission": '],
    ["JSON of the wrong shape", JSON.stringify({ submission: { kind: "matrix", cells: 5 } })],
  ])("answer %s with a 400 that names no internals", async (_label, payload) => {
    const response = await answerWith(payload);
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json<object>()).sort()).toEqual(["error", "message"]);
    expect(response.body).not.toMatch(INTERNALS);
  });

  it("answer a failure inside the server with a bare 500: no message, stack, SQL or path", async () => {
    await t.db.schema.dropTable("attempts").execute();
    await t.db.schema.dropTable("items").execute();
    const response = await t.app.inject({
      method: "POST",
      url: "/api/skills/S1/items",
      headers: { cookie: ada },
    });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ error: "internal", message: expect.any(String) });
    expect(response.body).not.toMatch(INTERNALS);
    expect(response.body).not.toContain("no such table");
  });
});
