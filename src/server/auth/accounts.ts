import { randomUUID } from "node:crypto";
import type { Credentials } from "../../api";
import { asLearnerId, type Result } from "../../core/shared";
import type { ServerContext } from "../context";
import type { Role } from "../db/database";
import { findLearnerByName, insertLearner, type LearnerRecord } from "../db/learner-repository";
import { DECOY_PASSWORD_HASH, hashPassword, verifyPassword } from "./password";

/** Creates an account (a learner's unless said otherwise), or reports that the name is taken. */
export async function createAccount(
  context: Pick<ServerContext, "db" | "clock">,
  credentials: Credentials,
  role: Role = "learner",
): Promise<Result<LearnerRecord, "name-taken">> {
  const { hash, salt } = await hashPassword(credentials.password);
  return insertLearner(context.db, {
    id: asLearnerId(randomUUID()),
    name: credentials.name,
    passwordHash: hash,
    passwordSalt: salt,
    createdAt: context.clock(),
    role,
  });
}

/** The account these credentials open, if the name exists and the password matches. */
export async function authenticate(
  context: ServerContext,
  credentials: Credentials,
): Promise<LearnerRecord | undefined> {
  const learner = await findLearnerByName(context.db, credentials.name);
  const stored =
    learner === undefined
      ? DECOY_PASSWORD_HASH
      : { hash: learner.passwordHash, salt: learner.passwordSalt };
  const matches = await verifyPassword(credentials.password, stored);
  return matches ? learner : undefined;
}
