import { randomUUID } from "node:crypto";
import type { PublicItemReply } from "../../api";
import { answerText } from "../../core/grading";
import type { LearnerId, SkillId } from "../../core/shared";
import type { ServerContext } from "../context";
import { insertItem } from "../db/item-repository";
import { toPublicItemReply } from "./api-mappers";
import { cachedItem } from "./cached-item";

/** Draws a new item of a skill for the learner, stores its seed, and returns what the browser may see. */
export async function issueItem(
  context: ServerContext,
  learnerId: LearnerId,
  skill: SkillId,
): Promise<PublicItemReply> {
  const seed = context.drawSeed();
  const item = cachedItem(skill, seed);
  const id = randomUUID();
  await insertItem(context.db, {
    id,
    learnerId,
    skill,
    seed,
    solutionText: answerText(item.key.kind, item.key.solution),
    createdAt: context.clock(),
  });
  return toPublicItemReply(id, item);
}
