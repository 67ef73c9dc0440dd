import { describe, expect, it } from "vitest";
import { initialSweep, sweepReducer, sweepReveal, SWEEP_MS, type SweepAction } from "./sweep-state";

const run = (actions: readonly SweepAction[]) => actions.reduce(sweepReducer, initialSweep);

describe("sweepReducer", () => {
  it.each<{ name: string; actions: SweepAction[]; phase: string; progress: number }>([
    {
      name: "waits until played",
      actions: [{ type: "tick", ms: 500 }],
      phase: "idle",
      progress: 0,
    },
    {
      name: "starts the forward sweep on play",
      actions: [{ type: "play" }],
      phase: "forward",
      progress: 0,
    },
    {
      name: "advances with the clock",
      actions: [{ type: "play" }, { type: "tick", ms: SWEEP_MS / 4 }],
      phase: "forward",
      progress: 0.25,
    },
    {
      name: "turns to the backward sweep when the forward one ends",
      actions: [{ type: "play" }, { type: "tick", ms: SWEEP_MS }],
      phase: "backward",
      progress: 0,
    },
    {
      name: "finishes after both sweeps",
      actions: [{ type: "play" }, { type: "tick", ms: SWEEP_MS }, { type: "tick", ms: SWEEP_MS }],
      phase: "done",
      progress: 0,
    },
    {
      name: "steps to the first block without a clock",
      actions: [{ type: "step" }],
      phase: "forward",
      progress: 0.5,
    },
    {
      name: "steps through all four blocks to the end",
      actions: [{ type: "step" }, { type: "step" }, { type: "step" }, { type: "step" }],
      phase: "done",
      progress: 0,
    },
    {
      name: "resets to the start",
      actions: [{ type: "play" }, { type: "reset" }],
      phase: "idle",
      progress: 0,
    },
  ])("$name", ({ actions, phase, progress }) => {
    const state = run(actions);
    expect(state.phase).toBe(phase);
    expect(state.progress).toBeCloseTo(progress, 12);
  });
});

describe("sweepReveal", () => {
  it.each([
    { phase: "idle", progress: 0, reveal: { du: 0, dy: 0, gradU: 0, gradX: 0, active: null } },
    {
      phase: "forward",
      progress: 0.25,
      reveal: { du: 0.5, dy: 0, gradU: 0, gradX: 0, active: "Dg" },
    },
    {
      phase: "forward",
      progress: 0.75,
      reveal: { du: 1, dy: 0.5, gradU: 0, gradX: 0, active: "Df" },
    },
    {
      phase: "backward",
      progress: 0.25,
      reveal: { du: 1, dy: 1, gradU: 0.5, gradX: 0, active: "Dfᵀ" },
    },
    {
      phase: "backward",
      progress: 0.75,
      reveal: { du: 1, dy: 1, gradU: 1, gradX: 0.5, active: "Dgᵀ" },
    },
    { phase: "done", progress: 0, reveal: { du: 1, dy: 1, gradU: 1, gradX: 1, active: null } },
  ] as const)("draws $reveal in $phase at $progress", ({ phase, progress, reveal }) => {
    expect(sweepReveal({ phase, progress })).toEqual(reveal);
  });
});
