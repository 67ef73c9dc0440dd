import type { Compilable, CompiledQuery, Kysely, QueryResult } from "kysely";
import type { Database } from "./database";

// Kysely builds an operation tree and compiles it to SQL on every call, which the load benchmark
// measured at about a seventh of the server's time: more than SQLite spent running the queries.
// It has no placeholders to compile a query once (other query builders call this `prepare`), so
// this file adds them: the query is built once per dialect with a slot object where each value
// goes, the slots come out of compilation as parameters, and each run swaps in the real values.

/** Where a value given at run time goes; Kysely binds it as a parameter like any value. */
class Slot {
  constructor(readonly name: string) {}
}

/** Slots standing in for the values `P` names, typed as the values so the builder accepts them. */
function slotsFor<P>(): P {
  // A proxy makes one slot per name read; the cast is the one place a slot poses as a value.
  return new Proxy({}, { get: (_, name) => new Slot(String(name)) }) as P;
}

/**
 * A query compiled once (per dialect: SQLite and PostgreSQL spell SQL differently) and run with
 * new values each time. `build` must use the slots only as values (comparisons, inserted and set
 * values, limits), never to choose the query's shape.
 */
export function prepareQuery<P extends Record<string, unknown>, O>(
  build: (db: Kysely<Database>, values: P) => Compilable<O>,
): (db: Kysely<Database>, values: P) => Promise<QueryResult<O>> {
  const byDialect = new Map<unknown, CompiledQuery<O>>();
  return (db, values) => {
    const dialect = db.getExecutor().adapter.constructor;
    let compiled = byDialect.get(dialect);
    if (compiled === undefined) {
      compiled = build(db, slotsFor<P>()).compile();
      byDialect.set(dialect, compiled);
    }
    return db.executeQuery({ ...compiled, parameters: compiled.parameters.map(fill(values)) });
  };
}

function fill(values: Record<string, unknown>) {
  return (parameter: unknown): unknown => {
    if (!(parameter instanceof Slot)) return parameter;
    const value = values[parameter.name];
    if (value === undefined) throw new Error(`Prepared query: no value for "${parameter.name}"`);
    return value;
  };
}
