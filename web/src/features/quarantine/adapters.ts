/** Quarantined records → table rows. Pure, unit-tested. */
import type { RouterInputs, RouterOutputs } from '../../trpc'

export type QuarantinedRecord = RouterOutputs['quarantine']['list'][number]
export type EventKind = NonNullable<RouterInputs['quarantine']['list']['kind']>

/** Every kind the API knows; `Record` makes a new kind a type error here. */
export const KIND_LABELS: Record<EventKind, string> = {
  tickets: 'Tickets',
  checks: 'Monitoring-Messungen',
  maintenance: 'Wartungsfenster',
  surveys: 'Umfragen',
  kpis: 'Kennzahlen',
}

export const KINDS = Object.keys(KIND_LABELS) as EventKind[]

export function isEventKind(text: string | null): text is EventKind {
  return text !== null && (KINDS as string[]).includes(text)
}

/** The file name of a stored path (the full path stays available on demand). */
export function fileName(source: string): string {
  return source.split(/[\\/]/).at(-1) || source
}

/** Raw lines can be long JSON: show the start, the rest on request. */
export function truncate(raw: string, max = 80): { text: string; truncated: boolean } {
  // Count code points, not UTF-16 units, so an umlaut or emoji is never cut in half.
  const chars = [...raw]
  return chars.length <= max
    ? { text: raw, truncated: false }
    : { text: `${chars.slice(0, max).join('')}…`, truncated: true }
}
