import type { ScreenPoint } from "./view-transform";

/** What a shape stands for; each tone has its own colour and dash, so colour is never the only cue. */
export type Tone = "perturbation" | "linear" | "true" | "gradient" | "point" | "mine";

/** A screen point as SVG writes it in a list of points. */
export const svgPoint = (p: ScreenPoint): string => `${p[0].toFixed(2)},${p[1].toFixed(2)}`;

/** Whether every coordinate is a number: outside a function's domain nothing is drawn. */
export const isFinitePoint = (v: readonly number[]): boolean => v.every(Number.isFinite);
