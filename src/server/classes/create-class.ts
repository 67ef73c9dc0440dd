import { randomInt, randomUUID } from "node:crypto";
import type { ClassSummary } from "../../api";
import type { LearnerId } from "../../core/shared";
import type { ServerContext } from "../context";
import { findInstructorClass, insertClass } from "../db/class-repository";
import { toClassSummary } from "./class-view";

// No 0/O, 1/I/L: a code read aloud or copied from a projector should survive.
const CODE_LETTERS = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const CODE_LENGTH = 8;

/** A random join code: 8 characters of 31, about 2^40, too many to guess at the rate limits. */
export function drawJoinCode(): string {
  return Array.from(
    { length: CODE_LENGTH },
    () => CODE_LETTERS[randomInt(CODE_LETTERS.length)],
  ).join("");
}

/** Creates a class with a fresh join code (drawing again in the unlikely case it is taken). */
export async function createClass(
  context: ServerContext,
  instructorId: LearnerId,
  name: string,
): Promise<ClassSummary> {
  const id = randomUUID();
  for (let tries = 0; tries < 5; tries++) {
    const row = { id, instructorId, name, joinCode: drawJoinCode(), createdAt: context.clock() };
    if (!(await insertClass(context.db, row))) continue;
    const created = await findInstructorClass(context.db, instructorId, id);
    if (created) return toClassSummary(created);
  }
  throw new Error("Could not draw an unused join code in five tries");
}
