import type { Matrix } from "../../core/math";
import { formatNumber } from "./format-number";

/** A small matrix as a bracketed grid, with its shape beside it; the full values in `data-values`. */
export function MatrixTable({
  label,
  matrix,
  name,
  active = false,
}: {
  readonly label: string;
  readonly matrix: Matrix;
  readonly name: string;
  readonly active?: boolean;
}) {
  const shape = `${matrix.length}×${matrix[0]?.length ?? 0}`;
  return (
    <figure
      className={active ? "matrix active" : "matrix"}
      data-readout={name}
      data-values={JSON.stringify(matrix)}
    >
      <figcaption>
        {label} <span className="shape">({shape})</span>
      </figcaption>
      <table aria-label={`${label}, ${shape}`}>
        <tbody>
          {matrix.map((row, i) => (
            <tr key={i}>
              {row.map((v, j) => (
                <td key={j}>{formatNumber(v)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
