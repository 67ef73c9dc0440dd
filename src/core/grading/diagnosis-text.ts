import { MISTAKES } from "./mistakes";
import type { MistakeId } from "./mistakes";

/**
 * The feedback sentence for a diagnosis: what went wrong and the fix. When several mistakes give
 * this same answer the grader cannot tell which one was made, so it says so and gives each fix.
 * Undefined when no catalogued mistake matches.
 */
export function diagnosisText(ids: readonly MistakeId[]): string | undefined {
  const infos = ids.map((id) => MISTAKES[id]);
  const [first, ...others] = infos;
  if (first === undefined) return undefined;
  if (others.length === 0) return `${first.name} ${first.fix}`;
  const names = infos.map((info) => `“${info.short}”`);
  const last = names.pop() ?? "";
  const which = others.length === 1 ? "both " : "";
  const all = others.length === 1 ? "" : " all";
  const fixes = infos.map((info) => info.fix).join(" ");
  return `This is what ${which}${names.join(", ")} and ${last}${all} give, so check which one you made. ${fixes}`;
}
