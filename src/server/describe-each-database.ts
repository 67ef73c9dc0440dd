import { afterAll, describe } from "vitest";
import {
  POSTGRES_URL_VARIABLE,
  releaseTestSchemas,
  testDatabaseKinds,
  testPostgresUrl,
  type TestDatabaseKind,
} from "./test-database";

const SKIPPED_POSTGRES = `on postgres: skipped because ${POSTGRES_URL_VARIABLE} is not set (bash scripts/ensure-postgres.sh prints one)`;

/**
 * Defines the same suite once per engine (`describe.each`); when PostgreSQL is not configured,
 * its suite is still listed, skipped, with a title that says why.
 */
export function describeEachDatabase(define: (kind: TestDatabaseKind) => void): void {
  afterAll(releaseTestSchemas);
  describe.each(testDatabaseKinds())("on %s", define);
  if (testPostgresUrl() === undefined) describe.skip(SKIPPED_POSTGRES, () => define("postgres"));
}

/** Defines a suite that only makes sense on PostgreSQL (several servers on one database). */
export function describeOnPostgres(title: string, define: () => void): void {
  if (testPostgresUrl() === undefined) {
    describe.skip(`${title}: ${SKIPPED_POSTGRES}`, define);
    return;
  }
  afterAll(releaseTestSchemas);
  describe(title, define);
}
