import type { ProgressReply } from "../../api";
import { gateVerdictText } from "./gate-verdict-text";

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/** Every mastery gate the learner finished, newest first, with its verdict. */
export function GateHistory({ gates }: { readonly gates: ProgressReply["gates"] }) {
  if (gates.length === 0) return <p>No gates taken yet.</p>;
  const newest = [...gates].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <ol className="gate-history">
      {newest.map((gate) => (
        <li key={gate.id} className={gate.result.kind === "passed" ? "ok" : "no"}>
          <span>{gateVerdictText(gate.result)}</span>{" "}
          <time dateTime={gate.at}>{timeFormat.format(new Date(gate.at))}</time>
        </li>
      ))}
    </ol>
  );
}
