import type { ReactNode } from "react";
import { project } from "./projection";
import { TransformContext } from "./transform-context";
import { toScreen, viewTransform, world, type ViewTransform } from "./view-transform";

/** The input box keeps one scale, so a handle stays under the pointer while it is dragged. */
export const INPUT_SPAN = 4;

/** Every box is drawn in a square viewBox of this many units; CSS scales it to the page. */
const BOX_SIZE = 240;
/** The height of a band: the middle strip of a box, enough for a number line and its handle. */
const BAND_HEIGHT = 48;

function Axes({ t, dim }: { readonly t: ViewTransform; readonly dim: number }) {
  const origin = toScreen(t, project([0, 0, 0]));
  const far = t.span * 4;
  const ends = [
    [far, 0, 0],
    [0, far, 0],
    [0, 0, far],
  ].slice(0, dim);
  return (
    <g className="axes">
      {ends.map((end, k) => {
        const a = toScreen(t, project(end.map((v) => -v)));
        const b = toScreen(t, project(end));
        return <line key={k} x1={a[0]} y1={a[1]} x2={b[0]} y2={b[1]} />;
      })}
      {Number.isFinite(origin[0]) && <circle cx={origin[0]} cy={origin[1]} r={1.5} />}
    </g>
  );
}

/**
 * One space of the picture (x, u or y) as a square box: its axes (a number line in 1-D, a cabinet
 * projection in 3-D) and the shapes given as children, drawn in world coordinates around `center`.
 * A `band` shows only the middle strip of the box, for a number line that should take little room.
 */
export function SpaceBox({
  title,
  dim,
  center,
  span,
  active = false,
  band = false,
  children,
}: {
  readonly title: string;
  readonly dim: number;
  readonly center: readonly number[];
  readonly span: number;
  readonly active?: boolean;
  readonly band?: boolean;
  readonly children: ReactNode;
}) {
  const c = project(center.map((v) => (Number.isFinite(v) ? v : 0)));
  const t = viewTransform(world(c[0], dim === 1 ? 0 : c[1]), span, BOX_SIZE);
  const height = band ? BAND_HEIGHT : BOX_SIZE;
  const top = (BOX_SIZE - height) / 2;
  return (
    <figure className={active ? "space-box active" : "space-box"}>
      <svg viewBox={`0 ${top} ${BOX_SIZE} ${height}`} role="group" aria-label={title}>
        <rect
          className="box-frame"
          x={0.5}
          y={top + 0.5}
          width={BOX_SIZE - 1}
          height={height - 1}
        />
        <Axes t={t} dim={dim} />
        <TransformContext.Provider value={t}>{children}</TransformContext.Provider>
      </svg>
      <figcaption>
        {title} <span className="span-note">(box width {span})</span>
      </figcaption>
    </figure>
  );
}
