import { formatNumber, formatVector } from "./format-number";
import type { Linearization } from "./linearization";
import { Readout } from "./readout";

/** The numbers of the Jacobian map: the point, the radius, g(x₀) and the rows of Dg(x₀). */
export function JacobianMapReadouts({
  l,
  radius,
}: {
  readonly l: Linearization;
  readonly radius: number;
}) {
  return (
    <>
      <div className="readouts">
        <Readout name="map-x0" label="x₀" values={l.x0} tone="tone-point" />
        <Readout name="radius" label="radius r" values={[radius]} tone="tone-perturbation" />
        <Readout name="map-u0" label="g(x₀)" values={l.u0} tone="tone-point" />
        {l.dg.map((row, i) => (
          <Readout key={i} name={`dg-row-${i + 1}`} label={`row ${i + 1} of Dg(x₀)`} values={row} />
        ))}
      </div>
      <p className="live-description" role="status">
        {`A circle of radius ${formatNumber(radius)} around x₀ = ${formatVector(l.x0)} is sent by Dg(x₀) to an ellipse around g(x₀) = ${formatVector(l.u0)}; the dashed curve is its true image under g.`}
      </p>
    </>
  );
}
