import { dueBars, type DueDay } from "./due-bars";
import type { PlotBox } from "./plot-geometry";

const BOX: PlotBox = { width: 320, height: 110, margin: 14 };
// Review days are calendar days in UTC, as the server counts them.
const dayFormat = new Intl.DateTimeFormat(undefined, {
  weekday: "short",
  day: "numeric",
  month: "short",
  timeZone: "UTC",
});
const shortDay = new Intl.DateTimeFormat(undefined, { day: "numeric", timeZone: "UTC" });

const asDate = (day: string): Date => new Date(`${day}T00:00:00Z`);

/** Reviews falling due on each of the next days: a bar chart, and the same counts as a list. */
export function DueChart({ days }: { readonly days: readonly DueDay[] }) {
  const total = days.reduce((sum, d) => sum + d.count, 0);
  if (total === 0) return <p>No reviews are scheduled yet: skills you master will appear here.</p>;
  const bars = dueBars(days, BOX);
  return (
    <>
      <svg className="due-chart" viewBox={`0 0 ${BOX.width} ${BOX.height}`} aria-hidden="true">
        {bars.map((bar) => (
          <g key={bar.day}>
            <rect className="due-bar" x={bar.x} y={bar.y} width={bar.width} height={bar.height} />
            <text className="due-count" x={bar.x + bar.width / 2} y={bar.y - 2}>
              {bar.count > 0 ? bar.count : ""}
            </text>
            <text className="due-day" x={bar.x + bar.width / 2} y={BOX.height - 2}>
              {shortDay.format(asDate(bar.day))}
            </text>
          </g>
        ))}
      </svg>
      <ul className="due-list">
        {days
          .filter((d) => d.count > 0)
          .map((d) => (
            <li key={d.day}>
              <time dateTime={d.day}>{dayFormat.format(asDate(d.day))}</time>: {d.count}{" "}
              {d.count === 1 ? "review" : "reviews"}
            </li>
          ))}
      </ul>
    </>
  );
}
