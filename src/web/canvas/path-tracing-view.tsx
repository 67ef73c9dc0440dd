import { memo, useMemo, useReducer } from "react";
import type { CompiledComposition } from "./compiled-composition";
import { linearizeAt } from "./linearization";
import { PathGraph } from "./path-graph";
import { PathPicker } from "./path-picker";
import { pathReducer } from "./path-selection";
import { tracePaths } from "./path-sum";
import { PathTerms } from "./path-terms";

/**
 * Path tracing: pick an input xⱼ and an output yₖ; the paths between them light up with the
 * product of their partials, and the sum of the products equals the Jacobian entry [D(f∘g)]ₖⱼ.
 */
export const PathTracingView = memo(function PathTracingView({
  compiled,
  point,
}: {
  readonly compiled: CompiledComposition;
  readonly point: readonly number[];
}) {
  const l = useMemo(() => linearizeAt(compiled, point), [compiled, point]);
  const [picked, dispatch] = useReducer(pathReducer, { input: 0, output: 0 });
  const input = Math.min(picked.input, l.x0.length - 1);
  const output = Math.min(picked.output, l.y0.length - 1);
  const paths = tracePaths(compiled, l, input, output);
  const onPickInput = (index: number) => dispatch({ type: "pick-input", index });
  const onPickOutput = (index: number) => dispatch({ type: "pick-output", index });
  return (
    <div className="canvas-view path-tracing">
      <div className="pickers">
        <PathPicker
          legend="Input"
          letter="x"
          count={l.x0.length}
          value={input}
          onPick={onPickInput}
        />
        <PathPicker
          legend="Output"
          letter="y"
          count={l.y0.length}
          value={output}
          onPick={onPickOutput}
        />
      </div>
      <PathGraph
        compiled={compiled}
        l={l}
        paths={paths}
        onPickInput={onPickInput}
        onPickOutput={onPickOutput}
      />
      <PathTerms paths={paths} />
    </div>
  );
});
