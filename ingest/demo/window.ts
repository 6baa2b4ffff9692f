/** The span of time the demo covers: whole local days up to `now`, cut into local months. */
import { DateTime } from 'luxon'
import { LocalTime } from './ndjson'

export interface MonthSpan {
  /** 0 for the first (possibly partial) month of the window. */
  index: number
  /** `2026-03` */
  key: string
  /** Start of the local month, even when the window starts later. */
  monthStart: number
  /** Start of the next local month. */
  monthEnd: number
  /** The part of the month inside the window. */
  from: number
  to: number
}

export interface DemoWindow {
  zone: string
  start: number
  now: number
  months: MonthSpan[]
  local: LocalTime
}

export function demoWindow(now: number, months: number, zone: string): DemoWindow {
  const start = DateTime.fromMillis(now, { zone }).minus({ months }).startOf('day')
  const spans: MonthSpan[] = []
  for (let month = start.startOf('month'); month.toMillis() < now; month = month.plus({ months: 1 })) {
    const monthStart = month.toMillis()
    const monthEnd = month.plus({ months: 1 }).toMillis()
    spans.push({
      index: spans.length,
      key: month.toFormat('yyyy-MM'),
      monthStart,
      monthEnd,
      from: Math.max(monthStart, start.toMillis()),
      to: Math.min(monthEnd, now),
    })
  }
  return { zone, start: start.toMillis(), now, months: spans, local: new LocalTime(zone) }
}
