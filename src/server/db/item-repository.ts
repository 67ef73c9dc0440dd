import type { Kysely, Selectable } from "kysely";
import {
  asLearnerId,
  asSeed,
  asSkillId,
  type LearnerId,
  type Seed,
  type SkillId,
} from "../../core/shared";
import { asDifficulty, type Difficulty, type ItemChoice } from "../../core/course";
import { prepareQuery } from "./prepared-query";
import type { Database, ItemPurpose } from "./database";

/** How an item is scaffolded: studied as a worked example, with faded steps, or bare. */
export type Scaffold = "worked-example" | "faded" | "bare";

/** Why an item was issued and where it belongs: a session, or a gate attempt at a position. */
export interface ItemPlacement {
  readonly purpose: ItemPurpose;
  readonly scaffold: Scaffold;
  readonly sessionId: string | null;
  readonly gateAttemptId: string | null;
  readonly position: number | null;
}

/** What the server keeps of an issued item: enough to regenerate it from its seed. */
export interface ItemRecord extends ItemPlacement {
  readonly id: string;
  readonly learnerId: LearnerId;
  readonly skill: SkillId;
  readonly seed: Seed;
  /** The generator and difficulty it was drawn with (empty for items stored before they were). */
  readonly choice: ItemChoice;
  readonly hintsShown: number;
  readonly answered: boolean;
}

/** A free-practice item: no session, no gate, no scaffold. */
export const FREE_PRACTICE: ItemPlacement = {
  purpose: "free",
  scaffold: "bare",
  sessionId: null,
  gateAttemptId: null,
  position: null,
};

/** A new item to store, with its solution kept for auditing. */
export interface NewItem extends ItemPlacement {
  readonly id: string;
  readonly learnerId: LearnerId;
  readonly skill: SkillId;
  readonly seed: Seed;
  readonly generator: string;
  readonly difficulty: Difficulty;
  readonly solutionText: string;
  readonly createdAt: Date;
}

// The queries of every step and answer are compiled once (see prepared-query.ts).
const insertItemRow = prepareQuery(
  (db, item: Omit<NewItem, "createdAt" | "seed"> & { createdAt: string; seed: number }) =>
    db.insertInto("items").values({
      id: item.id,
      learner_id: item.learnerId,
      skill: item.skill,
      seed: item.seed,
      solution_text: item.solutionText,
      created_at: item.createdAt,
      answered_at: null,
      purpose: item.purpose,
      scaffold: item.scaffold,
      study_session_id: item.sessionId,
      gate_attempt_id: item.gateAttemptId,
      position: item.position,
      generator: item.generator,
      difficulty: item.difficulty,
    }),
);

/** Stores an issued item. */
export async function insertItem(db: Kysely<Database>, item: NewItem): Promise<void> {
  await insertItemRow(db, {
    ...item,
    // `| 0` maps the unsigned 32-bit seed into PostgreSQL's signed `integer`; asSeed undoes it.
    seed: item.seed | 0,
    createdAt: item.createdAt.toISOString(),
  });
}

const ITEM_COLUMNS = [
  "id",
  "learner_id",
  "skill",
  "seed",
  "purpose",
  "scaffold",
  "study_session_id",
  "gate_attempt_id",
  "position",
  "generator",
  "difficulty",
  "hints_shown",
  "answered_at",
] as const;

type ItemRow = Pick<Selectable<Database["items"]>, (typeof ITEM_COLUMNS)[number]>;

function toItemRecord(row: ItemRow): ItemRecord {
  return {
    id: row.id,
    learnerId: asLearnerId(row.learner_id),
    skill: asSkillId(row.skill),
    seed: asSeed(row.seed),
    choice: choiceOf(row),
    purpose: row.purpose,
    scaffold: row.scaffold,
    sessionId: row.study_session_id,
    gateAttemptId: row.gate_attempt_id,
    position: row.position,
    hintsShown: row.hints_shown,
    answered: row.answered_at !== null,
  };
}

function choiceOf(row: Pick<ItemRow, "generator" | "difficulty">): ItemChoice {
  if (row.generator === null || row.difficulty === null) return {};
  return { generator: row.generator, difficulty: asDifficulty(row.difficulty) };
}

/** The item with this id if it belongs to this learner; another learner's item is not found. */
export async function findLearnerItem(
  db: Kysely<Database>,
  itemId: string,
  learnerId: LearnerId,
): Promise<ItemRecord | undefined> {
  const [row] = (await learnerItem(db, { itemId, learnerId })).rows;
  return row === undefined ? undefined : toItemRecord(row);
}

const learnerItem = prepareQuery((db, values: { itemId: string; learnerId: string }) =>
  db
    .selectFrom("items")
    .select(ITEM_COLUMNS)
    .where("id", "=", values.itemId)
    .where("learner_id", "=", values.learnerId),
);

/** The unanswered item of a session or a gate attempt, if one is waiting (resume). */
export async function findPendingItem(
  db: Kysely<Database>,
  learnerId: LearnerId,
  where: { readonly sessionId: string } | { readonly gateAttemptId: string },
): Promise<ItemRecord | undefined> {
  const { rows } =
    "sessionId" in where
      ? await pendingSessionItem(db, { learnerId, id: where.sessionId })
      : await pendingGateItem(db, { learnerId, id: where.gateAttemptId });
  return rows[0] === undefined ? undefined : toItemRecord(rows[0]);
}

/** The unanswered item of the learner's session or gate attempt `id`, by its column. */
function pendingItemOf(column: "study_session_id" | "gate_attempt_id") {
  return prepareQuery((db, values: { learnerId: string; id: string }) =>
    db
      .selectFrom("items")
      .select(ITEM_COLUMNS)
      .where("learner_id", "=", values.learnerId)
      .where(column, "=", values.id)
      .where("answered_at", "is", null),
  );
}

const pendingSessionItem = pendingItemOf("study_session_id");
const pendingGateItem = pendingItemOf("gate_attempt_id");

/**
 * Marks an item answered, once: true for the request that did it, false when it already was
 * (a replayed or concurrent answer), so the caller can refuse to count it twice.
 */
export async function markItemAnswered(
  db: Kysely<Database>,
  itemId: string,
  at: Date,
): Promise<boolean> {
  const result = await markAnswered(db, { itemId, at: at.toISOString() });
  return result.numAffectedRows === 1n;
}

const markAnswered = prepareQuery((db, values: { itemId: string; at: string }) =>
  db
    .updateTable("items")
    .set({ answered_at: values.at })
    .where("id", "=", values.itemId)
    .where("answered_at", "is", null),
);

/** Reveals one more hint of an unanswered item, up to `available`; returns how many are shown. */
export async function revealHint(
  db: Kysely<Database>,
  item: ItemRecord,
  available: number,
): Promise<number> {
  if (item.hintsShown >= available) return item.hintsShown;
  await db
    .updateTable("items")
    .set((eb) => ({ hints_shown: eb("hints_shown", "+", 1) }))
    .where("id", "=", item.id)
    .where("answered_at", "is", null)
    .where("hints_shown", "<", available)
    .execute();
  const row = await db
    .selectFrom("items")
    .select("hints_shown")
    .where("id", "=", item.id)
    .executeTakeFirstOrThrow();
  return row.hints_shown;
}
