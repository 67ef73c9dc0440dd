import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("stores neither the password nor its encoding", async () => {
    const stored = await hashPassword("correct horse");
    expect(stored.hash).not.toContain("correct horse");
    expect(stored.hash).not.toBe(Buffer.from("correct horse").toString("base64"));
  });

  it("gives two learners with the same password different salts and hashes", async () => {
    const [a, b] = await Promise.all([hashPassword("same secret"), hashPassword("same secret")]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it.each([
    ["the same password", "correct horse", true],
    ["another password", "correct horsf", false],
    ["a prefix", "correct hors", false],
    ["an empty password", "", false],
  ])("accepts %s only if it matches", async (_label, attempt, expected) => {
    const stored = await hashPassword("correct horse");
    expect(await verifyPassword(attempt, stored)).toBe(expected);
  });
});
