import { createHash, randomBytes } from "node:crypto";

/** A new session token: 32 random bytes, base64url, given only to the browser. */
export const newSessionToken = (): string => randomBytes(32).toString("base64url");

/** The session's id in the database: the token's SHA-256, so the table alone signs no one in. */
export const sessionIdOf = (token: string): string =>
  createHash("sha256").update(token).digest("base64url");
