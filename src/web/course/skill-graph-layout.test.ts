import { describe, expect, it } from "vitest";
import type { SkillProgress } from "../../api";
import { layoutSkillGraph, NODE } from "./skill-graph-layout";

const skill = (id: string, prerequisites: string[] = []): SkillProgress => ({
  id,
  title: `Skill ${id}`,
  unit: 1,
  status: "open",
  estimate: 0.1,
  opportunities: 0,
  prerequisites,
  due: null,
  stuck: false,
  refresher: false,
});

const rowOf = (y: number) => y / (NODE.height + NODE.gapY);

describe("layoutSkillGraph", () => {
  it("puts each skill one layer below its deepest prerequisite in the unit", () => {
    const layout = layoutSkillGraph([
      skill("S3", ["S1", "S2"]),
      skill("S1", ["P4"]),
      skill("S2", ["S1"]),
    ]);
    const rows = Object.fromEntries(layout.nodes.map((n) => [n.skill.id, rowOf(n.y)]));
    expect(rows).toEqual({ S1: 0, S2: 1, S3: 2 });
  });

  it("draws edges only between skills of the unit, from prerequisite down to skill", () => {
    const layout = layoutSkillGraph([skill("S1", ["P4"]), skill("S2", ["S1"])]);
    expect(layout.edges).toHaveLength(1);
    const [edge] = layout.edges;
    expect(edge).toMatchObject({ from: "S1", to: "S2" });
    expect(edge && edge.y2 > edge.y1).toBe(true);
  });

  it("sizes the drawing to the widest layer and centres narrower ones", () => {
    const layout = layoutSkillGraph([skill("A"), skill("B"), skill("C", ["A"])]);
    expect(layout.width).toBe(2 * NODE.width + NODE.gapX);
    expect(layout.height).toBe(2 * NODE.height + NODE.gapY);
    const c = layout.nodes.find((n) => n.skill.id === "C");
    expect(c?.x).toBe((layout.width - NODE.width) / 2);
  });

  it("throws on a prerequisite cycle, which would be a bug in the course", () => {
    expect(() => layoutSkillGraph([skill("A", ["B"]), skill("B", ["A"])])).toThrow(/cycle/);
  });
});
