import { useEffect, useId, useRef } from "react";
import { MarkdownView } from "../lesson/markdown-view";
import { moveFactor } from "./answer-draft";
import type { AnswerInputProps } from "./answer-input-props";
import { cellFeedback } from "./cell-feedback";
import { InputErrors } from "./input-errors";
import "./ordering-input.css";
import { useFactorDrag } from "./use-factor-drag";

/**
 * The factors as a list, first factor on top, each with "Move up" and "Move down" buttons (plain
 * buttons, so the keyboard works as it does everywhere); a factor can also be dragged by its row
 * with the pointer. After a button move the focus follows the factor, so pressing the same
 * button again keeps moving it.
 */
export function OrderingInput({
  spec,
  draft,
  reply,
  readOnly,
  onChange,
}: AnswerInputProps<"ordering">) {
  const id = useId();
  const refocus = useRef<readonly string[] | null>(null);
  useEffect(() => {
    const ids = refocus.current;
    refocus.current = null;
    // At the end of the list the pressed button is disabled; its partner takes the focus.
    const target = ids
      ?.map((buttonId) => document.getElementById(buttonId))
      .find((button) => button instanceof HTMLButtonElement && !button.disabled);
    target?.focus();
  });
  const drag = useFactorDrag(
    draft.order,
    (order) => onChange({ kind: "ordering", order }),
    readOnly,
  );
  const label = (factor: string) => spec.factors.find((f) => f.id === factor)?.label ?? factor;
  const move = (index: number, step: -1 | 1, buttonIds: readonly string[]) => {
    refocus.current = buttonIds;
    onChange({ kind: "ordering", order: moveFactor(draft.order, index, step) });
  };
  return (
    <fieldset
      className="ordering-input"
      aria-describedby={reply?.verdict === "invalid" ? `${id}-errors` : undefined}
    >
      <legend>Your answer: the factors from left to right</legend>
      <ol>
        {draft.order.map((factor, index) => {
          const wrong = cellFeedback(reply, { row: index, col: 0 }).wrong;
          const up = `${id}-${factor}-up`;
          const down = `${id}-${factor}-down`;
          return (
            <li
              key={factor}
              className={wrong ? "ordering-factor wrong" : "ordering-factor"}
              onPointerDown={drag.onPointerDown(index)}
              onPointerMove={drag.onPointerMove}
              onPointerUp={drag.onPointerUp}
              onPointerCancel={drag.onPointerCancel}
            >
              <MarkdownView markdown={label(factor)} className="prose option-label" />
              <button
                type="button"
                id={up}
                aria-label={`Move up: factor ${index + 1}`}
                disabled={readOnly || index === 0}
                onClick={() => move(index, -1, [up, down])}
              >
                Move up
              </button>
              <button
                type="button"
                id={down}
                aria-label={`Move down: factor ${index + 1}`}
                disabled={readOnly || index === draft.order.length - 1}
                onClick={() => move(index, 1, [down, up])}
              >
                Move down
              </button>
            </li>
          );
        })}
      </ol>
      <InputErrors id={`${id}-errors`} reply={reply} />
    </fieldset>
  );
}
