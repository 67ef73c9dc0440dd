import { useId, useMemo } from "react";
import { graphPaths, pathKey, pathLabel } from "../../core/grading";
import "../canvas/canvas.css";
import { LayeredGraph } from "../canvas/layered-graph";
import { paletteStyle } from "../canvas/palette";
import { togglePath, togglePathsAlong, type SpecOfKind } from "./answer-draft";
import type { AnswerInputProps } from "./answer-input-props";
import { InputErrors } from "./input-errors";

type Graph = SpecOfKind<"paths">["graph"];

/**
 * The item's graph drawn in layers, with the chosen paths lit; a click on an edge adds the paths
 * along it, or removes them when they are all chosen (`togglePathsAlong`).
 */
function ClickableGraph({
  graph,
  chosen,
  onToggle,
}: {
  readonly graph: Graph;
  readonly chosen: readonly (readonly string[])[];
  readonly onToggle?: (from: string, to: string) => void;
}) {
  const litEdges = new Set(chosen.flatMap((p) => p.slice(1).map((id, i) => `${p[i]}>${id}`)));
  const litNodes = new Set(chosen.flat());
  const inLayer = (layer: number) => graph.nodes.filter((n) => n.layer === layer);
  const nodes = graph.nodes.map((n) => ({
    key: n.id,
    name: n.label,
    layer: n.layer,
    index: inLayer(n.layer).indexOf(n),
    count: inLayer(n.layer).length,
    lit: litNodes.has(n.id),
  }));
  const edges = graph.edges.map(({ from, to }) => ({
    key: `${from}>${to}`,
    from,
    to,
    lit: litEdges.has(`${from}>${to}`),
    ...(onToggle && { onPick: () => onToggle(from, to) }),
  }));
  return (
    <div className="canvas paths-graph" style={paletteStyle}>
      <LayeredGraph
        nodes={nodes}
        edges={edges}
        label="The graph, with the chosen paths lit; click an edge to choose the paths along it"
      />
    </div>
  );
}

/**
 * Every path of the item's graph from its input to its output, as checkboxes labelled like
 * "x₂ → u₁ → y"; the learner ticks the paths that the sum runs over, or clicks edges on the
 * drawn graph (the checkboxes stay the keyboard and screen-reader way).
 */
export function PathsInput({ spec, draft, reply, readOnly, onChange }: AnswerInputProps<"paths">) {
  const id = useId();
  const all = useMemo(() => graphPaths(spec.graph), [spec.graph]);
  const chosen = new Set(draft.paths.map(pathKey));
  const choose = (paths: string[][]) => onChange({ kind: "paths", paths });
  return (
    <fieldset
      className="paths-input"
      aria-describedby={reply?.verdict === "invalid" ? `${id}-errors` : undefined}
    >
      <legend>Your answer: the paths the sum runs over</legend>
      <ClickableGraph
        graph={spec.graph}
        chosen={draft.paths}
        onToggle={
          readOnly ? undefined : (from, to) => choose(togglePathsAlong(all, draft.paths, from, to))
        }
      />
      {all.map((path, index) => (
        <div key={pathKey(path)} className="path-option">
          <input
            type="checkbox"
            id={`${id}-${index}`}
            checked={chosen.has(pathKey(path))}
            disabled={readOnly}
            onChange={() => choose(togglePath(all, draft.paths, path))}
          />
          <label htmlFor={`${id}-${index}`}>{pathLabel(spec.graph, path)}</label>
        </div>
      ))}
      <InputErrors id={`${id}-errors`} reply={reply} />
    </fieldset>
  );
}
