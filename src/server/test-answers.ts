import type { Kysely } from "kysely";
import { toSubmission, type AnswerKey, type Submission } from "../core/grading";
import { asLearnerId, assertNever } from "../core/shared";
import type { Database } from "./db/database";
import { findLearnerItem } from "./db/item-repository";
import { storedItem } from "./practice/cached-item";

/**
 * An answer to a stored item, right or wrong, as a learner who knows (or does not) would send
 * it: tests read the seed the browser never sees and regenerate the item.
 */
export async function answerFor(
  db: Kysely<Database>,
  itemId: string,
  right: boolean,
): Promise<Submission> {
  const row = await db
    .selectFrom("items")
    .select("learner_id")
    .where("id", "=", itemId)
    .executeTakeFirstOrThrow();
  const record = await findLearnerItem(db, itemId, asLearnerId(row.learner_id));
  if (!record) throw new Error(`No item ${itemId}`);
  const { key } = storedItem(record);
  return right ? toSubmission(key.kind, key.solution) : wrongAnswer(key);
}

/** A wrong answer: a catalogued mistake's when the item has one, else one of the right kind. */
function wrongAnswer(key: AnswerKey): Submission {
  const mistake = key.mistakes[0];
  if (mistake) return toSubmission(key.kind, mistake.answer);
  switch (key.kind) {
    case "expression":
      return { kind: "expression", text: "12345" };
    case "vector":
      return { kind: "vector", cells: key.solution.map(() => "12345") };
    case "matrix":
      return { kind: "matrix", cells: key.solution.map((row) => row.map(() => "12345")) };
    case "shape":
      return { kind: "shape", text: "17x19" };
    case "choice":
      return {
        kind: "choice",
        choice: key.spec.options.find((o) => o.id !== key.solution)?.id ?? "",
      };
    case "ordering":
      return { kind: "ordering", order: [...key.solution].reverse() };
    case "paths":
      return { kind: "paths", paths: [] };
    case "arrow":
      // A whole box width off in every coordinate: well outside the grading tolerance.
      return { kind: "arrow", tip: key.solution.map((x) => x + key.spec.span) };
    default:
      return assertNever(key);
  }
}
