import { assertNever } from "../../core/shared";

/** The input and the output whose paths are lit. */
export interface PathSelection {
  readonly input: number;
  readonly output: number;
}

/** Picking an end of the paths. */
export type PathAction =
  | { readonly type: "pick-input"; readonly index: number }
  | { readonly type: "pick-output"; readonly index: number };

/** The selection's transitions. */
export function pathReducer(state: PathSelection, action: PathAction): PathSelection {
  switch (action.type) {
    case "pick-input":
      return { ...state, input: action.index };
    case "pick-output":
      return { ...state, output: action.index };
    default:
      return assertNever(action);
  }
}
