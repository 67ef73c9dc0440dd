import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

/** A password as stored: the scrypt hash and its per-learner salt, both base64. */
export interface PasswordHash {
  readonly hash: string;
  readonly salt: string;
}

// N = 2^15, r = 8 (32 MiB, about 0.1 s here): OWASP's scrypt floor is N = 2^17 at r = 8, p = 1;
// we trade some of that for sign-in latency on a small shared box. Changing these needs a
// rehash on the next sign-in, since they are not stored with the hash.
const PARAMS: ScryptOptions = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize("NFKC"), salt, KEY_LENGTH, PARAMS, (error, key) =>
      error === null ? resolve(key) : reject(error),
    );
  });
}

/** Hashes a new password with a fresh random salt. */
export async function hashPassword(password: string): Promise<PasswordHash> {
  const salt = randomBytes(16);
  const key = await derive(password, salt);
  return { hash: key.toString("base64"), salt: salt.toString("base64") };
}

/** Whether `password` matches the stored hash, compared in constant time. */
export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, "base64");
  const key = await derive(password, Buffer.from(stored.salt, "base64"));
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/**
 * A hash to check against when the name is unknown, so that a wrong name costs as long as a
 * wrong password and sign-in timing does not reveal which names exist.
 */
export const DECOY_PASSWORD_HASH: PasswordHash = {
  hash: Buffer.alloc(KEY_LENGTH).toString("base64"),
  salt: Buffer.alloc(16).toString("base64"),
};
