import { project } from "./projection";
import { isFinitePoint, svgPoint, type Tone } from "./tone";
import { useTransform } from "./transform-context";
import { toScreen } from "./view-transform";

/** A polyline through world points, such as a true image curve or an ellipse. */
export function Curve({
  points,
  tone,
  closed = false,
}: {
  readonly points: readonly (readonly number[])[];
  readonly tone: Tone;
  readonly closed?: boolean;
}) {
  const t = useTransform();
  const drawn = points.filter(isFinitePoint).map((p) => svgPoint(toScreen(t, project(p))));
  if (drawn.length < 2) return null;
  const Tag = closed ? "polygon" : "polyline";
  return <Tag className={`curve tone-${tone}`} points={drawn.join(" ")} />;
}
