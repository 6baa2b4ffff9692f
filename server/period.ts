import { startOfLocalDay } from '../shared/time'

/** Local dates of an input to instants: `from` inclusive, `to` exclusive. */
export function periodBounds(
  input: { from: string; to: string },
  zone: string,
): { from: number; to: number } {
  return { from: startOfLocalDay(input.from, zone), to: startOfLocalDay(input.to, zone) }
}
