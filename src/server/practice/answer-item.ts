import { randomUUID } from "node:crypto";
import type { AnswerReply } from "../../api";
import { gradeAnswer, type Submission } from "../../core/grading";
import { err, ok, type LearnerId, type Result } from "../../core/shared";
import type { ServerContext } from "../context";
import { insertAttempt } from "../db/attempt-repository";
import { findLearnerItem, markItemAnswered } from "../db/item-repository";
import { cachedItem } from "./cached-item";
import { toGradedReply, toInvalidReply } from "./api-mappers";
import { toCanvasReply } from "./canvas-reply";
import { skillHistory } from "./skill-history";

/**
 * Grades the learner's answer to one of their items. The item is regenerated from its stored
 * seed, so the solution never travels. A graded attempt is committed before the reply is built;
 * unreadable input is not an attempt and is not stored.
 */
export async function answerItem(
  context: ServerContext,
  learnerId: LearnerId,
  itemId: string,
  submission: Submission,
): Promise<Result<AnswerReply, "no-such-item">> {
  // Another learner's item is "not found", so item ids reveal nothing about other accounts.
  const record = await findLearnerItem(context.db, itemId, learnerId);
  if (record === undefined) return err("no-such-item");
  const item = cachedItem(record.skill, record.seed);
  const result = gradeAnswer(item.key, submission, item.seed);
  if (result.verdict === "invalid") return ok(toInvalidReply(result.errors));
  const now = context.clock();
  await context.db.transaction().execute(async (trx) => {
    await insertAttempt(trx, {
      id: randomUUID(),
      itemId,
      learnerId,
      skill: record.skill,
      submission,
      correct: result.verdict === "correct",
      createdAt: now,
    });
    await markItemAnswered(trx, itemId, now);
  });
  const history = await skillHistory(context.db, learnerId, record.skill);
  const canvas = toCanvasReply(item, submission, result.verdict === "correct");
  return ok(toGradedReply(result, item, history, canvas));
}
