import type { SkillProgress } from "../../api";

/** A skill's box on the unit's graph, in SVG units. */
export interface NodeBox {
  readonly skill: SkillProgress;
  readonly x: number;
  readonly y: number;
}

/** A prerequisite edge, from the bottom of the prerequisite's box to the top of the skill's. */
export interface EdgeLine {
  readonly from: string;
  readonly to: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** A unit's skills placed in layers, each below every prerequisite it has inside the unit. */
export interface GraphLayout {
  readonly nodes: readonly NodeBox[];
  readonly edges: readonly EdgeLine[];
  readonly width: number;
  readonly height: number;
}

/** The size of a box and the gaps between boxes; small enough for five boxes a row at 375 px. */
export const NODE = { width: 64, height: 40, gapX: 10, gapY: 28 } as const;

/** The layer of every skill: 0 without prerequisites in the unit, else one below the deepest one. */
function layersOf(skills: readonly SkillProgress[]): Map<string, number> {
  const byId = new Map(skills.map((s) => [s.id, s]));
  const layers = new Map<string, number>();
  const visit = (id: string, path: ReadonlySet<string>): number => {
    const known = layers.get(id);
    if (known !== undefined) return known;
    if (path.has(id)) throw new Error(`prerequisite cycle through skill ${id}`);
    const inside = (byId.get(id)?.prerequisites ?? []).filter((p) => byId.has(p));
    const next = new Set(path).add(id);
    const layer = inside.reduce((deepest, p) => Math.max(deepest, visit(p, next) + 1), 0);
    layers.set(id, layer);
    return layer;
  };
  for (const skill of skills) visit(skill.id, new Set());
  return layers;
}

/** Places a unit's skills (in the given order within each layer) and the edges between them. */
export function layoutSkillGraph(skills: readonly SkillProgress[]): GraphLayout {
  const layers = layersOf(skills);
  const rows: SkillProgress[][] = [];
  for (const skill of skills) {
    const layer = layers.get(skill.id) ?? 0;
    (rows[layer] ??= []).push(skill);
  }
  const widest = Math.max(1, ...rows.map((row) => row.length));
  const width = widest * NODE.width + (widest - 1) * NODE.gapX;
  const nodes = rows.flatMap((row, layer) => {
    const rowWidth = row.length * NODE.width + (row.length - 1) * NODE.gapX;
    const left = (width - rowWidth) / 2;
    return row.map((skill, slot) => ({
      skill,
      x: left + slot * (NODE.width + NODE.gapX),
      y: layer * (NODE.height + NODE.gapY),
    }));
  });
  const at = new Map(nodes.map((n) => [n.skill.id, n]));
  const edges = nodes.flatMap((node) =>
    node.skill.prerequisites.flatMap((p) => {
      const from = at.get(p);
      if (from === undefined) return [];
      return [
        {
          from: p,
          to: node.skill.id,
          x1: from.x + NODE.width / 2,
          y1: from.y + NODE.height,
          x2: node.x + NODE.width / 2,
          y2: node.y,
        },
      ];
    }),
  );
  const height = rows.length * NODE.height + Math.max(0, rows.length - 1) * NODE.gapY;
  return { nodes, edges, width, height };
}
