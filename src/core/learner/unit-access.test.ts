import { describe, expect, it } from "vitest";
import { createLearnerState } from "./learner-state";
import { GATED_UNITS } from "./skill-graph";
import { blockingUnit, unitAccess } from "./unit-access";

const first = GATED_UNITS[0] ?? 1;
const second = GATED_UNITS[1] ?? 2;

describe("unitAccess", () => {
  it("opens the prerequisites and the first gated unit to a new learner and locks the next", () => {
    const state = createLearnerState();
    expect(unitAccess(state, 0)).toBe("open");
    expect(unitAccess(state, first)).toBe("open");
    expect(unitAccess(state, second)).toBe("locked");
    expect(blockingUnit(state, second)).toBe(first);
  });

  it("opens a unit once every gated unit before it is passed", () => {
    const state = { ...createLearnerState(), passedUnits: [first] };
    expect(unitAccess(state, first)).toBe("passed");
    expect(unitAccess(state, second)).toBe("open");
    expect(blockingUnit(state, second)).toBeUndefined();
  });

  it("keeps a later unit locked while an earlier gate is still unpassed", () => {
    const third = GATED_UNITS[2] ?? 3;
    const state = { ...createLearnerState(), passedUnits: [second] };
    expect(unitAccess(state, third)).toBe("locked");
    expect(blockingUnit(state, third)).toBe(first);
  });
});
