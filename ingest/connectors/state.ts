/**
 * A connector's progress per source, in the store: where it resumes after a
 * restart, and what the freshness page shows (last success, last failure).
 */
import type { Store } from '../../server/store'
import { sql, typed } from '../../server/store/sql'

export interface ConnectorState {
  connector: string
  source: string
  /** Everything before this instant has been read (epoch ms); null: nothing yet. */
  readUntil: number | null
  lastAttemptAt: number
  lastSuccessAt: number | null
  /** Why the last attempt failed; '' when it succeeded. */
  lastError: string
  /** Records read in all. */
  records: number
}

const COLUMNS = [
  'connector',
  'source',
  'read_until',
  'last_attempt_at',
  'last_success_at',
  'last_error',
  'records',
  'updated',
] as const

// Two writes in one millisecond must still be ordered: a counter breaks the tie.
let sequence = 0

export async function saveConnectorState(store: Store, state: ConnectorState): Promise<void> {
  sequence = (sequence + 1) % 1000
  await store.insert('connector_state', COLUMNS, [
    [
      state.connector,
      state.source,
      state.readUntil,
      state.lastAttemptAt,
      state.lastSuccessAt,
      state.lastError,
      state.records,
      Date.now() * 1000 + sequence,
    ],
  ])
}

interface StateRow {
  connector: string
  source: string
  read_until: number | null
  last_attempt_at: number
  last_success_at: number | null
  last_error: string
  records: number
}

const toState = (row: StateRow): ConnectorState => ({
  connector: row.connector,
  source: row.source,
  readUntil: row.read_until,
  lastAttemptAt: row.last_attempt_at,
  lastSuccessAt: row.last_success_at,
  lastError: row.last_error,
  records: row.records,
})

const SELECT = sql`
  SELECT connector, source,
    toUnixTimestamp64Milli(read_until) AS read_until,
    toUnixTimestamp64Milli(last_attempt_at) AS last_attempt_at,
    toUnixTimestamp64Milli(last_success_at) AS last_success_at,
    last_error, records
  FROM connector_state FINAL`

export async function connectorState(
  store: Store,
  connector: string,
  source: string,
): Promise<ConnectorState | undefined> {
  const [row] = await store.query<StateRow>(
    sql`${SELECT} WHERE connector = ${connector} AND source = ${source} LIMIT ${typed('UInt8', 1)}`,
  )
  return row ? toState(row) : undefined
}
