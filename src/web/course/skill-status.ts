import type { SkillStatus, UnitProgress } from "../../api";
import { assertNever } from "../../core/shared";

/** How a status reads on the map: its words (never colour alone) and the CSS class of its colour. */
export interface StatusLook {
  readonly label: string;
  /** A word short enough for a box on the skills graph. */
  readonly short: string;
  readonly tone: string;
}

/** The words and colour of a skill's status on the course map. */
export function skillStatusLook(status: SkillStatus): StatusLook {
  switch (status) {
    case "locked":
      return { label: "Locked", short: "Locked", tone: "status-locked" };
    case "open":
      return { label: "Open", short: "Open", tone: "status-open" };
    case "learning":
      return { label: "Learning", short: "Learning", tone: "status-learning" };
    case "mastered":
      return { label: "Mastered", short: "Mastered", tone: "status-mastered" };
    case "due":
      return { label: "Due for review", short: "Due", tone: "status-due" };
    default:
      return assertNever(status);
  }
}

/** The words and colour of a unit's status, with its gate's state when the unit is open. */
export function unitStatusLook(unit: UnitProgress): StatusLook {
  switch (unit.status) {
    case "locked":
      return { label: "Locked", short: "Locked", tone: "status-locked" };
    case "passed":
      return { label: "Gate passed", short: "Passed", tone: "status-mastered" };
    case "open":
      return unit.gateOpen
        ? { label: "Gate open", short: "Gate open", tone: "status-due" }
        : { label: "Open", short: "Open", tone: "status-open" };
    default:
      return assertNever(unit.status);
  }
}
