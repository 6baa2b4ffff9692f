/**
 * What changed in a customer's agreements within a report's period: an SLA
 * whose terms change on a date inside it, a service subscribed or given up
 * inside it. Each becomes one line of the report (page, CSV, PDF):
 * "Ab 01.07.2026 gilt ein Verfügbarkeitsziel von 99,7 % statt 99,5 %".
 * Browser-safe: the server and the web word the same facts the same way.
 */
import { slaVersions, subscribedIntervals } from './agreements'
import { type Catalog, PRIORITIES, type Priority, type Sla, slaFor } from './catalog'
import { startOfLocalDay } from './time'

export type TermChange =
  | { term: 'availability.target' | 'at_risk'; before: number; after: number }
  | {
      term: 'availability.calendar' | 'response.calendar' | 'resolution.calendar'
      before: string
      after: string
    }
  | { term: 'response' | 'resolution'; priority: Priority; before: number; after: number }

export type AgreementNote =
  | {
      kind: 'terms'
      date: string
      sla: string
      /** The customer's services under this SLA in the period; `everyService`: all it subscribes. */
      services: string[]
      everyService: boolean
      changes: TermChange[]
    }
  | { kind: 'subscribed' | 'unsubscribed'; date: string; service: string }

function termChanges(before: Sla, after: Sla): TermChange[] {
  const changes: TermChange[] = []
  const a = before.availability
  const b = after.availability
  if (a && b && a.target !== b.target)
    changes.push({ term: 'availability.target', before: a.target, after: b.target })
  if (a && b && a.calendar !== b.calendar)
    changes.push({ term: 'availability.calendar', before: a.calendar, after: b.calendar })
  for (const part of ['response', 'resolution'] as const) {
    const old = before[part]
    const now = after[part]
    if (!old || !now) continue
    for (const priority of PRIORITIES)
      if (old[priority] !== now[priority])
        changes.push({ term: part, priority, before: old[priority], after: now[priority] })
    if (old.calendar !== now.calendar)
      changes.push({ term: `${part}.calendar`, before: old.calendar, after: now.calendar })
  }
  if (before.at_risk !== after.at_risk)
    changes.push({ term: 'at_risk', before: before.at_risk, after: after.at_risk })
  return changes
}

/**
 * The changes of the customer's agreements strictly inside `[from, to)`, by
 * date: a change at `from` itself holds for the whole period and is no news.
 * Only SLAs of services the customer subscribes at some instant of the period.
 */
export function agreementNotes(
  catalog: Catalog,
  customer: string,
  from: number,
  to: number,
): AgreementNote[] {
  const entry = catalog.customers.find((candidate) => candidate.id === customer)
  if (!entry) return []
  const inside = (date: string | undefined) => {
    if (date === undefined) return false
    const at = startOfLocalDay(date, catalog.timezone)
    return at > from && at < to
  }
  const notes: AgreementNote[] = []
  const servicesBySla = new Map<Sla, string[]>()
  for (const service of catalog.services) {
    if (subscribedIntervals(catalog, customer, service.id, from, to).length === 0) continue
    const sla = slaFor(catalog, customer, service.id)
    if (sla) servicesBySla.set(sla, [...(servicesBySla.get(sla) ?? []), service.id])
  }
  for (const [sla, services] of servicesBySla) {
    const versions = slaVersions(sla, catalog.timezone)
    versions.forEach((terms, i) => {
      const previous = versions[i - 1]
      if (!previous || !terms.since || !inside(terms.since)) return
      const changes = termChanges(previous.sla, terms.sla)
      if (changes.length > 0)
        notes.push({
          kind: 'terms',
          date: terms.since,
          sla: sla.id,
          services,
          everyService: servicesBySla.size === 1,
          changes,
        })
    })
  }
  for (const { service, from: start, to: end } of entry.subscriptions) {
    if (inside(start)) notes.push({ kind: 'subscribed', date: start as string, service })
    if (inside(end)) notes.push({ kind: 'unsubscribed', date: end as string, service })
  }
  return notes.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}

export type NoteLanguage = 'de' | 'en'

const LOCALE: Record<NoteLanguage, string> = { de: 'de-DE', en: 'en-GB' }

function number(value: number, language: NoteLanguage): string {
  return value.toLocaleString(LOCALE[language], { maximumFractionDigits: 3 })
}

function percent(value: number, language: NoteLanguage): string {
  return language === 'de' ? `${number(value, language)} %` : `${number(value, language)}%`
}

/** Business minutes as "30 min", "4 h", "2 h 30 min". */
function duration(minutes: number): string {
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  if (hours === 0) return `${rest} min`
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`
}

/** 2026-07-01 as 01.07.2026 (German) or 01/07/2026 (British). */
export function noteDate(date: string, language: NoteLanguage): string {
  const [year, month, day] = date.split('-')
  return language === 'de' ? `${day}.${month}.${year}` : `${day}/${month}/${year}`
}

const TEXT = {
  de: {
    'availability.target': (a: string, b: string) => `ein Verfügbarkeitsziel von ${b} statt ${a}`,
    'availability.calendar': (a: string, b: string) =>
      `die Servicezeit „${b}“ statt „${a}“ für die Verfügbarkeit`,
    'response.calendar': (a: string, b: string) => `der Kalender „${b}“ statt „${a}“ für die Reaktionszeit`,
    'resolution.calendar': (a: string, b: string) => `der Kalender „${b}“ statt „${a}“ für die Lösungszeit`,
    response: (p: string, a: string, b: string) => `eine Reaktionszeit ${p} von ${b} statt ${a}`,
    resolution: (p: string, a: string, b: string) => `eine Lösungszeit ${p} von ${b} statt ${a}`,
    at_risk: (a: string, b: string) => `eine Gefährdungsschwelle von ${b} statt ${a}`,
    terms: (date: string, list: string, services: string) => `Ab ${date} gilt ${list}${services}`,
    services: (sla: string, names: string) => ` (SLA ${sla}: ${names})`,
    and: ' und ',
    subscribed: (date: string, service: string) => `Ab ${date} ist ${service} abonniert`,
    unsubscribed: (date: string, service: string) => `Ab ${date} ist ${service} nicht mehr abonniert`,
  },
  en: {
    'availability.target': (a: string, b: string) => `an availability target of ${b} instead of ${a}`,
    'availability.calendar': (a: string, b: string) =>
      `the service time '${b}' instead of '${a}' for availability`,
    'response.calendar': (a: string, b: string) => `the calendar '${b}' instead of '${a}' for response`,
    'resolution.calendar': (a: string, b: string) => `the calendar '${b}' instead of '${a}' for resolution`,
    response: (p: string, a: string, b: string) => `a response time ${p} of ${b} instead of ${a}`,
    resolution: (p: string, a: string, b: string) => `a resolution time ${p} of ${b} instead of ${a}`,
    at_risk: (a: string, b: string) => `an at-risk threshold of ${b} instead of ${a}`,
    terms: (date: string, list: string, services: string) => `From ${date}, ${list} applies${services}`,
    services: (sla: string, names: string) => ` (SLA ${sla}: ${names})`,
    and: ' and ',
    subscribed: (date: string, service: string) => `From ${date}, ${service} is subscribed`,
    unsubscribed: (date: string, service: string) => `From ${date}, ${service} is no longer subscribed`,
  },
} as const

function changeText(change: TermChange, language: NoteLanguage): string {
  const text = TEXT[language]
  switch (change.term) {
    case 'availability.target':
    case 'at_risk':
      return text[change.term](percent(change.before, language), percent(change.after, language))
    case 'availability.calendar':
    case 'response.calendar':
    case 'resolution.calendar':
      return text[change.term](change.before, change.after)
    case 'response':
    case 'resolution':
      return text[change.term](change.priority, duration(change.before), duration(change.after))
  }
}

/**
 * One line of the report. `serviceName` gives a service's display name; the
 * SLA and its services are named unless the SLA covers all of them.
 */
export function noteText(
  note: AgreementNote,
  language: NoteLanguage,
  serviceName: (id: string) => string,
): string {
  const text = TEXT[language]
  const date = noteDate(note.date, language)
  if (note.kind !== 'terms') return text[note.kind](date, serviceName(note.service))
  const parts = note.changes.map((change) => changeText(change, language))
  const list =
    parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')}${text.and}${parts.at(-1)}`
  const services = !note.everyService
    ? text.services(note.sla, note.services.map(serviceName).join(', '))
    : ''
  return text.terms(date, list, services)
}
