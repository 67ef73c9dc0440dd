import { afterEach, describe, expect, it, vi } from "vitest";
import { apiRequest } from "./api-client";

function reply(status: number, body: string): Response {
  return new Response(body, { status, headers: { "content-type": "application/json" } });
}

afterEach(() => vi.unstubAllGlobals());

describe("apiRequest", () => {
  it("returns the JSON reply and sends JSON with same-origin credentials", async () => {
    const fetchMock = vi.fn(() =>
      Promise.resolve(reply(200, '{"learner":{"id":"1","name":"Ada"}}')),
    );
    vi.stubGlobal("fetch", fetchMock);
    const result = await apiRequest("POST", "/auth/sign-in", { name: "Ada", password: "p" });
    expect(result).toEqual({ ok: true, value: { learner: { id: "1", name: "Ada" } } });
    expect(fetchMock).toHaveBeenCalledWith("/api/auth/sign-in", {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json" },
      body: '{"name":"Ada","password":"p"}',
    });
  });

  it("passes the server's error code and sentence through as a failure", async () => {
    vi.stubGlobal("fetch", () =>
      Promise.resolve(reply(409, '{"error":"name-taken","message":"That name is taken."}')),
    );
    expect(await apiRequest("POST", "/auth/sign-up", {})).toEqual({
      ok: false,
      error: { status: 409, code: "name-taken", message: "That name is taken." },
    });
  });

  it("gives a generic sentence with the status when the error body is not an ApiError", async () => {
    vi.stubGlobal("fetch", () => Promise.resolve(new Response("<html>", { status: 502 })));
    const result = await apiRequest("GET", "/course");
    expect(result.ok ? null : result.error).toMatchObject({ status: 502, code: "unexpected" });
    expect(result.ok ? "" : result.error.message).toContain("502");
  });

  it("reports an unreachable server as status 0 instead of throwing", async () => {
    vi.stubGlobal("fetch", () => Promise.reject(new TypeError("Failed to fetch")));
    const result = await apiRequest("GET", "/auth/me");
    expect(result.ok ? null : result.error).toMatchObject({ status: 0, code: "network" });
  });
});
