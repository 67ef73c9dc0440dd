import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CourseReply } from "../../../api";
import { LESSONS, SKILLS, UNITS } from "../../../core/course";
import { createTestApp, signUp, type TestApp } from "../../test-app";

let t: TestApp;
let cookie: string;
let contentDir: string;
beforeAll(async () => {
  contentDir = mkdtempSync(join(tmpdir(), "pullback-content-"));
  mkdirSync(join(contentDir, "unit-0"));
  writeFileSync(join(contentDir, "unit-0/01-welcome.md"), "# Welcome\n\n$x^2$\n");
  writeFileSync(join(contentDir, "secret.md"), "not a lesson");
  t = await createTestApp({ contentDir });
  cookie = await signUp(t.app, "Ada");
});
afterAll(async () => {
  await t.close();
  rmSync(contentDir, { recursive: true });
});

const get = (url: string) => t.app.inject({ method: "GET", url, headers: { cookie } });

describe("GET /api/lessons/:id", () => {
  it("replies with the lesson's summary and its Markdown file", async () => {
    const response = await get("/api/lessons/welcome");
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      lesson: { id: "welcome", unit: 0, title: "How this course works" },
      markdown: "# Welcome\n\n$x^2$\n",
    });
  });

  it.each(["no-such-lesson", "secret.md", "..%2Fsecret.md", "unit-0%2F01-welcome.md"])(
    "answers %s, which is not a registry id, with 404",
    async (id) => {
      const response = await get(`/api/lessons/${id}`);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual({ error: "no-such-lesson", message: expect.any(String) });
    },
  );
});

describe("GET /api/course", () => {
  it("lists every unit in order, each with its own lessons and skills", async () => {
    const { units } = (await get("/api/course")).json<CourseReply>();
    expect(units.map((u) => u.unit)).toEqual(UNITS.map((u) => u.unit));
    expect(units.flatMap((u) => u.lessons.map((l) => l.id))).toEqual(LESSONS.map((l) => l.id));
    expect(units.flatMap((u) => u.skills.map((s) => s.id)).sort()).toEqual(
      SKILLS.map((s) => s.id).sort(),
    );
    for (const unit of units) expect(unit.lessons.every((l) => l.unit === unit.unit)).toBe(true);
  });

  it("tells no lesson's file path", async () => {
    expect((await get("/api/course")).body).not.toContain(".md");
  });
});
