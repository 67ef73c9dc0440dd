import { describe, expect, it } from "vitest";
import { runSimulate } from "./simulate";

const FIELDS = [
  "policy",
  "variant",
  "items_to_mastery_mean",
  "items_to_mastery_p90",
  "items_ratio_to_oracle",
  "under_practice_rate",
  "under_practice_rate_slowest_quarter",
  "over_practice_per_skill",
  "stuck_flagged_rate",
  "recall_day30",
  "recall_day60",
  "reviews_per_skill",
  "auc",
  "log_loss",
  "gate_items_per_skill",
];

describe("simulate verb", () => {
  const lines: string[] = [];
  runSimulate({ learners: 3, days: 5, seed: 1 }, (line) => lines.push(line));
  const rows = lines.map((line) => JSON.parse(line) as Record<string, unknown>);

  it("prints one line per policy and variant, with the issue's fields and the gate's items per skill", () => {
    expect(rows).toHaveLength(25);
    for (const row of rows) expect(Object.keys(row)).toEqual(FIELDS);
  });

  it("covers the five policies in each of the five variants", () => {
    const pairs = new Set(rows.map((row) => `${String(row.policy)}/${String(row.variant)}`));
    expect(pairs.size).toBe(25);
    expect(new Set(rows.map((row) => row.policy))).toEqual(
      new Set(["oracle", "fixed", "three-in-a-row", "gates", "planner"]),
    );
  });

  it("prints the same lines for the same seed", () => {
    const again: string[] = [];
    runSimulate({ learners: 3, days: 5, seed: 1 }, (line) => again.push(line));
    expect(again).toEqual(lines);
  });
});
