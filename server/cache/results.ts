/**
 * The result cache of the data procedures. An answer is kept under its
 * procedure, its input, the caller's scope (staff, or which ministry; the
 * customers it may see) and the catalog version, together with what it read: data kinds
 * and the days of each. A change (an ingest run or a catalog load, see
 * changes.ts) drops exactly the answers that read its kind on its days, so
 * today's pushed checks leave last month's reports in place, and an answer is
 * never older than the data it stands for. Identical requests that arrive
 * while one is being computed share that one computation.
 */
import { cacheLookups } from '../metrics'
import type { Store } from '../store'
import { changeFeed, changesSince, type DataChange, type DataKind, latestSeq } from './changes'

/** One thing an answer read: some kinds of data over the days `first`..`last` (UTC day numbers, inclusive). */
export interface Read {
  kinds: readonly DataKind[]
  first: number
  last: number
}

interface Entry {
  value: unknown
  reads: readonly Read[]
  recipe: Recipe
  /** When it was last asked for. */
  usedAt: number
  /**
   * Asked for by a caller since it was last computed. A refresh computes it
   * without one: an answer nobody reads is computed again after one change,
   * not after every change of a steady stream of pushes.
   */
  read: boolean
  /**
   * For an answer about the present: the instant it was computed for. Absent
   * when it holds for every later instant until new data (a past period, a
   * resolved ticket).
   */
  asOf?: number
  /** Length of the answer as JSON: the cache is bounded by the text it would send. */
  size: number
}

interface Flight {
  promise: Promise<unknown>
  reads: readonly Read[]
  /** A change it may have missed arrived while it ran: its answer is returned but not kept. */
  invalidated: boolean
  /** A caller waits for it (a refresh that a caller joined counts as read). */
  asked: boolean
}

/**
 * An answer about the present: the instant it is computed for, the step
 * between such instants, and whether an answer turned out to hold for every
 * later instant as well (`settled`: a resolved ticket's clocks have stopped).
 */
export interface Present {
  now: number
  step: number
  settled?: (answer: never) => boolean
}

/** How to compute an answer again: kept with each answer for the refresh after a change. */
interface Recipe {
  reads: readonly Read[]
  compute: () => Promise<unknown>
  present?: Present
}

export interface CacheOptions {
  /** The answers kept, in characters of JSON (oldest used dropped first). */
  maxSize?: number
  /**
   * Computes the answers a change dropped again while no caller waits for
   * the store, most recently used first, so that a page asked for before an
   * ingest is answered from the cache after it as well (the server does; tests
   * that count computations do not).
   */
  refresh?: boolean
}

/** Answers not asked for in this long are not computed again after a change. */
const REFRESH_WITHIN_MS = 30 * 60_000
/** At most this many dropped answers wait to be computed again. */
const REFRESH_MAX = 1000

function touches(change: DataChange, reads: readonly Read[]): boolean {
  if (change.kind === 'catalog') return true
  return reads.some(
    (read) => read.kinds.includes(change.kind) && change.first <= read.last && change.last >= read.first,
  )
}

export interface CacheCounters {
  hits: number
  /** Joined a computation of the same answer already under way. */
  shared: number
  computed: number
  dropped: number
  /** Computed again after a change, without a caller waiting. */
  refreshed: number
}

export class ResultCache {
  readonly counters: CacheCounters = { hits: 0, shared: 0, computed: 0, dropped: 0, refreshed: 0 }
  private readonly entries = new Map<string, Entry>()
  private readonly flights = new Map<string, Flight>()
  private size = 0
  private catalog: Promise<unknown> | undefined
  /** The changes of the latest sequence number already applied, so that a poll does not apply them twice. */
  private lastSeq = 0
  private readonly applied = new Set<string>()
  /** When this process last learned of a change of the data (ms); 0 before the first. */
  changedAt = 0

  private readonly maxSize: number
  private readonly refreshing: boolean
  /**
   * Answers to compute while no caller waits, by key, the most recently used
   * first: dropped by a change, or about the present and a step behind.
   */
  private readonly waiting = new Map<string, Recipe & { usedAt: number }>()
  private refreshScheduled = false
  /** Waiting for a moment without computations (`idle`). */
  private idleWaiters: Array<() => void> = []

  constructor(options: CacheOptions = {}) {
    // The views one click away of the demo store take about 50 MiB of JSON: room for a larger catalog.
    this.maxSize = options.maxSize ?? 256 * 1024 * 1024
    this.refreshing = options.refresh ?? false
  }

  /** The answers kept and the length of their JSON text. */
  get kept(): { answers: number; size: number } {
    return { answers: this.entries.size, size: this.size }
  }

  /**
   * The cached answer under `key`, or the one computation of it. An answer
   * about the present (`present`: the instant it is computed for, and the
   * step between such instants) that is one step behind is still answered,
   * while its successor is computed for the next caller; older ones are not.
   */
  async get<T>(
    key: string,
    reads: readonly Read[],
    compute: () => Promise<T>,
    present?: Present & { settled?: (answer: T) => boolean },
  ): Promise<T> {
    const entry = this.entries.get(key)
    // An answer computed for an instant, asked for as a past period's (its period has ended since), is computed again.
    const behind =
      entry?.asOf === undefined ? 0 : present ? present.now - entry.asOf : Number.POSITIVE_INFINITY
    if (entry && behind <= (present?.step ?? 0)) {
      this.counters.hits++
      cacheLookups.inc({ result: 'hit' })
      // Most recently used last: the map's order is the eviction order.
      this.entries.delete(key)
      this.entries.set(key, entry)
      entry.usedAt = Date.now()
      entry.read = true
      // Its successor is computed while no caller waits; found two steps behind, a caller computes it.
      if (behind > 0 && !this.flights.has(key))
        this.computeWhenIdle(key, { reads, compute, present }, entry.usedAt)
      return entry.value as T
    }
    const running = this.flights.get(key)
    if (running) {
      running.asked = true
      this.counters.shared++
      cacheLookups.inc({ result: 'hit' })
      return running.promise as Promise<T>
    }
    this.waiting.delete(key)
    return this.compute(key, { reads, compute, present }) as Promise<T>
  }

  /** Computes an answer; `refreshed` when no caller asked for it (a refresh after a change). */
  private async compute(
    key: string,
    recipe: Recipe,
    usedAt = Date.now(),
    refreshed = false,
  ): Promise<unknown> {
    this.counters.computed++
    cacheLookups.inc({ result: 'miss' })
    const { reads, compute, present } = recipe
    const flight: Flight = { promise: compute(), reads, invalidated: false, asked: !refreshed }
    this.flights.set(key, flight)
    try {
      const value = await flight.promise
      if (!flight.invalidated)
        this.keep(key, {
          value,
          reads,
          recipe,
          usedAt,
          read: flight.asked,
          asOf: present && !present.settled?.(value as never) ? present.now : undefined,
          size: JSON.stringify(value)?.length ?? 0,
        })
      else if (flight.asked) this.toRefresh(key, recipe, usedAt)
      return value
    } finally {
      if (this.flights.get(key) === flight) this.flights.delete(key)
      this.scheduleRefresh()
      // After the refresh above has had its turn: callers and refreshes come first.
      if (this.flights.size === 0 && this.idleWaiters.length > 0) setImmediate(() => this.wakeIfIdle())
    }
  }

  /** Resolves at a moment when no answer is being computed (for work that must not delay callers). */
  idle(): Promise<void> {
    if (this.flights.size === 0 && this.waiting.size === 0) return Promise.resolve()
    return new Promise((resolve) => {
      this.idleWaiters.push(resolve)
      // Nothing under way that would wake it: look again shortly.
      if (this.flights.size === 0) setTimeout(() => this.wakeIfIdle(), 50).unref()
    })
  }

  private wakeIfIdle() {
    if (this.flights.size > 0 || this.idleWaiters.length === 0) return
    if (this.waiting.size > 0) {
      setTimeout(() => this.wakeIfIdle(), 50).unref()
      return
    }
    const waiters = this.idleWaiters
    this.idleWaiters = []
    for (const wake of waiters) wake()
  }

  /** Remembers a dropped answer to compute again (the server's cache only). */
  private toRefresh(key: string, recipe: Recipe, usedAt: number) {
    // Answers about the present are computed anew when next asked for: their instant has moved on.
    if (!this.refreshing || recipe.present || Date.now() - usedAt > REFRESH_WITHIN_MS) return
    this.computeWhenIdle(key, recipe, usedAt)
  }

  private computeWhenIdle(key: string, recipe: Recipe, usedAt: number) {
    this.waiting.delete(key)
    this.waiting.set(key, { ...recipe, usedAt })
    for (const oldest of this.waiting.keys()) {
      if (this.waiting.size <= REFRESH_MAX) break
      this.waiting.delete(oldest)
    }
    this.scheduleRefresh()
  }

  /** One waiting answer at a time, and only while nobody waits for a computation. */
  private scheduleRefresh() {
    if (this.refreshScheduled || this.waiting.size === 0) return
    this.refreshScheduled = true
    setImmediate(() => {
      this.refreshScheduled = false
      if (this.flights.size > 0) return
      const newest = [...this.waiting.entries()].reduce<[string, Recipe & { usedAt: number }] | undefined>(
        (best, next) => (!best || next[1].usedAt > best[1].usedAt ? next : best),
        undefined,
      )
      if (!newest) return
      const [key, recipe] = newest
      this.waiting.delete(key)
      // Computed meanwhile by a caller (for the instant it waits for, if about the present).
      const kept = this.entries.get(key)
      if (kept && (kept.asOf === undefined || kept.asOf >= (recipe.present?.now ?? 0)))
        return this.scheduleRefresh()
      this.counters.refreshed++
      void this.compute(key, recipe, recipe.usedAt, true).catch(() => {})
    }).unref()
  }

  /** The catalog in force, read from the store once per catalog load. */
  catalogInForce<T>(load: () => Promise<T>): Promise<T> {
    if (!this.catalog) {
      const loading = load()
      this.catalog = loading
      loading.catch(() => {
        if (this.catalog === loading) this.catalog = undefined
      })
    }
    return this.catalog as Promise<T>
  }

  private keep(key: string, entry: Entry) {
    this.drop(key)
    if (entry.size > this.maxSize / 8) return
    this.entries.set(key, entry)
    this.size += entry.size
    for (const [oldest, old] of this.entries) {
      if (this.size <= this.maxSize) break
      this.entries.delete(oldest)
      this.size -= old.size
    }
  }

  private drop(key: string) {
    const entry = this.entries.get(key)
    if (!entry) return
    this.entries.delete(key)
    this.size -= entry.size
  }

  /** Drops every answer, and every computation under way, that read what the changes touched. */
  apply(changes: readonly DataChange[]) {
    for (const change of changes) {
      const id = `${change.seq}/${change.kind}/${change.first}/${change.last}`
      if (change.seq < this.lastSeq || this.applied.has(id)) continue
      if (change.seq > this.lastSeq) {
        this.lastSeq = change.seq
        this.applied.clear()
      }
      this.applied.add(id)
      this.changedAt = Date.now()
      if (change.kind === 'catalog') this.catalog = undefined
      for (const [key, entry] of this.entries) {
        if (!touches(change, entry.reads)) continue
        this.drop(key)
        this.counters.dropped++
        // After a catalog load the answers are asked for under its new version.
        if (change.kind !== 'catalog' && entry.read) this.toRefresh(key, entry.recipe, entry.usedAt)
      }
      for (const [key, flight] of this.flights) {
        if (!touches(change, flight.reads)) continue
        flight.invalidated = true
        this.flights.delete(key)
      }
    }
  }

  /**
   * Follows the changes: at once those recorded in this process, and every
   * `intervalMs` those in the store (another process's ingest). Returns the
   * function that stops following.
   */
  follow(store: Store, intervalMs = 1000): () => void {
    const listener = (changes: DataChange[]) => this.apply(changes)
    changeFeed.on('change', listener)
    let stopped = false
    let timer: NodeJS.Timeout | undefined
    const poll = async () => {
      // The embedded store belongs to this process: every change is announced on the feed.
      if (store.kind === 'chdb') return
      try {
        if (this.lastSeq === 0) this.lastSeq = await latestSeq(store)
        this.apply(await changesSince(store, this.lastSeq))
      } catch {
        // The store is down or not migrated yet: nothing is cached from it either; try again.
      }
      if (!stopped) timer = setTimeout(poll, intervalMs).unref()
    }
    void poll()
    return () => {
      stopped = true
      clearTimeout(timer)
      changeFeed.off('change', listener)
    }
  }
}
