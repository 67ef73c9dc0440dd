import type { ItemPurpose } from "../db/database";

/**
 * Whether an item issued for this purpose offers hints. A check (the placement check, a unit's
 * gate) measures what the learner knows without help: a hint there would hand over the answer it
 * asks for, and placement reads every answer as unaided evidence, so a helped right answer could
 * place a learner out of a prerequisite they lack.
 */
export const offersHints = (purpose: ItemPurpose): boolean =>
  purpose !== "placement" && purpose !== "gate";
