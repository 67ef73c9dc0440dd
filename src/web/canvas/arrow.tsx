import { project } from "./projection";
import { isFinitePoint, svgPoint, type Tone } from "./tone";
import { useTransform } from "./transform-context";
import { toScreen } from "./view-transform";

/**
 * An arrow from `from` to `from + vector`, in world coordinates of any dimension up to 3, with a
 * label written at its tip when two arrows of one colour family must be told apart.
 */
export function Arrow({
  from,
  vector,
  tone,
  label,
}: {
  readonly from: readonly number[];
  readonly vector: readonly number[];
  readonly tone: Tone;
  readonly label?: string;
}) {
  const t = useTransform();
  if (!isFinitePoint(from) || !isFinitePoint(vector)) return null;
  const a = toScreen(t, project(from));
  const b = toScreen(t, project(from.map((v, j) => v + (vector[j] ?? 0))));
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length = Math.hypot(dx, dy);
  if (length < 0.5) return null;
  // The head is a fixed size on screen, shrunk for arrows shorter than twice its length.
  const head = Math.min(9, length / 2);
  const ux = dx / length;
  const uy = dy / length;
  const base = [b[0] - ux * head, b[1] - uy * head];
  const left = `${(base[0] ?? 0) - uy * head * 0.5},${(base[1] ?? 0) + ux * head * 0.5}`;
  const right = `${(base[0] ?? 0) + uy * head * 0.5},${(base[1] ?? 0) - ux * head * 0.5}`;
  return (
    <g className={`arrow tone-${tone}`}>
      <line x1={a[0]} y1={a[1]} x2={base[0]} y2={base[1]} />
      <polygon points={`${svgPoint(b)} ${left} ${right}`} />
      {label !== undefined && (
        <text x={b[0] + 6} y={b[1] - 6}>
          {label}
        </text>
      )}
    </g>
  );
}
