import { err, ok } from "../shared";
import type { Result } from "../shared";
import { inputError } from "../math";
import type { GraphPath, PathGraph } from "./answer-kinds";
import type { CellInputError } from "./grade-result";
import { pathKey } from "./graph-paths";
import type { KindGrader } from "./kind-grader";

/** More paths than any item's graph has; beyond it a submission is refused unread. */
const MAX_SUBMITTED_PATHS = 64;

/**
 * A set of dependency paths through a graph: right when it is the solution's set, in any order.
 * A wrong set names the paths missing and the paths extra (mistake M4 is one of either).
 */
export const pathsGrader: KindGrader<"paths"> = {
  read: (spec, submission) => readPaths(spec.graph, submission.paths),
  compare(expected, actual) {
    const given = new Set(actual.map(pathKey));
    const wanted = new Set(expected.map(pathKey));
    const missingPaths = expected.filter((path) => !given.has(pathKey(path)));
    const extraPaths = actual.filter((path) => !wanted.has(pathKey(path)));
    return missingPaths.length === 0 && extraPaths.length === 0
      ? { kind: "same" }
      : { kind: "different", missingPaths, extraPaths };
  },
  submit: (answer) => ({ paths: answer }),
};

function readPaths(
  graph: PathGraph,
  paths: readonly GraphPath[],
): Result<readonly GraphPath[], CellInputError[]> {
  if (paths.length > MAX_SUBMITTED_PATHS) {
    const message = `too many paths: this graph has far fewer than ${paths.length}`;
    return err([{ error: inputError("too-large", 0, message) }]);
  }
  const seen = new Set<string>();
  const errors: CellInputError[] = [];
  paths.forEach((path, i) => {
    const problem =
      pathProblem(graph, path) ?? (seen.has(pathKey(path)) ? "is listed twice" : undefined);
    if (problem !== undefined) {
      errors.push({
        cell: [i, 0],
        error: inputError("not-allowed", 0, `path ${i + 1} ${problem}`),
      });
    }
    seen.add(pathKey(path));
  });
  return errors.length === 0 ? ok(paths) : err(errors);
}

/** What is wrong with one path, as the end of a sentence "path 2 …", or undefined when nothing is. */
function pathProblem(graph: PathGraph, path: GraphPath): string | undefined {
  const label = (id: string) => graph.nodes.find((node) => node.id === id)?.label ?? "?";
  if (path.length > graph.nodes.length) return "is longer than any path of the graph";
  if (path[0] !== graph.from) return `does not start at ${label(graph.from)}`;
  if (path[path.length - 1] !== graph.to) return `does not end at ${label(graph.to)}`;
  for (let i = 1; i < path.length; i++) {
    const from = path[i - 1];
    const to = path[i];
    if (!graph.edges.some((edge) => edge.from === from && edge.to === to)) {
      return `goes from ${label(from ?? "")} to ${label(to ?? "")}, which are not joined by an edge`;
    }
  }
  return undefined;
}
