import { formatPercent } from "../progress/format-percent";
import { estimateTone } from "./estimate-tone";
import type { LearnerCell } from "./learner-cells";

/** One learner × skill cell: the estimate as text, coloured by tone, with the tone in words. */
export function EstimateCell({ cell }: { readonly cell: LearnerCell }) {
  if (cell === null) return <td className="estimate-cell">–</td>;
  const tone = estimateTone(cell.estimate, cell.mastered);
  return (
    <td className={`estimate-cell tone-${tone}`}>
      {formatPercent(cell.estimate)}
      {tone === "mastered" && <span aria-hidden="true"> ✓</span>}
      <span className="visually-hidden"> {tone}</span>
    </td>
  );
}
