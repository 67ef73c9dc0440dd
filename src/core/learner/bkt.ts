import { assertNever } from "../shared";
import type { BktParams } from "./params";

/** What the learner had seen before answering: it decides how much a right answer proves. */
export type Help = "none" | "hint" | "solution";

/** P(right | known) and P(right | not known) for one attempt. */
export interface Likelihood {
  readonly known: number;
  readonly unknown: number;
}

/**
 * The likelihood of a right answer given the help seen. A hint does half the work for a learner
 * who does not know the skill, a shown solution nearly all of it, so an answer after either
 * proves less either way; help also halves slips, since the learner is guided.
 */
export function likelihood(params: BktParams, help: Help): Likelihood {
  const known = help === "none" ? 1 - params.slip : 1 - params.slip / 2;
  const unknown = params.guess + (1 - params.guess) * helpShare(help);
  return { known, unknown: Math.min(unknown, known - 0.01) };
}

function helpShare(help: Help): number {
  switch (help) {
    case "none":
      return 0;
    case "hint":
      return 0.5;
    case "solution":
      return 0.9;
    default:
      return assertNever(help);
  }
}

/** P(right) for a learner known with probability `known`. */
export function predictRight(known: number, like: Likelihood): number {
  return known * like.known + (1 - known) * like.unknown;
}

/** P(known | the answer), by Bayes' rule. */
export function posterior(known: number, right: boolean, like: Likelihood): number {
  const ifKnown = known * (right ? like.known : 1 - like.known);
  const ifUnknown = (1 - known) * (right ? like.unknown : 1 - like.unknown);
  return ifKnown / (ifKnown + ifUnknown);
}

/** P(known) after an opportunity to learn, with the per-opportunity learning probability. */
export function transition(known: number, learn: number): number {
  return known + (1 - known) * learn;
}
