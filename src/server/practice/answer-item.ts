import type { AnswerReply } from "../../api";
import { gradeAnswer, type Submission } from "../../core/grading";
import { err, ok, type LearnerId, type Result } from "../../core/shared";
import type { ServerContext } from "../context";
import { findItemSubmission } from "../db/attempt-repository";
import { findLearnerItem, type ItemRecord } from "../db/item-repository";
import { commitAnswer } from "../study/commit-answer";
import { toGateResultReply } from "../study/gate-replies";
import { updateLearner } from "../study/update-learner";
import { storedItem } from "./cached-item";
import { toGradedReply, toInvalidReply } from "./api-mappers";
import { toCanvasReply } from "./canvas-reply";
import { skillHistory } from "./skill-history";

/** Why an answer is refused: no such item of this learner, or a worked example (studied, not answered). */
export type AnswerRefusal = "no-such-item" | "worked-example";

/**
 * Grades the learner's answer to one of their items. The item is regenerated from its stored
 * seed, so the solution never travels. Each item counts once: the attempt, the learner model's
 * update and a gate's verdict are committed together before the reply is built, and any later
 * answer to the same item gets the first one's verdict back, changing nothing. Unreadable input is
 * not an attempt and is not stored.
 */
export async function answerItem(
  context: ServerContext,
  learnerId: LearnerId,
  itemId: string,
  submission: Submission,
): Promise<Result<AnswerReply, AnswerRefusal>> {
  // Another learner's item is "not found", so item ids reveal nothing about other accounts.
  const record = await findLearnerItem(context.db, itemId, learnerId);
  if (record === undefined) return err("no-such-item");
  if (record.scaffold === "worked-example") return err("worked-example");
  if (record.answered) return ok(await replayAnswer(context, record));
  const item = storedItem(record);
  const result = gradeAnswer(item.key, submission, item.seed);
  if (result.verdict === "invalid") return ok(toInvalidReply(result.errors));
  const now = context.clock();
  const effect = await updateLearner(context.db, learnerId, now, (current, trx) =>
    commitAnswer(trx, current, { record, submission, result, now }),
  );
  if (effect === "already-answered") return ok(await replayAnswer(context, record));
  const history = await skillHistory(context.db, learnerId, record.skill);
  const canvas = toCanvasReply(item, submission, result.verdict === "correct");
  return ok({
    ...toGradedReply(result, item, history, canvas),
    estimate: effect.estimate,
    ...(effect.gate && { gate: toGateResultReply(effect.gate) }),
  });
}

/** The verdict of the item's first graded answer, again: what a replayed submission gets. */
async function replayAnswer(context: ServerContext, record: ItemRecord): Promise<AnswerReply> {
  const item = storedItem(record);
  const stored = await findItemSubmission(context.db, record.id);
  if (stored === undefined) throw new Error(`Answered item ${record.id} has no readable attempt`);
  const result = gradeAnswer(item.key, stored, item.seed);
  if (result.verdict === "invalid") throw new Error(`Stored answer to ${record.id} is unreadable`);
  const history = await skillHistory(context.db, record.learnerId, record.skill);
  const canvas = toCanvasReply(item, stored, result.verdict === "correct");
  return { ...toGradedReply(result, item, history, canvas), replayed: true };
}
