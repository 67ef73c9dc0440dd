import { useId, useMemo } from "react";
import { graphPaths, pathKey, pathLabel } from "../../core/grading";
import { togglePath } from "./answer-draft";
import type { AnswerInputProps } from "./answer-input-props";
import { InputErrors } from "./input-errors";

/**
 * Every path of the item's graph from its input to its output, as checkboxes labelled like
 * "x₂ → u₁ → y"; the learner ticks the paths that the sum runs over.
 */
export function PathsInput({ spec, draft, reply, readOnly, onChange }: AnswerInputProps<"paths">) {
  const id = useId();
  const all = useMemo(() => graphPaths(spec.graph), [spec.graph]);
  const chosen = new Set(draft.paths.map(pathKey));
  return (
    <fieldset
      className="paths-input"
      aria-describedby={reply?.verdict === "invalid" ? `${id}-errors` : undefined}
    >
      <legend>Your answer: the paths the sum runs over</legend>
      {all.map((path, index) => (
        <div key={pathKey(path)} className="path-option">
          <input
            type="checkbox"
            id={`${id}-${index}`}
            checked={chosen.has(pathKey(path))}
            disabled={readOnly}
            onChange={() => onChange({ kind: "paths", paths: togglePath(all, draft.paths, path) })}
          />
          <label htmlFor={`${id}-${index}`}>{pathLabel(spec.graph, path)}</label>
        </div>
      ))}
      <InputErrors id={`${id}-errors`} reply={reply} />
    </fieldset>
  );
}
