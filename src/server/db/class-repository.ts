import type { Kysely } from "kysely";
import { asLearnerId, type LearnerId } from "../../core/shared";
import type { Database } from "./database";
import { isUniqueViolation } from "./unique-violation";

/** A class as stored, with how many learners have joined. */
export interface ClassRecord {
  readonly id: string;
  readonly instructorId: LearnerId;
  readonly name: string;
  readonly joinCode: string;
  readonly createdAt: string;
  readonly learners: number;
}

/** Stores a class, or reports that its join code is taken (the caller draws another). */
export async function insertClass(
  db: Kysely<Database>,
  row: { id: string; instructorId: LearnerId; name: string; joinCode: string; createdAt: Date },
): Promise<boolean> {
  try {
    await db
      .insertInto("classes")
      .values({
        id: row.id,
        instructor_id: row.instructorId,
        name: row.name,
        join_code: row.joinCode,
        created_at: row.createdAt.toISOString(),
      })
      .execute();
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

function classes(db: Kysely<Database>) {
  return db
    .selectFrom("classes")
    .leftJoin("class_members", "class_members.class_id", "classes.id")
    .select((eb) => [
      "classes.id",
      "classes.instructor_id",
      "classes.name",
      "classes.join_code",
      "classes.created_at",
      eb.fn.count<number>("class_members.learner_id").as("learners"),
    ])
    .groupBy([
      "classes.id",
      "classes.instructor_id",
      "classes.name",
      "classes.join_code",
      "classes.created_at",
    ]);
}

type ClassRow = Awaited<ReturnType<ReturnType<typeof classes>["executeTakeFirstOrThrow"]>>;

const toRecord = (row: ClassRow): ClassRecord => ({
  id: row.id,
  instructorId: asLearnerId(row.instructor_id),
  name: row.name,
  joinCode: row.join_code,
  createdAt: row.created_at,
  learners: Number(row.learners),
});

/** The instructor's classes, oldest first. */
export async function listInstructorClasses(
  db: Kysely<Database>,
  instructorId: LearnerId,
): Promise<ClassRecord[]> {
  const rows = await classes(db)
    .where("classes.instructor_id", "=", instructorId)
    .orderBy("classes.created_at")
    .orderBy("classes.id")
    .execute();
  return rows.map(toRecord);
}

/** The class with this id if this instructor runs it; anyone else's is not found. */
export async function findInstructorClass(
  db: Kysely<Database>,
  instructorId: LearnerId,
  classId: string,
): Promise<ClassRecord | undefined> {
  const row = await classes(db)
    .where("classes.id", "=", classId)
    .where("classes.instructor_id", "=", instructorId)
    .executeTakeFirst();
  return row && toRecord(row);
}

/** The class a join code opens, if any. */
export async function findClassByCode(
  db: Kysely<Database>,
  joinCode: string,
): Promise<{ id: string; name: string } | undefined> {
  return db
    .selectFrom("classes")
    .select(["id", "name"])
    .where("join_code", "=", joinCode)
    .executeTakeFirst();
}

/** Adds a learner to a class; joining twice changes nothing. */
export async function addClassMember(
  db: Kysely<Database>,
  classId: string,
  learnerId: LearnerId,
  now: Date,
): Promise<void> {
  await db
    .insertInto("class_members")
    .values({ class_id: classId, learner_id: learnerId, joined_at: now.toISOString() })
    .onConflict((conflict) => conflict.columns(["class_id", "learner_id"]).doNothing())
    .execute();
}

/** The learners of a class, by name. */
export async function listClassMembers(
  db: Kysely<Database>,
  classId: string,
): Promise<{ id: LearnerId; name: string }[]> {
  const rows = await db
    .selectFrom("class_members")
    .innerJoin("learners", "learners.id", "class_members.learner_id")
    .select(["learners.id", "learners.name"])
    .where("class_members.class_id", "=", classId)
    .orderBy("learners.name_key")
    .execute();
  return rows.map((row) => ({ id: asLearnerId(row.id), name: row.name }));
}
