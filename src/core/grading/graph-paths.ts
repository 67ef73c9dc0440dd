import type { GraphPath, PathGraph } from "./answer-kinds";

/**
 * Every path of the graph from `graph.from` to `graph.to`, following the edges, in a fixed order
 * (depth first, edges in the order listed). The graphs of items are small layered DAGs; a node
 * already on the path is not entered again, so a cycle cannot loop.
 */
export function graphPaths(graph: PathGraph): GraphPath[] {
  const paths: GraphPath[] = [];
  const walk = (path: readonly string[]): void => {
    const last = path[path.length - 1];
    if (last === graph.to) {
      paths.push(path);
      return;
    }
    for (const edge of graph.edges) {
      if (edge.from === last && !path.includes(edge.to)) walk([...path, edge.to]);
    }
  };
  walk([graph.from]);
  return paths;
}

/** A path's nodes written with the graph's labels, e.g. "x₂ → u₁ → y". */
export function pathLabel(graph: PathGraph, path: GraphPath): string {
  return path.map((id) => graph.nodes.find((node) => node.id === id)?.label ?? id).join(" → ");
}

/** A key that is equal for equal paths, for sets of paths. */
export const pathKey = (path: GraphPath): string => path.join("\u0000");
