import type { ProgressReply } from "../../api";
import { describeEstimate } from "./describe-estimate";
import { estimatePlot } from "./estimate-plot";
import { formatPercent } from "./format-percent";
import { linePath } from "./line-path";
import type { PlotBox } from "./plot-geometry";

/** One skill's row of the progress reply. */
export type SkillSeries = ProgressReply["skills"][number];

const BOX: PlotBox = { width: 240, height: 80, margin: 8 };
const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/**
 * A skill's mastery estimate over time as a small line plot (a line of text while it has no
 * answers). The SVG is one image with a summary for screen readers; the points themselves are in
 * a visually hidden table beside it.
 */
export function SkillPlot({ series }: { readonly series: SkillSeries }) {
  const last = series.points[series.points.length - 1];
  return (
    <figure className="skill-plot">
      <figcaption>
        <span>{series.title}</span>
        <strong>{last === undefined ? "–" : formatPercent(last.estimate)}</strong>
      </figcaption>
      {series.points.length === 0 ? (
        <p className="plot-empty">No answers yet</p>
      ) : (
        <EstimateFigure series={series} />
      )}
    </figure>
  );
}

/** The plot itself, and the table of its points for screen readers. */
function EstimateFigure({ series }: { readonly series: SkillSeries }) {
  const points = estimatePlot(series.points, BOX);
  return (
    <>
      <svg
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        role="img"
        aria-label={describeEstimate(series.title, series.points)}
      >
        <line
          className="plot-axis"
          x1={BOX.margin}
          x2={BOX.width - BOX.margin}
          y1={BOX.height - BOX.margin}
          y2={BOX.height - BOX.margin}
        />
        <line
          className="plot-grid"
          x1={BOX.margin}
          x2={BOX.width - BOX.margin}
          y1={BOX.height / 2}
          y2={BOX.height / 2}
        />
        <path className="plot-line" d={linePath(points)} />
        {points.map((p, i) => (
          <circle key={i} className="plot-point" cx={p.x} cy={p.y} r={3} />
        ))}
      </svg>
      {/* A table ignores a width smaller than its content, so the hiding is done by a wrapper. */}
      <div className="visually-hidden">
        <table>
          <caption>{series.title}: estimate after each answer</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Estimate</th>
            </tr>
          </thead>
          <tbody>
            {series.points.map((p, i) => (
              <tr key={i}>
                <td>{timeFormat.format(new Date(p.at))}</td>
                <td>{formatPercent(p.estimate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
