import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const directivesOf = (header: string | string[] | number | undefined) =>
  new Map(
    String(header)
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name = "", ...values]) => [name, values] as const),
  );

describe("security headers", () => {
  it.each(["/api/health", "/api/course", "/no-such-page"])(
    "are on every reply, here %s",
    async (url) => {
      const { headers } = await t.app.inject({ method: "GET", url });
      expect(headers["content-security-policy"]).toEqual(expect.any(String));
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["x-frame-options"]).toBe("SAMEORIGIN");
      expect(headers["referrer-policy"]).toBe("no-referrer");
    },
  );

  it.each([
    ["script-src", ["'self'"]],
    ["connect-src", ["'self'"]],
    ["object-src", ["'none'"]],
    ["frame-ancestors", ["'none'"]],
    ["default-src", ["'self'"]],
    ["style-src-elem", ["'self'"]],
  ])("limit %s to %j, so injected markup can run no script", async (directive, values) => {
    const { headers } = await t.app.inject({ method: "GET", url: "/api/health" });
    expect(directivesOf(headers["content-security-policy"]).get(directive)).toEqual(values);
  });

  it("do not upgrade requests to HTTPS, so a plain-HTTP install keeps working", async () => {
    const { headers } = await t.app.inject({ method: "GET", url: "/api/health" });
    expect(directivesOf(headers["content-security-policy"]).has("upgrade-insecure-requests")).toBe(
      false,
    );
  });
});
