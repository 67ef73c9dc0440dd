import type { LearnerStateReply, SkillProgress, UnitProgress } from "../../api";
import { SKILLS, UNITS } from "../../core/course";
import {
  blockingUnit,
  currentUnit,
  isGateOpen,
  masteryEstimate,
  nextStep,
  skillState,
  skillStatus,
  unitAccess,
  type LearnerState,
} from "../../core/learner";

/**
 * The course map: every unit's access and every skill's status and estimate at `now`. An
 * instructor (`seesAll`) finds every unit open: they teach the course rather than take it.
 */
export function courseMap(
  state: LearnerState,
  now: number,
  seesAll = false,
): Pick<LearnerStateReply, "units" | "skills" | "dueReviews" | "next"> {
  const skills = SKILLS.map((skill): SkillProgress => {
    const entry = skillState(state, skill.id);
    const status = skillStatus(state, skill.id, now);
    return {
      id: skill.id,
      title: skill.title,
      unit: skill.unit,
      status: seesAll && status === "locked" ? "open" : status,
      estimate: masteryEstimate(state, skill.id, now),
      opportunities: entry.opportunities,
      prerequisites: skill.prerequisites.map((p) => p.skill),
      due: entry.card ? new Date(entry.card.due).toISOString() : null,
      stuck: state.detour?.from === skill.id,
      refresher: entry.refresher,
    };
  });
  return {
    units: UNITS.map(({ unit, title }) => unitProgress(state, unit, title, now, seesAll)),
    skills,
    dueReviews: skills.filter((skill) => skill.status === "due").length,
    // The plan as a fresh session would start it.
    next: nextStep(state, now, { items: 0, reviews: 0 }, { maxItems: 1 }),
  };
}

function unitProgress(
  state: LearnerState,
  unit: number,
  title: string,
  now: number,
  seesAll: boolean,
): UnitProgress {
  const access = unitAccess(state, unit);
  const status = seesAll && access === "locked" ? "open" : access;
  const gateOpen = status === "open" && isGateOpen(state, unit, now);
  return { unit, title, status, gateOpen, note: unitNote(state, unit, status, gateOpen) };
}

function unitNote(
  state: LearnerState,
  unit: number,
  status: UnitProgress["status"],
  gateOpen: boolean,
): string {
  if (status === "passed") return "";
  if (status === "locked")
    return `Pass the unit ${blockingUnit(state, unit) ?? unit - 1} gate to open this unit.`;
  if (gateOpen) return "The gate is open: every skill is at the mastery bar.";
  if (unit !== currentUnit(state)) return "";
  const owed = state.retake.filter((o) => o.remaining > 0).map((o) => o.skill);
  if (owed.length > 0) return `Practise ${owed.join(", ")} before retaking the gate.`;
  return "The gate opens when every skill of the unit reaches the mastery bar.";
}
