const WIDTH = 420;
const HEIGHT = 220;
/** The margin left and right of the first and last layer, room for a node's circle. */
const MARGIN = 50;

/** A node of a layered graph: drawn in column `layer`, at place `index` of `count` there. */
export interface LayeredNode {
  readonly key: string;
  readonly name: string;
  readonly layer: number;
  readonly index: number;
  readonly count: number;
  readonly lit: boolean;
  readonly onPick?: () => void;
}

/** An edge between two nodes (by key), with an optional label at its middle. */
export interface LayeredEdge {
  readonly key: string;
  readonly from: string;
  readonly to: string;
  readonly label?: string;
  readonly lit: boolean;
  readonly onPick?: () => void;
}

/** Where a node sits: layers spread evenly across, the nodes of a layer evenly down. */
function place(node: LayeredNode, layers: number): readonly [number, number] {
  const across = layers > 1 ? (node.layer * (WIDTH - 2 * MARGIN)) / (layers - 1) : 0;
  return [MARGIN + across, ((node.index + 1) * HEIGHT) / (node.count + 1)];
}

/**
 * A graph drawn in layers, inputs on the left: lit nodes and edges stand out, and a node or edge
 * with `onPick` is picked by a click (a pointer shortcut; each view offers a keyboard way too).
 */
export function LayeredGraph({
  nodes,
  edges,
  label,
}: {
  readonly nodes: readonly LayeredNode[];
  readonly edges: readonly LayeredEdge[];
  readonly label: string;
}) {
  const layers = Math.max(0, ...nodes.map((n) => n.layer)) + 1;
  const at = new Map(nodes.map((n) => [n.key, place(n, layers)]));
  return (
    <svg className="path-graph" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      {edges.map((e) => {
        const [a, b] = [at.get(e.from), at.get(e.to)];
        if (a === undefined || b === undefined) return null;
        return (
          <g
            key={e.key}
            className={e.lit ? "graph-edge lit" : "graph-edge"}
            data-edge={e.key}
            onClick={e.onPick}
          >
            {e.onPick && <line className="edge-hit" x1={a[0]} y1={a[1]} x2={b[0]} y2={b[1]} />}
            <line x1={a[0]} y1={a[1]} x2={b[0]} y2={b[1]} />
            {e.label !== undefined && (
              <text x={(a[0] + b[0]) / 2} y={(a[1] + b[1]) / 2 - 4} textAnchor="middle">
                {e.label}
              </text>
            )}
          </g>
        );
      })}
      {nodes.map((n) => {
        const [x, y] = place(n, layers);
        return (
          <g
            key={n.key}
            className={n.lit ? "graph-node lit" : "graph-node"}
            data-node={n.key}
            onClick={n.onPick}
          >
            <circle cx={x} cy={y} r={17} />
            <text x={x} y={y + 5} textAnchor="middle">
              {n.name}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
