import { useId, type KeyboardEvent } from "react";
import { Arrow } from "../canvas/arrow";
import type { CanvasAction } from "../canvas/canvas-state";
import { formatVector } from "../canvas/format-number";
import { Handle } from "../canvas/handle";
import { paletteStyle } from "../canvas/palette";
import { SpaceBox } from "../canvas/space-box";
import "../canvas/canvas.css";
import "./arrow-input.css";
import type { AnswerInputProps } from "./answer-input-props";
import { arrowPanels, describeArrow, moveTip } from "./arrow-tip";
import { InputErrors } from "./input-errors";

/**
 * An arrow from the origin whose tip the learner places: dragged with the pointer, or moved with
 * the arrow keys (finer with Shift); a plane for ℝ², a number line per coordinate otherwise. The
 * coordinates are shown as numbers as it moves, and Enter checks the answer as in a text cell.
 */
export function ArrowInput({ spec, draft, reply, readOnly, onChange }: AnswerInputProps<"arrow">) {
  const id = useId();
  const tip = draft.tip;
  const bars = spec.axes.length !== 2;
  const dispatchFor = (coords: readonly number[]) => (action: CanvasAction) => {
    if (!readOnly) onChange({ kind: "arrow", tip: moveTip(tip, action, coords, spec.span) });
  };
  // The handle is not a form field, so Enter would not submit the form by itself.
  const onKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    if (event.key !== "Enter" || !(event.target instanceof SVGElement)) return;
    event.preventDefault();
    event.currentTarget.form?.requestSubmit();
  };
  return (
    <fieldset
      className="arrow-input canvas"
      style={paletteStyle}
      onKeyDown={onKeyDown}
      aria-describedby={reply?.verdict === "invalid" ? `${id}-errors` : undefined}
    >
      <legend>Your answer: place the tip of {spec.name}</legend>
      <div className={bars ? "arrow-panels bars" : "arrow-panels"}>
        {arrowPanels(spec.axes.length).map((coords) => {
          const axes = coords.map((k) => spec.axes[k] ?? "").join(", ");
          const at = coords.map((k) => tip[k] ?? 0);
          return (
            <SpaceBox
              key={axes}
              title={bars ? `${spec.name}: ${axes}` : `${spec.name} in the (${axes}) plane`}
              dim={coords.length}
              center={coords.map(() => 0)}
              span={spec.span}
              band={coords.length === 1}
            >
              <Arrow from={coords.map(() => 0)} vector={at} tone="perturbation" />
              <Handle
                handle="perturbation"
                at={at}
                dim={coords.length}
                label={bars ? `${spec.name}, ${axes}` : `tip of ${spec.name}`}
                dispatch={dispatchFor(coords)}
              />
            </SpaceBox>
          );
        })}
      </div>
      <p className="arrow-readout" data-readout="tip" data-values={JSON.stringify(tip)}>
        {spec.name} = {formatVector(tip)}
      </p>
      <p className="visually-hidden" role="status">
        {describeArrow(spec.name, tip)}
      </p>
      <InputErrors id={`${id}-errors`} reply={reply} />
    </fieldset>
  );
}
