import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { asDifficulty, type Item } from "../../core/course";
import { answerText } from "../../core/grading";
import type { LearnerId, Seed, SkillId } from "../../core/shared";
import type { Database } from "../db/database";
import { insertItem, type ItemPlacement } from "../db/item-repository";
import { cachedItem } from "./cached-item";

/** An issued item: its stored id and the item itself (the caller decides what the browser sees). */
export interface IssuedItem {
  readonly id: string;
  readonly item: Item;
}

/** Generates an item of a skill from a seed, stores it with why it was issued, and returns it. */
export async function issueItem(
  db: Kysely<Database>,
  issue: {
    readonly learnerId: LearnerId;
    readonly skill: SkillId;
    readonly seed: Seed;
    readonly placement: ItemPlacement;
    readonly now: Date;
  },
): Promise<IssuedItem> {
  const item = cachedItem(issue.skill, issue.seed);
  const id = randomUUID();
  await insertItem(db, {
    id,
    learnerId: issue.learnerId,
    skill: issue.skill,
    seed: issue.seed,
    generator: item.generator,
    difficulty: asDifficulty(item.difficulty),
    solutionText: answerText(item.key.kind, item.key.solution),
    createdAt: issue.now,
    ...issue.placement,
  });
  return { id, item };
}
