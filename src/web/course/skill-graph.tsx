import type { SkillProgress } from "../../api";
import { layoutSkillGraph, NODE } from "./skill-graph-layout";
import { skillStatusLook } from "./skill-status";

/**
 * A unit's skills as a graph, prerequisites above with edges down to what builds on them, each
 * box coloured by status and saying it in a word. The list beside it carries the same facts for
 * screen readers, so the drawing is hidden from them.
 */
export function SkillGraph({ skills }: { readonly skills: readonly SkillProgress[] }) {
  const layout = layoutSkillGraph(skills);
  const pad = 4;
  return (
    <svg
      className="skill-graph"
      viewBox={`${-pad} ${-pad} ${layout.width + 2 * pad} ${layout.height + 2 * pad}`}
      style={{ maxWidth: `${(layout.width + 2 * pad) * 1.6}px` }}
      aria-hidden="true"
      focusable="false"
    >
      {layout.edges.map((edge) => (
        <line
          key={`${edge.from}-${edge.to}`}
          className="skill-edge"
          x1={edge.x1}
          y1={edge.y1}
          x2={edge.x2}
          y2={edge.y2}
        />
      ))}
      {layout.nodes.map(({ skill, x, y }) => {
        const look = skillStatusLook(skill.status);
        return (
          <g
            key={skill.id}
            className={`skill-node ${look.tone}`}
            transform={`translate(${x} ${y})`}
          >
            <rect width={NODE.width} height={NODE.height} rx={6} />
            <text x={NODE.width / 2} y={16} className="skill-node-id">
              {skill.id}
            </text>
            <text x={NODE.width / 2} y={31} className="skill-node-status">
              {look.short}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
