import {
  answerPlacement,
  finishPlacement,
  nextPlacementSkill,
  startPlacement,
} from "../../placement";
import type { Tutor } from "../tutor";

/** Runs the model's placement check on the simulated learner; returns the items it took. */
export function runPlacement(tutor: Tutor): number {
  let placement = startPlacement();
  for (let skill = nextPlacementSkill(placement); skill; skill = nextPlacementSkill(placement)) {
    placement = answerPlacement(placement, skill, tutor.answer(skill, "none", "placement"));
  }
  tutor.model = finishPlacement(tutor.model, placement, tutor.now);
  return placement.asked.length;
}
