import { project } from "./projection";
import { isFinitePoint, type Tone } from "./tone";
import { useTransform } from "./transform-context";
import { toScreen } from "./view-transform";

/** A marked point, such as u₀ = g(x₀). */
export function Dot({ at: p, tone }: { readonly at: readonly number[]; readonly tone: Tone }) {
  const t = useTransform();
  if (!isFinitePoint(p)) return null;
  const s = toScreen(t, project(p));
  return <circle className={`dot tone-${tone}`} cx={s[0]} cy={s[1]} r={3.5} />;
}
