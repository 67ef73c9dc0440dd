import type { ClassDetailReply, ClassLearner, ClassSummary } from "../../api";
import { SKILLS } from "../../core/course";
import { MISTAKE_IDS, MISTAKES, type MistakeId, type Submission } from "../../core/grading";
import {
  createLearnerState,
  isMastered,
  masteryEstimate,
  type LearnerState,
} from "../../core/learner";
import type { LearnerId } from "../../core/shared";
import type { ServerContext } from "../context";
import { listAttemptDetails, type AttemptDetail } from "../db/attempt-repository";
import { listClassMembers, type ClassRecord } from "../db/class-repository";
import { listGateResults } from "../db/gate-repository";
import { loadLearnerStates } from "../db/learner-state-repository";
import { storedItem } from "../practice/cached-item";
import { submissionText } from "./submission-text";
import { findLearnerItem } from "../db/item-repository";

/** How many of a class's most frequent mistakes the instructor sees. */
export const TOP_MISTAKES = 5;

/** A class's summary for its instructor. */
export const toClassSummary = (record: ClassRecord): ClassSummary => ({
  id: record.id,
  name: record.name,
  joinCode: record.joinCode,
  createdAt: record.createdAt,
  learners: record.learners,
});

/**
 * What an instructor sees of a class: each learner's estimate per skill, passed units and gate
 * results, and the mistakes the grader diagnosed most often across the class, each with one real
 * wrong answer as an example.
 */
export async function classDetail(
  context: ServerContext,
  record: ClassRecord,
): Promise<ClassDetailReply> {
  const members = await listClassMembers(context.db, record.id);
  const ids = members.map((m) => m.id);
  const [states, attempts, gates] = await Promise.all([
    loadLearnerStates(context.db, ids),
    listAttemptDetails(context.db, ids),
    listGateResults(context.db, ids),
  ]);
  const now = context.clock().getTime();
  const learners = members.map((member): ClassLearner => {
    const state = states.get(member.id) ?? createLearnerState();
    return {
      id: member.id,
      name: member.name,
      passedUnits: [...state.passedUnits],
      skills: skillsOf(state, now),
      gates: gates
        .filter((g) => g.learnerId === member.id && g.result)
        .map((g) => ({ unit: g.unit, at: g.startedAt, passed: g.result?.kind === "passed" })),
      attempts: attempts.filter((a) => a.learnerId === member.id).length,
    };
  });
  return {
    class: toClassSummary(record),
    skills: SKILLS.map(({ id, title, unit }) => ({ id, title, unit })),
    learners,
    mistakes: await frequentMistakes(context, attempts),
  };
}

function skillsOf(state: LearnerState, now: number): ClassLearner["skills"] {
  return SKILLS.map(({ id }) => ({
    skill: id,
    estimate: masteryEstimate(state, id, now),
    mastered: isMastered(state, id),
  }));
}

// Stored ids come from the grader, but a catalogue entry may be retired; those are skipped.
const isMistakeId = (id: string): id is MistakeId =>
  (MISTAKE_IDS as readonly string[]).includes(id);

/** The class's most frequent diagnosed mistakes, each with its latest example. */
async function frequentMistakes(
  context: ServerContext,
  attempts: readonly (AttemptDetail & { readonly learnerId: LearnerId })[],
): Promise<ClassDetailReply["mistakes"]> {
  const byMistake = new Map<MistakeId, (typeof attempts)[number][]>();
  for (const attempt of attempts) {
    for (const id of attempt.mistakes.filter(isMistakeId)) {
      byMistake.set(id, [...(byMistake.get(id) ?? []), attempt]);
    }
  }
  const top = [...byMistake].sort((a, b) => b[1].length - a[1].length).slice(0, TOP_MISTAKES);
  return Promise.all(
    top.map(async ([mistake, examples]) => {
      const example = examples[examples.length - 1];
      if (!example) throw new Error(`Mistake ${mistake} counted without an attempt`);
      return {
        mistake,
        name: MISTAKES[mistake].name,
        fix: MISTAKES[mistake].fix,
        count: examples.length,
        example: await exampleOf(context, example),
      };
    }),
  );
}

async function exampleOf(
  context: ServerContext,
  attempt: AttemptDetail & { learnerId: LearnerId },
) {
  const record = await findLearnerItem(context.db, attempt.itemId, attempt.learnerId);
  if (!record) throw new Error(`Attempt on item ${attempt.itemId} has no item`);
  const submission = JSON.parse(attempt.submission) as Submission;
  return {
    skill: attempt.skill,
    prompt: storedItem(record).prompt,
    kind: submission.kind,
    answer: submissionText(submission),
  };
}
