import { assertNever } from "../../../shared";
import type { SkillId } from "../../../shared";
import { drawGate, gradeGate } from "../../gate";
import { nextStep } from "../../planner";
import type { SessionPlan, Step } from "../../planner";
import { unitSkills } from "../../skill-graph";
import type { Tutor } from "../tutor";
import type { StartPolicy } from "./policy";
import { runPlacement } from "./run-placement";

interface Progress {
  items: number;
  reviews: number;
  lastSkill?: SkillId;
}

/**
 * A policy driven by the learner model's planner: "gates" with spaced review off, "planner"
 * with everything, "planner-without-credit" without implicit credit (the ablation).
 */
export function modelPolicy(switches: Omit<SessionPlan, "maxItems">): StartPolicy {
  return (tutor) => ({
    session(maxItems) {
      const progress: Progress = { items: 0, reviews: 0 };
      for (;;) {
        const step = nextStep(tutor.model, tutor.now, progress, { ...switches, maxItems });
        if (step.kind === "end") return;
        progress.items += take(tutor, step, progress);
      }
    },
  });
}

/** Carries out one step; returns the items it took. */
function take(tutor: Tutor, step: Exclude<Step, { kind: "end" }>, progress: Progress): number {
  switch (step.kind) {
    case "placement":
      return runPlacement(tutor);
    case "review":
      tutor.answer(step.skill, "none", "review");
      progress.reviews += 1;
      progress.lastSkill = step.skill;
      return 1;
    case "practice":
      if (step.scaffold === "worked-example") tutor.study(step.skill);
      else tutor.answer(step.skill, step.scaffold === "faded" ? "hint" : "none", "learn");
      progress.lastSkill = step.skill;
      return 1;
    case "gate":
      return takeGate(tutor, step.unit);
    default:
      return assertNever(step);
  }
}

function takeGate(tutor: Tutor, unit: number): number {
  const quiz = drawGate(tutor.model, unit, tutor.random);
  const right = quiz.items.map((item) => tutor.answer(item.skill, "none", "gate"));
  const graded = gradeGate(tutor.model, quiz, right, tutor.now);
  tutor.model = graded.state;
  if (graded.result.kind === "passed") for (const skill of unitSkills(unit)) tutor.declare(skill);
  return quiz.items.length;
}
