import type { Transaction } from "kysely";
import { randomUUID } from "node:crypto";
import type { GradeResult, Submission } from "../../core/grading";
import {
  answerPlacement,
  finishPlacement,
  gradeGate,
  masteryEstimate,
  nextPlacementSkill,
  placementEstimate,
  recordAttempt,
  startPlacement,
  type GateResult,
  type Help,
} from "../../core/learner";
import type { SkillId } from "../../core/shared";
import { insertAttempt } from "../db/attempt-repository";
import type { Database } from "../db/database";
import { finishGateAttempt, findGateAttempt, gateAnswers } from "../db/gate-repository";
import { markItemAnswered, type ItemRecord } from "../db/item-repository";
import type { StoredLearnerState } from "../db/learner-state-repository";
import { touchStudySession } from "../db/study-session-repository";
import type { LearnerChange } from "./update-learner";

/** What a counted answer did to the learner: the skill's estimate, and a gate's verdict if it ended one. */
export interface AnswerEffect {
  readonly estimate: { readonly before: number; readonly after: number };
  readonly gate?: GateResult;
}

/**
 * Stores a graded answer and its effect on the learner model, in the caller's transaction: the
 * item is marked answered first, so a replayed or concurrent answer finds it taken and changes
 * nothing. Placement answers move placement; others are evidence for the skill (with the help the
 * learner had); the last answer of a gate attempt grades the gate.
 */
export async function commitAnswer(
  trx: Transaction<Database>,
  current: StoredLearnerState,
  answer: {
    readonly record: ItemRecord;
    readonly submission: Submission;
    readonly result: Exclude<GradeResult, { verdict: "invalid" }>;
    readonly now: Date;
  },
): Promise<LearnerChange<AnswerEffect | "already-answered">> {
  const { record, now } = answer;
  if (!(await markItemAnswered(trx, record.id, now))) return { value: "already-answered" };
  const right = answer.result.verdict === "correct";
  const help: Help = record.hintsShown > 0 || record.scaffold === "faded" ? "hint" : "none";
  const placing = record.purpose === "placement";
  const before = shownEstimate(current, record.skill, placing, now);
  let next = placing
    ? placeAnswer(current, record.skill, right, now)
    : {
        state: recordAttempt(current.state, {
          skill: record.skill,
          at: now.getTime(),
          outcome: { kind: "answer", right, help },
        }),
        placement: current.placement,
      };
  const after = shownEstimate(next, record.skill, placing && next.placement !== null, now);
  await insertAttempt(trx, {
    id: randomUUID(),
    itemId: record.id,
    learnerId: record.learnerId,
    skill: record.skill,
    submission: answer.submission,
    correct: right,
    createdAt: now,
    help,
    mistakes: answer.result.verdict === "incorrect" ? answer.result.mistakes : [],
    estimateAfter: after,
    sessionId: record.sessionId,
  });
  if (record.sessionId !== null) await touchStudySession(trx, record.sessionId, now);
  const gate =
    record.gateAttemptId === null ? undefined : await gradeIfLast(trx, record, next, now);
  if (gate) next = { ...next, state: gate.state };
  return {
    next,
    value: { estimate: { before, after }, ...(gate && { gate: gate.result }) },
  };
}

/**
 * The estimate an answer is shown to move: placement's own while placement runs (the model takes
 * placement's result only when it ends, so its estimate would not move), else the model's.
 */
function shownEstimate(
  stored: Pick<StoredLearnerState, "state" | "placement">,
  skill: SkillId,
  placing: boolean,
  now: Date,
): number {
  return placing
    ? placementEstimate(stored.placement ?? startPlacement(), skill)
    : masteryEstimate(stored.state, skill, now.getTime());
}

/** Placement after an answer; when placement has nothing left to ask, its result enters the model. */
function placeAnswer(
  current: StoredLearnerState,
  skill: SkillId,
  right: boolean,
  now: Date,
): Pick<StoredLearnerState, "state" | "placement"> {
  const placement = answerPlacement(current.placement ?? startPlacement(), skill, right);
  if (nextPlacementSkill(placement) !== undefined) return { state: current.state, placement };
  return { state: finishPlacement(current.state, placement, now.getTime()), placement: null };
}

/** Grades the gate attempt if this answer was its last item. */
async function gradeIfLast(
  trx: Transaction<Database>,
  record: ItemRecord,
  next: Pick<StoredLearnerState, "state">,
  now: Date,
) {
  const attempt = await findGateAttempt(trx, record.learnerId, record.gateAttemptId ?? "");
  if (attempt === undefined) throw new Error(`Gate item ${record.id} has no gate attempt`);
  const right = await gateAnswers(trx, attempt.id);
  if (right.length < attempt.quiz.items.length) return undefined;
  const graded = gradeGate(next.state, attempt.quiz, right, now.getTime());
  await finishGateAttempt(trx, attempt.id, graded.result, now);
  return graded;
}
