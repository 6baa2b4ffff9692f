/**
 * The version of a stored event: `run * 2^32 + line`. A ReplacingMergeTree
 * keeps the highest version of a row, so a re-sent event replaces the earlier
 * one (later run, then later line wins), and the run of each row can be read
 * back from its version: the derived tables rebuild what a run touched.
 */
import { type Sql, sql, typed } from './sql'

const RUN_FACTOR = 2 ** 32

/** The version of line `line` of run `run`; line 0: below every line of the run. */
export function runVersion(run: number, line = 0): number {
  return run * RUN_FACTOR + line
}

/** SQL: the run a `version` column's row was stored by. */
export const runOfVersion: Sql = sql`intDiv(version, ${typed('UInt64', RUN_FACTOR)})`
