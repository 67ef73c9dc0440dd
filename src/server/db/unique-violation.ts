// better-sqlite3 and node-postgres report a broken UNIQUE constraint with different codes.
const UNIQUE_CODES = new Set(["SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_PRIMARYKEY", "23505"]);

/** Whether a database error is a UNIQUE (or primary key) violation, on SQLite or PostgreSQL. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null || !("code" in error)) return false;
  return typeof error.code === "string" && UNIQUE_CODES.has(error.code);
}
