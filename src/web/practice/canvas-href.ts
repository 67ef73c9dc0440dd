import type { AnswerReply } from "../../api";
import { playgroundHref } from "../canvas/playground-url";

/**
 * Where "See it on the canvas" leads after a graded answer: the playground on the item's own
 * functions, point and Δx, with the learner's answer when the server sent one; null when the item
 * has nothing to draw, or the answer is not graded yet.
 */
export function canvasHref(reply: AnswerReply): string | null {
  if (reply.verdict === "invalid" || reply.canvas === undefined) return null;
  const { g, f, x, dx, mine } = reply.canvas;
  return playgroundHref({ g, f, x }, { dx, mine });
}
