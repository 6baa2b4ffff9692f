/**
 * Agreements over time (formats.md, "Agreements over time"; metrics.md 4b):
 * an SLA's terms in force at an instant, the stretches of one set of terms
 * within a period, and when a customer subscribes a service. Dates are local
 * dates of the catalog's timezone and mean the start of that day.
 * Browser-safe: pure functions over the catalog.
 */
import type { Interval } from './calendar'
import type { Catalog, Sla } from './catalog'
import { startOfLocalDay } from './time'

/** The terms of an SLA as they read from one date on. */
export interface SlaTerms {
  /** The SLA, its fields replaced by every change up to this one. */
  sla: Sla
  /** The date of the change these terms come from; null for the SLA's original terms. */
  since: string | null
  /** Start of `since` in the catalog's timezone; -Infinity for the original terms. */
  start: number
}

/** Per SLA object and timezone: the terms are asked for once per ticket and stretch. */
const versionsCache = new WeakMap<Sla, Map<string, SlaTerms[]>>()

/** An SLA's terms, oldest first: its original terms, then one entry per change. */
export function slaVersions(sla: Sla, timezone: string): SlaTerms[] {
  let byZone = versionsCache.get(sla)
  if (!byZone) {
    byZone = new Map()
    versionsCache.set(sla, byZone)
  }
  const cached = byZone.get(timezone)
  if (cached) return cached
  let terms: Sla = sla
  const versions: SlaTerms[] = [{ sla, since: null, start: Number.NEGATIVE_INFINITY }]
  for (const change of sla.changes) {
    terms = {
      ...terms,
      availability: terms.availability && { ...terms.availability, ...definedFields(change.availability) },
      response: terms.response && { ...terms.response, ...definedFields(change.response) },
      resolution: terms.resolution && { ...terms.resolution, ...definedFields(change.resolution) },
      at_risk: change.at_risk ?? terms.at_risk,
    }
    versions.push({ sla: terms, since: change.from, start: startOfLocalDay(change.from, timezone) })
  }
  byZone.set(timezone, versions)
  return versions
}

function definedFields<T extends object>(fields: T | undefined): Partial<T> {
  if (!fields) return {}
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>
}

/** The SLA's terms in force at `at`: every change whose date is at or before `at` applied in order. */
export function slaTermsAt(sla: Sla, at: number, timezone: string): SlaTerms {
  const versions = slaVersions(sla, timezone)
  let found = versions[0] as SlaTerms
  for (const version of versions) if (version.start <= at) found = version
  return found
}

/** A stretch `[start, end)` of a period under one set of terms. */
export interface TermsStretch {
  start: number
  end: number
  terms: SlaTerms
}

/** `[from, to)` cut where the SLA's terms change. */
export function termsStretches(sla: Sla, from: number, to: number, timezone: string): TermsStretch[] {
  if (!(to > from)) return []
  const versions = slaVersions(sla, timezone)
  const stretches: TermsStretch[] = []
  versions.forEach((terms, i) => {
    const start = Math.max(terms.start, from)
    const end = Math.min(versions[i + 1]?.start ?? Number.POSITIVE_INFINITY, to)
    if (end > start) stretches.push({ start, end, terms })
  })
  return stretches
}

/** Whether the SLA's terms change within `[from, to)` (not at `from` itself). */
export function changesWithin(sla: Sla, from: number, to: number, timezone: string): SlaTerms[] {
  return slaVersions(sla, timezone).filter((terms) => terms.start > from && terms.start < to)
}

/** The time within `[from, to)` in which the customer subscribes the service, merged and sorted. */
export function subscribedIntervals(
  catalog: Catalog,
  customer: string,
  service: string,
  from: number,
  to: number,
): Interval[] {
  const entry = catalog.customers.find((candidate) => candidate.id === customer)
  if (!entry || !(to > from)) return []
  const pieces: Interval[] = []
  for (const subscription of entry.subscriptions) {
    if (subscription.service !== service) continue
    const start = Math.max(
      from,
      subscription.from ? startOfLocalDay(subscription.from, catalog.timezone) : from,
    )
    const end = Math.min(to, subscription.to ? startOfLocalDay(subscription.to, catalog.timezone) : to)
    if (end > start) pieces.push([start, end])
  }
  pieces.sort((a, b) => a[0] - b[0])
  const merged: Interval[] = []
  for (const [start, end] of pieces) {
    const last = merged.at(-1)
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else merged.push([start, end])
  }
  return merged
}

/** Whether the customer subscribes the service at some instant of `[from, to)`. */
export function subscribesWithin(
  catalog: Catalog,
  customer: string,
  service: string,
  from: number,
  to: number,
): boolean {
  return subscribedIntervals(catalog, customer, service, from, to).length > 0
}
