/**
 * The local days (catalog timezone) an ingest run's records fall on: what a
 * cache of figures per day needs to know to drop what a run changed. A
 * maintenance window covers every day from its start to its end, a KPI every
 * day of its period.
 */
import { DateTime } from 'luxon'
import type { EventKind } from './records'

const HOUR = 3_600_000
const DAY = 86_400_000
/** A record spanning more days than this (a KPI of a year) is listed by its first and last day only. */
const MAX_SPAN_DAYS = 400

export interface ChangedDays {
  /** Notes the days of one stored row (in the column order of its kind). */
  add(row: readonly unknown[]): void
  /** The days as ISO dates, sorted. */
  list(): string[]
}

export function changedDays(kind: EventKind, zone: string): ChangedDays {
  const days = new Set<string>()
  // Every instant of an hour lies on the same local day (zones shift by whole or half hours
  // only at hour boundaries in practice): one luxon call per hour, not per record.
  const dayOfHour = new Map<number, string>()
  const dayOf = (ms: number) => {
    const hour = Math.floor(ms / HOUR)
    let day = dayOfHour.get(hour)
    if (day === undefined) {
      day = DateTime.fromMillis(hour * HOUR, { zone }).toISODate() as string
      dayOfHour.set(hour, day)
    }
    return day
  }
  const span = (from: number, to: number) => {
    if ((to - from) / DAY > MAX_SPAN_DAYS) {
      days.add(dayOf(from))
      days.add(dayOf(to))
      return
    }
    for (let ms = from; ms < to; ms += HOUR) days.add(dayOf(ms))
    days.add(dayOf(to - 1))
  }
  const add = (() => {
    switch (kind) {
      case 'tickets':
      case 'checks':
        return (row: readonly unknown[]) => days.add(dayOf(row[2] as number))
      case 'surveys':
        return (row: readonly unknown[]) => days.add(dayOf(row[1] as number))
      case 'maintenance':
        return (row: readonly unknown[]) => span(row[2] as number, row[3] as number)
      case 'kpis':
        return (row: readonly unknown[]) => {
          const first = Date.parse(`${row[3]}T00:00:00Z`)
          const end = Date.parse(`${row[4]}T00:00:00Z`)
          if ((end - first) / DAY > MAX_SPAN_DAYS) days.add(row[3] as string)
          else for (let ms = first; ms < end; ms += DAY) days.add(new Date(ms).toISOString().slice(0, 10))
          days.add(new Date(end - DAY).toISOString().slice(0, 10))
        }
    }
  })()
  return {
    add,
    list: () => [...days].sort(),
  }
}
