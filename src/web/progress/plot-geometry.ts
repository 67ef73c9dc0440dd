/** A point in SVG user units (y grows downward). */
export interface ScreenPoint {
  readonly x: number;
  readonly y: number;
}

/** The drawing area of a small plot: its size and the margin kept clear on every side. */
export interface PlotBox {
  readonly width: number;
  readonly height: number;
  readonly margin: number;
}
