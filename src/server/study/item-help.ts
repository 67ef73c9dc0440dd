import type { HintReply } from "../../api";
import { recordAttempt } from "../../core/learner";
import { err, ok, type LearnerId, type Result } from "../../core/shared";
import type { ServerContext } from "../context";
import { findLearnerItem, markItemAnswered, revealHint } from "../db/item-repository";
import { touchStudySession } from "../db/study-session-repository";
import { storedItem } from "../practice/cached-item";
import { offersHints } from "../practice/hint-policy";
import { updateLearner } from "./update-learner";

/** Why help is refused: no such item of this learner, an item of a check, or one already answered. */
export type HelpRefusal = "no-such-item" | "no-hints-in-check" | "answered";

/**
 * Reveals the item's next hint. Hints are counted: an answer after one is weaker evidence that
 * the learner knows the skill. Checks (placement, gates) are answered without help, and an
 * answered item's hints would change nothing.
 */
export async function nextHint(
  context: ServerContext,
  learnerId: LearnerId,
  itemId: string,
): Promise<Result<HintReply, HelpRefusal>> {
  const record = await findLearnerItem(context.db, itemId, learnerId);
  if (!record) return err("no-such-item");
  if (!offersHints(record.purpose)) return err("no-hints-in-check");
  if (record.answered) return err("answered");
  const { hints } = storedItem(record);
  const shown = await revealHint(context.db, record, hints.length);
  return ok({ hints: hints.slice(0, shown), remaining: hints.length - shown });
}

/**
 * Records that the learner studied a worked example: an opportunity without an answer, counted
 * once however often it is sent.
 */
export async function studyWorkedExample(
  context: ServerContext,
  learnerId: LearnerId,
  itemId: string,
): Promise<Result<true, "no-such-item">> {
  const record = await findLearnerItem(context.db, itemId, learnerId);
  if (!record || record.scaffold !== "worked-example") return err("no-such-item");
  const now = context.clock();
  await updateLearner(context.db, learnerId, now, async (current, trx) => {
    if (!(await markItemAnswered(trx, record.id, now))) return { value: undefined };
    if (record.sessionId !== null) await touchStudySession(trx, record.sessionId, now);
    const attempt = {
      skill: record.skill,
      at: now.getTime(),
      outcome: { kind: "worked-example" },
    } as const;
    return { next: { ...current, state: recordAttempt(current.state, attempt) }, value: undefined };
  });
  return ok(true);
}
