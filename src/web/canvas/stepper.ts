import { assertNever } from "../../core/shared";

/** Moving through a fixed sequence of steps, such as the passes of the tiny network. */
export type StepAction =
  { readonly type: "next" } | { readonly type: "previous" } | { readonly type: "first" };

/** The step after `action`, kept within 0…last. */
export function stepReducer(step: number, action: StepAction, last: number): number {
  switch (action.type) {
    case "next":
      return Math.min(last, step + 1);
    case "previous":
      return Math.max(0, step - 1);
    case "first":
      return 0;
    default:
      return assertNever(action);
  }
}
