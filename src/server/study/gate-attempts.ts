import { randomUUID } from "node:crypto";
import type { GateAttemptReply, GateNextReply } from "../../api";
import { currentUnit, drawGate, isGateOpen } from "../../core/learner";
import { createRandom, err, ok, type LearnerId, type Result } from "../../core/shared";
import type { ServerContext } from "../context";
import {
  countGateItems,
  findGateAttempt,
  findOpenGateAttempt,
  gateAnswers,
  insertGateAttempt,
  type GateAttemptRecord,
} from "../db/gate-repository";
import { findPendingItem } from "../db/item-repository";
import { loadLearnerState } from "../db/learner-state-repository";
import { toPublicItemReply } from "../practice/api-mappers";
import { storedItem } from "../practice/cached-item";
import { issueItem } from "../practice/issue-item";
import { toGateResultReply } from "./gate-replies";

/** Why a gate cannot be started: it is not the learner's current unit, or not every skill is ready. */
export type GateRefusal = "gate-closed";

/**
 * Starts an attempt at a unit's gate, or resumes the learner's unfinished one. A new attempt is
 * allowed only on the learner's current unit with its gate open; its quiz (skills and fresh seeds)
 * is drawn and stored now, so the items cannot be re-rolled by asking again.
 */
export async function startGate(
  context: ServerContext,
  learnerId: LearnerId,
  unit: number,
): Promise<Result<GateAttemptReply, GateRefusal>> {
  const now = context.clock();
  const attempt = await context.db.transaction().execute(async (trx) => {
    const open = await findOpenGateAttempt(trx, learnerId);
    if (open) return open;
    const { state } = await loadLearnerState(trx, learnerId);
    if (currentUnit(state) !== unit || !isGateOpen(state, unit, now.getTime())) return undefined;
    const quiz = drawGate(state, unit, createRandom(context.drawSeed()));
    const id = randomUUID();
    // Not inserted: a concurrent request (maybe on another server) opened one first; resume it.
    if (!(await insertGateAttempt(trx, { id, learnerId, quiz, startedAt: now }))) {
      return findOpenGateAttempt(trx, learnerId);
    }
    return findGateAttempt(trx, learnerId, id);
  });
  return attempt === undefined ? err("gate-closed") : ok(await toAttemptReply(context, attempt));
}

/** Where a gate attempt stands: answered so far, and the verdict once finished. */
export async function gateAttemptStatus(
  context: ServerContext,
  learnerId: LearnerId,
  id: string,
): Promise<GateAttemptReply | undefined> {
  const attempt = await findGateAttempt(context.db, learnerId, id);
  return attempt && toAttemptReply(context, attempt);
}

async function toAttemptReply(
  context: ServerContext,
  attempt: GateAttemptRecord,
): Promise<GateAttemptReply> {
  return {
    id: attempt.id,
    unit: attempt.unit,
    total: attempt.quiz.items.length,
    answered: (await gateAnswers(context.db, attempt.id)).length,
    result: attempt.result && toGateResultReply(attempt.result),
  };
}

/**
 * The gate's next item: the one issued and not yet answered, else the next of the quiz in order
 * (so items are answered one at a time, in the order drawn); the verdict once all are answered.
 */
export async function nextGateItem(
  context: ServerContext,
  learnerId: LearnerId,
  id: string,
): Promise<GateNextReply | undefined> {
  const now = context.clock();
  return context.db.transaction().execute(async (trx) => {
    const attempt = await findGateAttempt(trx, learnerId, id);
    if (!attempt) return undefined;
    if (attempt.result) return { kind: "done" as const, result: toGateResultReply(attempt.result) };
    const total = attempt.quiz.items.length;
    const pending = await findPendingItem(trx, learnerId, { gateAttemptId: id });
    if (pending) {
      const item = storedItem(pending);
      const reply = toPublicItemReply(pending.id, item, pending.purpose);
      return { kind: "item" as const, item: reply, position: pending.position ?? 0, total };
    }
    const position = await countGateItems(trx, id);
    const next = attempt.quiz.items[position];
    if (!next) throw new Error(`Gate attempt ${id} has all items answered but no verdict`);
    const placement = { purpose: "gate", scaffold: "bare", sessionId: null } as const;
    const issued = await issueItem(trx, {
      learnerId,
      skill: next.skill,
      seed: next.seed,
      placement: { ...placement, gateAttemptId: id, position },
      now,
    });
    return {
      kind: "item" as const,
      item: toPublicItemReply(issued.id, issued.item, placement.purpose),
      position,
      total,
    };
  });
}
