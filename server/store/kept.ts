/**
 * Small tables read whole once and kept in memory, on the embedded store only.
 * That store belongs to this process, and every write of such a table goes
 * through `store.insert` here, which forgets what was kept of it; the next
 * read goes to the store again. Figures then do not spend a statement (the
 * embedded store runs one at a time) on the service markers or the
 * maintenance windows. On a ClickHouse server other processes write too:
 * there every read goes to the store.
 */
import type { Store } from '.'

/** By data folder and database: every store opened on the same folder shares its data. */
const kept = new Map<string, Map<string, Promise<unknown>>>()
const keyOf = (store: Store) => `${store.location}\n${store.database}`

/** The result of `read` (which reads `table` whole), kept until this process next writes the table. */
export function keptTable<T>(store: Store, table: string, read: () => Promise<T>): Promise<T> {
  if (store.kind !== 'chdb') return read()
  let tables = kept.get(keyOf(store))
  if (!tables) {
    tables = new Map()
    kept.set(keyOf(store), tables)
  }
  const known = tables.get(table)
  if (known) return known as Promise<T>
  const reading = read()
  tables.set(table, reading)
  reading.catch(() => {
    if (tables.get(table) === reading) tables.delete(table)
  })
  return reading
}

/** The store writes `table`: what was kept of it is read again next time. */
export function forgetTable(store: Store, table: string): void {
  kept.get(keyOf(store))?.delete(table)
}

/** The store is closed: another process may write its folder next. */
export function forgetStore(store: Store): void {
  kept.delete(keyOf(store))
}
