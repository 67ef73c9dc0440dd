import { formatVector } from "./format-number";

/**
 * A labelled vector as printed on the canvas. The full-precision numbers ride along in
 * `data-values`, so tests can check what is shown against core without rounding.
 */
export function Readout({
  label,
  values,
  name,
  tone,
}: {
  readonly label: string;
  readonly values: readonly number[];
  readonly name: string;
  readonly tone?: string;
}) {
  return (
    <div
      className={`readout ${tone ?? ""}`}
      data-readout={name}
      data-values={JSON.stringify(values)}
    >
      <span className="readout-label">{label}</span> ={" "}
      <span className="value">{formatVector(values)}</span>
    </div>
  );
}
