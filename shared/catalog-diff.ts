/**
 * What a catalog load changes against the one before: per kind (SLAs,
 * subscriptions, calendars, customers, services) what was added, removed or
 * changed, and from which instant each SLA's ticket terms differ, so that a
 * load recomputes only the tickets it affects. Browser-safe.
 */
import { slaVersions } from './agreements'
import type { Catalog, Sla } from './catalog'

export interface KindDiff {
  added: string[]
  removed: string[]
  changed: string[]
}

export interface CatalogDiff {
  slas: KindDiff
  /** `customer/service` keys; a changed one has other dates. */
  subscriptions: KindDiff
  calendars: KindDiff
  customers: KindDiff
  services: KindDiff
  goals: KindDiff
  timezone: boolean
}

const canonical = (value: unknown) => JSON.stringify(value)

function diffById<T>(before: ReadonlyMap<string, T>, after: ReadonlyMap<string, T>): KindDiff {
  const diff: KindDiff = { added: [], removed: [], changed: [] }
  for (const [id, value] of after) {
    if (!before.has(id)) diff.added.push(id)
    else if (canonical(before.get(id)) !== canonical(value)) diff.changed.push(id)
  }
  for (const id of before.keys()) if (!after.has(id)) diff.removed.push(id)
  return diff
}

const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((item) => [item.id, item]))

function subscriptionsById(catalog: Catalog) {
  const map = new Map<string, Array<{ from?: string; to?: string }>>()
  for (const customer of catalog.customers) {
    for (const { service, from, to } of customer.subscriptions) {
      const key = `${customer.id}/${service}`
      map.set(key, [...(map.get(key) ?? []), { from, to }])
    }
  }
  return map
}

/** Everything the load `after` changes against `before` (nothing before: all added). */
export function catalogDiff(before: Catalog | undefined, after: Catalog): CatalogDiff {
  const empty = new Map<string, never>()
  return {
    slas: diffById(before ? byId(before.slas) : empty, byId(after.slas)),
    subscriptions: diffById(before ? subscriptionsById(before) : empty, subscriptionsById(after)),
    calendars: diffById(before ? byId(before.calendars) : empty, byId(after.calendars)),
    customers: diffById(
      before ? new Map(before.customers.map((c) => [c.id, c.name])) : empty,
      new Map(after.customers.map((c) => [c.id, c.name])),
    ),
    services: diffById(before ? byId(before.services) : empty, byId(after.services)),
    goals: diffById(before ? byId(before.goals) : empty, byId(after.goals)),
    timezone: before !== undefined && before.timezone !== after.timezone,
  }
}

/** Which SLA matches which pair: its order, ids and customer/service lists. */
export const slaMatching = (catalog: Catalog) =>
  canonical(catalog.slas.map((sla) => [sla.id, sla.customers, sla.services]))

/** What of a set of terms a ticket's clocks read: targets, calendars (their definitions) and at_risk. */
function ticketTerms(sla: Sla, catalog: Catalog): string {
  const calendar = (id: string | undefined) => catalog.calendars.find((candidate) => candidate.id === id)
  return canonical([
    sla.response,
    calendar(sla.response?.calendar),
    sla.resolution,
    calendar(sla.resolution?.calendar),
    sla.at_risk,
  ])
}

/**
 * For each SLA in both catalogs, the earliest instant from which its ticket
 * terms differ (-Infinity: from the start); SLAs whose terms agree at every
 * instant are left out. Tickets of an SLA created before its instant keep
 * their clocks (metrics.md 4b).
 */
export function ticketTermsChanges(before: Catalog, after: Catalog): Map<string, number> {
  const changes = new Map<string, number>()
  const previous = byId(before.slas)
  for (const sla of after.slas) {
    const old = previous.get(sla.id)
    if (!old) continue
    const oldVersions = slaVersions(old, before.timezone)
    const newVersions = slaVersions(sla, after.timezone)
    const instants = [...new Set([...oldVersions, ...newVersions].map((terms) => terms.start))].sort(
      (a, b) => a - b,
    )
    const inForce = (versions: typeof oldVersions, at: number) =>
      versions.filter((terms) => terms.start <= at).at(-1) ?? versions[0]
    for (const at of instants) {
      const a = inForce(oldVersions, at)
      const b = inForce(newVersions, at)
      if (!a || !b || ticketTerms(a.sla, before) !== ticketTerms(b.sla, after)) {
        changes.set(sla.id, at)
        break
      }
    }
  }
  return changes
}
