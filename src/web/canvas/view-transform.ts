import type { Brand } from "../../core/shared";

/** A point in math (world) coordinates, y up. */
export type WorldPoint = Brand<readonly [number, number], "WorldPoint">;
/** A point in SVG viewBox (screen) coordinates, y down. */
export type ScreenPoint = Brand<readonly [number, number], "ScreenPoint">;

/** Brands a pair as a world point. */
export const world = (x: number, y: number): WorldPoint => [x, y] as const as WorldPoint;
/** Brands a pair as a screen point. */
export const screen = (x: number, y: number): ScreenPoint => [x, y] as const as ScreenPoint;

/**
 * A uniform scale and a shift taking world to screen: the world `center` lands in the middle of
 * a `size`×`size` viewBox, and `span` world units fit across it.
 */
export interface ViewTransform {
  readonly center: WorldPoint;
  readonly span: number;
  readonly size: number;
}

/** The transform that shows the square of side `span` around `center` in a viewBox of `size`. */
export function viewTransform(center: WorldPoint, span: number, size: number): ViewTransform {
  if (!(span > 0)) throw new Error(`viewTransform: span must be positive, got ${span}`);
  return { center, span, size };
}

const pixelsPerUnit = (t: ViewTransform): number => t.size / t.span;

/** Where a world point is drawn; y is flipped so that up in the math is up on screen. */
export function toScreen(t: ViewTransform, p: WorldPoint): ScreenPoint {
  const k = pixelsPerUnit(t);
  return screen(t.size / 2 + (p[0] - t.center[0]) * k, t.size / 2 - (p[1] - t.center[1]) * k);
}

/** The world point under a screen point: the inverse of `toScreen`. */
export function toWorld(t: ViewTransform, p: ScreenPoint): WorldPoint {
  const k = pixelsPerUnit(t);
  return world(t.center[0] + (p[0] - t.size / 2) / k, t.center[1] - (p[1] - t.size / 2) / k);
}
