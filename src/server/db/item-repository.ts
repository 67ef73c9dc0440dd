import type { Kysely } from "kysely";
import { asSeed, asSkillId, type LearnerId, type Seed, type SkillId } from "../../core/shared";
import type { Database } from "./database";

/** What the server keeps of an issued item: enough to regenerate it from its seed. */
export interface ItemRecord {
  readonly id: string;
  readonly learnerId: LearnerId;
  readonly skill: SkillId;
  readonly seed: Seed;
}

/** A new item to store, with its solution kept for auditing. */
export interface NewItem extends ItemRecord {
  readonly solutionText: string;
  readonly createdAt: Date;
}

/** Stores an issued item. */
export async function insertItem(db: Kysely<Database>, item: NewItem): Promise<void> {
  await db
    .insertInto("items")
    .values({
      id: item.id,
      learner_id: item.learnerId,
      skill: item.skill,
      // `| 0` maps the unsigned 32-bit seed into PostgreSQL's signed `integer`; asSeed undoes it.
      seed: item.seed | 0,
      solution_text: item.solutionText,
      created_at: item.createdAt.toISOString(),
      answered_at: null,
    })
    .execute();
}

/** The item with this id if it belongs to this learner; another learner's item is not found. */
export async function findLearnerItem(
  db: Kysely<Database>,
  itemId: string,
  learnerId: LearnerId,
): Promise<ItemRecord | undefined> {
  const row = await db
    .selectFrom("items")
    .select(["id", "learner_id", "skill", "seed"])
    .where("id", "=", itemId)
    .where("learner_id", "=", learnerId)
    .executeTakeFirst();
  return row === undefined
    ? undefined
    : { id: row.id, learnerId, skill: asSkillId(row.skill), seed: asSeed(row.seed) };
}

/** Records when an item was first answered; later answers leave the time alone. */
export async function markItemAnswered(
  db: Kysely<Database>,
  itemId: string,
  at: Date,
): Promise<void> {
  await db
    .updateTable("items")
    .set({ answered_at: at.toISOString() })
    .where("id", "=", itemId)
    .where("answered_at", "is", null)
    .execute();
}
