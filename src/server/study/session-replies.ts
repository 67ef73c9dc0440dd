import type { NextStepReply, SessionSummaryReply, StudySession } from "../../api";
import { fadedSteps, skillTitle, type Item } from "../../core/course";
import { answerLatex } from "../../core/grading";
import type { SessionSummary } from "../../core/learner";
import type { ItemRecord } from "../db/item-repository";
import type { StudySessionRecord } from "../db/study-session-repository";
import { toPublicItemReply } from "../practice/api-mappers";

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const copySteps = (steps: Item["steps"]) => steps.map((step) => ({ ...step }));

/** A session's progress for the browser. */
export function toStudySessionReply(
  session: StudySessionRecord,
  progress: { items: number; reviews: number },
): StudySession {
  return {
    id: session.id,
    startedAt: session.startedAt,
    endedAt: session.endedAt,
    maxItems: session.maxItems,
    items: progress.items,
    reviews: progress.reviews,
  };
}

/**
 * An issued session item as the browser sees it: a worked example in full (studying it is the
 * point, and it is never answered for credit), any other item public, with faded steps shown.
 */
export function toSessionItemReply(
  record: Pick<ItemRecord, "id" | "skill" | "purpose" | "scaffold">,
  item: Item,
): NextStepReply {
  if (record.scaffold === "worked-example") {
    const example = {
      id: record.id,
      skill: record.skill,
      skillTitle: skillTitle(record.skill),
      prompt: item.prompt,
      answer: answerLatex(item.key.spec, item.key.solution),
      steps: copySteps(item.steps),
    };
    return { kind: "worked-example", example };
  }
  if (
    record.purpose !== "practice" &&
    record.purpose !== "review" &&
    record.purpose !== "placement"
  ) {
    throw new Error(`Item ${record.id} (${record.purpose}) is not a session item`);
  }
  return {
    kind: "item",
    purpose: record.purpose,
    item: toPublicItemReply(record.id, item, record.purpose),
    shownSteps: record.scaffold === "faded" ? copySteps(fadedSteps(item)) : [],
  };
}

/** A session's summary for the browser, with skill titles and ISO times. */
export function toSummaryReply(summary: SessionSummary): SessionSummaryReply {
  return {
    ...summary,
    practised: summary.practised.map((change) => ({
      ...change,
      title: skillTitle(change.skill),
    })),
    newlyMastered: [...summary.newlyMastered],
    unitsPassed: [...summary.unitsPassed],
    stuck: [...summary.stuck],
    nextReviewDue: iso(summary.nextReviewDue),
  };
}
