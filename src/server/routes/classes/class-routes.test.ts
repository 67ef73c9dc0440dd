import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type {
  ClassDetailReply,
  ClassListReply,
  ClassSummary,
  LearnerStateReply,
  PublicItemReply,
} from "../../../api";
import { MISTAKES } from "../../../core/grading";
import { createAccount } from "../../auth/accounts";
import { answerFor } from "../../test-answers";
import { createTestApp, sessionCookieOf, signUp, type TestApp } from "../../test-app";

let t: TestApp;
let prof: string;
let ada: string;

async function instructor(name: string): Promise<string> {
  const credentials = { name, password: "correct horse" };
  await createAccount({ db: t.db, clock: () => new Date() }, credentials, "instructor");
  const response = await t.app.inject({
    method: "POST",
    url: "/api/auth/sign-in",
    payload: credentials,
  });
  return sessionCookieOf(response.cookies);
}

const call = (cookie: string, method: "GET" | "POST", url: string, payload?: object) =>
  t.app.inject({
    method,
    url: `/api${url}`,
    headers: { cookie },
    ...(payload === undefined ? {} : { payload }),
  });

beforeEach(async () => {
  t = await createTestApp();
  prof = await instructor("Prof");
  ada = await signUp(t.app, "Ada");
});
afterEach(() => t.close());

async function newClass(): Promise<ClassSummary> {
  const created = await call(prof, "POST", "/classes", { name: "Calculus 3" });
  expect(created.statusCode).toBe(200);
  return created.json<ClassSummary>();
}

describe("classes", () => {
  it("lets an instructor create a class with a join code and list it", async () => {
    const created = await newClass();
    expect(created).toMatchObject({ name: "Calculus 3", learners: 0 });
    expect(created.joinCode).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    const list = (await call(prof, "GET", "/classes")).json<ClassListReply>();
    expect(list.classes).toEqual([created]);
  });

  it("refuses class pages to learners with 403", async () => {
    const created = await newClass();
    for (const [method, url] of [
      ["GET", "/classes"],
      ["POST", "/classes"],
      ["GET", `/classes/${created.id}`],
      ["GET", `/classes/${created.id}/export.csv`],
    ] as const) {
      const response = await call(ada, method, url, method === "POST" ? { name: "x" } : undefined);
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ error: "instructors-only" });
    }
  });

  it("shows the instructor a learner who joined: progress, and a diagnosed mistake with its example", async () => {
    const created = await newClass();
    const joined = await call(ada, "POST", "/classes/join", {
      joinCode: created.joinCode.toLowerCase(),
    });
    expect(joined.json()).toEqual({ id: created.id, name: "Calculus 3" });
    const item = (await call(ada, "POST", "/skills/S1/items")).json<PublicItemReply>();
    const submission = await answerFor(t.db, item.id, false);
    const graded = (await call(ada, "POST", `/items/${item.id}/answer`, { submission })).json<{
      mistakes: { id: string }[];
    }>();
    const mistake = graded.mistakes[0]?.id;
    expect(mistake).toBeDefined();

    const detail = (await call(prof, "GET", `/classes/${created.id}`)).json<ClassDetailReply>();
    expect(detail.class.learners).toBe(1);
    expect(detail.learners).toHaveLength(1);
    expect(detail.learners[0]).toMatchObject({ name: "Ada", attempts: 1, passedUnits: [] });
    const s1 = detail.learners[0]?.skills.find((s) => s.skill === "S1");
    expect(s1?.mastered).toBe(false);
    expect(detail.mistakes[0]).toMatchObject({
      mistake,
      name: MISTAKES[mistake as keyof typeof MISTAKES].name,
      count: 1,
      example: {
        skill: "S1",
        kind: "matrix",
        prompt: expect.any(String),
        answer: expect.stringMatching(/^\[\[/),
      },
    });

    const csv = await call(prof, "GET", `/classes/${created.id}/export.csv`);
    expect(csv.headers["content-type"]).toContain("text/csv");
    const lines = csv.body.trim().split("\r\n");
    expect(lines[0]).toBe("learner,skill,estimate,mastered,units_passed,attempts");
    expect(lines.filter((line) => line.startsWith("Ada,S1,"))).toHaveLength(1);
  });

  it("does not show one instructor another's class", async () => {
    const created = await newClass();
    const other = await instructor("Other");
    expect((await call(other, "GET", `/classes/${created.id}`)).statusCode).toBe(404);
    expect((await call(other, "GET", `/classes/${created.id}/export.csv`)).statusCode).toBe(404);
    expect((await call(other, "GET", "/classes")).json()).toEqual({ classes: [] });
  });

  it("opens every unit to an instructor, who teaches the course rather than takes it", async () => {
    const state = (await call(prof, "GET", "/learner/state")).json<LearnerStateReply>();
    expect(state.units.map((u) => u.status)).not.toContain("locked");
    expect(state.skills.map((s) => s.status)).not.toContain("locked");
    expect((await call(prof, "POST", "/skills/S13/items")).statusCode).toBe(200);
  });

  it("answers an unknown join code with 404", async () => {
    const response = await call(ada, "POST", "/classes/join", { joinCode: "ZZZZZZZZ" });
    expect(response.statusCode).toBe(404);
  });
});
