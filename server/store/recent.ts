/**
 * A value read from the store for a path that asks many times a second (the
 * push path's catalog and tokens): one read at a time, shared by every
 * caller meanwhile; once older than `freshMs` it still serves while it is
 * read again in the background. A write in this process calls `forget`: the
 * next caller waits for a fresh read, and a read begun before the write is
 * not kept. A write by another process sharing a ClickHouse server shows
 * within about `freshMs`.
 */
import type { Store } from '.'

export interface RecentRead<T> {
  get(store: Store): Promise<T>
  forget(store: Store): void
}

export function recentRead<T>(read: (store: Store) => Promise<T>, freshMs = 1000): RecentRead<T> {
  // Per store (location and database).
  const known = new Map<string, { readAt: number; value: Promise<T> }>()
  const generations = new Map<string, number>()
  const keyOf = (store: Store) => `${store.location}/${store.database}`
  return {
    get(store) {
      const key = keyOf(store)
      const entry = known.get(key)
      if (entry && Date.now() - entry.readAt < freshMs) return entry.value
      const generation = generations.get(key) ?? 0
      const fresh = { readAt: Date.now(), value: read(store) }
      const current = () => (generations.get(key) ?? 0) === generation
      fresh.value.then(
        () => {
          if (current()) known.set(key, fresh)
        },
        () => {
          // A failed read is not kept.
          if (current() && known.get(key) === fresh) known.delete(key)
        },
      )
      if (entry) {
        // Refreshing: the known value serves until the fresh one is read.
        entry.readAt = Date.now()
        return entry.value
      }
      known.set(key, fresh)
      return fresh.value
    },
    forget(store) {
      const key = keyOf(store)
      generations.set(key, (generations.get(key) ?? 0) + 1)
      known.delete(key)
    },
  }
}
