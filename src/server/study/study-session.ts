import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { NextStepReply, SessionSummaryReply, StudySession } from "../../api";
import {
  nextPlacementSkill,
  nextStep,
  startPlacement,
  summarizeSession,
  type Step,
} from "../../core/learner";
import { assertNever, err, ok, type LearnerId, type Result, type SkillId } from "../../core/shared";
import type { ServerContext } from "../context";
import type { Database } from "../db/database";
import { findPendingItem, type ItemPlacement } from "../db/item-repository";
import { loadLearnerState } from "../db/learner-state-repository";
import {
  endStudySession,
  findOpenStudySession,
  findStudySession,
  insertStudySession,
  loadSessionStartState,
  sessionLog,
  sessionProgress,
  touchStudySession,
  type StudySessionRecord,
} from "../db/study-session-repository";
import { storedItem } from "../practice/cached-item";
import { issueItem } from "../practice/issue-item";
import { toSessionItemReply, toStudySessionReply, toSummaryReply } from "./session-replies";

/** A session's length when the learner does not choose one. */
export const DEFAULT_SESSION_ITEMS = 12;

/** Starts a study session, or resumes the learner's open one (one session at a time). */
export async function startStudySession(
  context: ServerContext,
  learnerId: LearnerId,
  maxItems = DEFAULT_SESSION_ITEMS,
): Promise<StudySession> {
  const open = await findOpenStudySession(context.db, learnerId);
  if (open) return toStudySessionReply(open, await sessionProgress(context.db, open.id));
  const now = context.clock();
  const { state } = await loadLearnerState(context.db, learnerId);
  const id = randomUUID();
  // Not inserted: a concurrent request (maybe on another server) opened one first; resume it.
  if (!(await insertStudySession(context.db, { id, learnerId, maxItems, state, now }))) {
    return startStudySession(context, learnerId, maxItems);
  }
  const session = await findStudySession(context.db, learnerId, id);
  if (!session) throw new Error(`Study session ${id} vanished after insert`);
  return toStudySessionReply(session, { items: 0, reviews: 0 });
}

/**
 * The next step of a session: the item still waiting for an answer if there is one (so a reload
 * resumes exactly), else what the planner picks now, issued and stored; the end with its summary
 * once the planner says so. One transaction, so two tabs asking at once get the same item.
 */
export async function nextInSession(
  context: ServerContext,
  learnerId: LearnerId,
  sessionId: string,
): Promise<Result<NextStepReply, "no-such-session">> {
  const now = context.clock();
  const reply = await context.db.transaction().execute(async (trx) => {
    const session = await findStudySession(trx, learnerId, sessionId);
    if (!session) return undefined;
    if (session.endedAt !== null) return { kind: "end" as const, summary: summaryOf(session) };
    // Writing first takes the session's row lock on PostgreSQL, serializing concurrent calls.
    await touchStudySession(trx, session.id, now);
    const pending = await findPendingItem(trx, learnerId, { sessionId });
    if (pending) return toSessionItemReply(pending, storedItem(pending));
    return planNext(context, trx, learnerId, session, now);
  });
  return reply === undefined ? err("no-such-session") : ok(reply);
}

async function planNext(
  context: ServerContext,
  trx: Kysely<Database>,
  learnerId: LearnerId,
  session: StudySessionRecord,
  now: Date,
): Promise<NextStepReply> {
  const stored = await loadLearnerState(trx, learnerId);
  const progress = await sessionProgress(trx, session.id);
  const step = nextStep(stored.state, now.getTime(), progress, { maxItems: session.maxItems });
  const issue: Issue = async (skill, placement) => {
    const issued = await issueItem(trx, {
      learnerId,
      skill,
      seed: context.drawSeed(),
      placement: { ...placement, sessionId: session.id },
      now,
    });
    return toSessionItemReply({ id: issued.id, skill, ...placement }, issued.item);
  };
  return takeStep(step, stored.placement, issue, () => finishSession(trx, learnerId, session, now));
}

type Issue = (
  skill: SkillId,
  placement: Omit<ItemPlacement, "sessionId">,
) => Promise<NextStepReply>;

const SESSION_ITEM = { gateAttemptId: null, position: null } as const;

async function takeStep(
  step: Step,
  placement: Parameters<typeof nextPlacementSkill>[0] | null,
  issue: Issue,
  finish: () => Promise<SessionSummaryReply>,
): Promise<NextStepReply> {
  switch (step.kind) {
    case "placement": {
      const skill = nextPlacementSkill(placement ?? startPlacement());
      if (skill === undefined) throw new Error("Placement has nothing to ask but is not finished");
      return issue(skill, { ...SESSION_ITEM, purpose: "placement", scaffold: "bare" });
    }
    case "review":
      return issue(step.skill, { ...SESSION_ITEM, purpose: "review", scaffold: "bare" });
    case "practice":
      return issue(step.skill, { ...SESSION_ITEM, purpose: "practice", scaffold: step.scaffold });
    case "gate":
      return { kind: "gate", unit: step.unit };
    case "end":
      return { kind: "end", summary: await finish() };
    default:
      return assertNever(step);
  }
}

/** Ends a session now (the learner stops early, or the planner ends it) and returns its summary. */
export async function endSession(
  context: ServerContext,
  learnerId: LearnerId,
  sessionId: string,
): Promise<Result<SessionSummaryReply, "no-such-session">> {
  const now = context.clock();
  const summary = await context.db.transaction().execute(async (trx) => {
    const session = await findStudySession(trx, learnerId, sessionId);
    if (!session) return undefined;
    if (session.endedAt !== null) return summaryOf(session);
    return finishSession(trx, learnerId, session, now);
  });
  return summary === undefined ? err("no-such-session") : ok(summary);
}

async function finishSession(
  trx: Kysely<Database>,
  learnerId: LearnerId,
  session: StudySessionRecord,
  now: Date,
): Promise<SessionSummaryReply> {
  const { state } = await loadLearnerState(trx, learnerId);
  const log = await sessionLog(trx, session.id);
  const before = await loadSessionStartState(trx, session.id);
  const summary = summarizeSession(before, state, log, now.getTime());
  await endStudySession(trx, session.id, summary, now);
  return toSummaryReply(summary);
}

function summaryOf(session: StudySessionRecord): SessionSummaryReply {
  if (!session.summary) throw new Error(`Ended session ${session.id} has no summary`);
  return toSummaryReply(session.summary);
}
