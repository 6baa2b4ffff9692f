/** Quarantined records → table rows. Pure, unit-tested. */
import { t } from '../../i18n'
import type { RouterInputs, RouterOutputs } from '../../trpc'

export type QuarantinedRecord = RouterOutputs['quarantine']['list'][number]
export type EventKind = NonNullable<RouterInputs['quarantine']['list']['kind']>

/** Every kind the API knows, in order; `Record` makes a new kind a type error here. */
const KNOWN: Record<EventKind, true> = {
  tickets: true,
  checks: true,
  maintenance: true,
  surveys: true,
  kpis: true,
}

export const KINDS = Object.keys(KNOWN) as EventKind[]

/** "Monitoring-Messungen" (en: "Monitoring checks"), in the chosen language. */
export function kindLabel(kind: EventKind): string {
  return t(`quarantine:kinds.${kind}`)
}

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
