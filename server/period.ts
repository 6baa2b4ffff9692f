import { DateTime } from 'luxon'
import { startOfLocalDay } from '../shared/time'

/** Local dates of an input to instants: `from` inclusive, `to` exclusive. */
export function periodBounds(
  input: { from: string; to: string },
  zone: string,
): { from: number; to: number } {
  return { from: startOfLocalDay(input.from, zone), to: startOfLocalDay(input.to, zone) }
}

/** Whole months back by as many months, any other period back by its own length. */
export function previousPeriod(from: number, to: number, zone: string): { from: number; to: number } {
  const start = DateTime.fromMillis(from, { zone })
  const end = DateTime.fromMillis(to, { zone })
  const wholeMonths =
    start.day === 1 && end.day === 1 && start.startOf('day').equals(start) && end.startOf('day').equals(end)
  if (wholeMonths) {
    const months = Math.round(end.diff(start, 'months').months)
    return { from: start.minus({ months }).toMillis(), to: from }
  }
  const days = Math.round(end.diff(start, 'days').days)
  return { from: start.minus({ days }).toMillis(), to: from }
}
