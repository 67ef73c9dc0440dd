import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AnswerReply, PublicItemReply, SubmissionBody } from "../../api";
import { createTestApp, signUp, type TestApp } from "../test-app";

// The test app draws seeds 1, 2, 3...: the first item is S1's for seed 1, the Jacobian of
// F(x1, x2) = (sin(x1 x2), exp(x1 − 2 x2)) at (1, 1).
const CANVAS = { g: "[sin(x1*x2), exp(x1 - 2*x2)]", f: "[u1, u2]", x: "1, 1" };
const GUESS: SubmissionBody = {
  kind: "matrix",
  cells: [
    ["1", "0"],
    ["0", "1"],
  ],
};

let t: TestApp;
let ada: string;
beforeEach(async () => {
  t = await createTestApp();
  ada = await signUp(t.app, "Ada");
});
afterEach(() => t.close());

const issue = () =>
  t.app.inject({ method: "POST", url: "/api/skills/S1/items", headers: { cookie: ada } });
const answer = (id: string, submission: SubmissionBody) =>
  t.app.inject({
    method: "POST",
    url: `/api/items/${id}/answer`,
    headers: { cookie: ada },
    payload: { submission },
  });

describe("the canvas of a practice item", () => {
  it("is not in the issued item, so the functions' canvas text cannot leak early", async () => {
    const response = await issue();
    expect(response.json()).not.toHaveProperty("canvas");
    expect(response.body).not.toContain(CANVAS.g);
  });

  it("comes with a graded reply, with the learner's matrix after a wrong answer", async () => {
    const { id } = (await issue()).json<PublicItemReply>();
    const reply = (await answer(id, GUESS)).json<AnswerReply>();
    expect(reply).toMatchObject({
      verdict: "incorrect",
      canvas: {
        ...CANVAS,
        mine: {
          of: "dg",
          matrix: [
            [1, 0],
            [0, 1],
          ],
        },
      },
    });
  });

  it("is not in the reply to unreadable input, which is not an answer", async () => {
    const { id } = (await issue()).json<PublicItemReply>();
    const reply = await answer(id, {
      kind: "matrix",
      cells: [
        ["1+", "0"],
        ["0", "1"],
      ],
    });
    expect(reply.json()).toMatchObject({ verdict: "invalid" });
    expect(reply.json()).not.toHaveProperty("canvas");
  });
});
