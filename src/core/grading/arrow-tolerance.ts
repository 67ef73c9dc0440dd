/**
 * How close a dragged arrow must land. A drag cannot hit a number exactly, so an arrow answer is
 * right when its tip is within 5% of the truth's length of the truth. A short truth would make
 * that a target smaller than the input can be moved by, so the tolerance never drops below one
 * fine keyboard step (Shift+arrow key), 1/200 of the box: about a pixel and a half on screen.
 */
const ARROW_RELATIVE_TOLERANCE = 0.05;

/** Keyboard steps per box width: coarse with an arrow key, fine with Shift held. */
const STEPS_PER_SPAN = { coarse: 20, fine: 200 } as const;

/** How far one key press moves an arrow's tip in a box of width `span`. */
export const arrowStep = (span: number, fine: boolean): number =>
  span / (fine ? STEPS_PER_SPAN.fine : STEPS_PER_SPAN.coarse);

/** An arrow longer than this many box widths is not a placement but a broken client. */
const REACH_PER_SPAN = 10;

/** The longest arrow a learner may send in a box of width `span`. */
export const arrowReach = (span: number): number => span * REACH_PER_SPAN;

/** The Euclidean length of a vector. */
export const arrowLength = (v: readonly number[]): number => Math.hypot(...v);

/** The distance between two tips of the same dimension. */
export const arrowDistance = (a: readonly number[], b: readonly number[]): number =>
  Math.hypot(...a.map((v, i) => v - (b[i] ?? NaN)));

/** How far from `expected` a tip may land and still be `expected`. */
export const arrowTolerance = (expected: readonly number[], span: number): number =>
  Math.max(ARROW_RELATIVE_TOLERANCE * arrowLength(expected), arrowStep(span, true));

/**
 * Whether no tip can be within tolerance of both arrows, so an answer near one is never taken for
 * the other (a generator's check on its solution and its mistakes' answers).
 */
export const arrowsApart = (a: readonly number[], b: readonly number[], span: number): boolean =>
  arrowDistance(a, b) > arrowTolerance(a, span) + arrowTolerance(b, span);
