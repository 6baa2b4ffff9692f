/**
 * Catalog versions in the store: every load is kept with its load time; the
 * newest version is the catalog in force.
 */
import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { type Catalog, type CatalogProblem, slaFor, validateCatalog } from '../../shared/catalog'
import { type CatalogDiff, catalogDiff, slaMatching, ticketTermsChanges } from '../../shared/catalog-diff'
import { ALL_DAYS, recordChange } from '../cache/changes'
import { deriveCatalog } from '../derive'
import type { RebuildSelection } from '../derive/ticket-history/rebuild'
import type { Store } from '../store'
import { recentRead } from '../store/recent'
import { type Sql, sql, typed } from '../store/sql'

export interface CatalogVersion {
  version: number
  loadedAt: string
  source: string
  catalog: Catalog
}

export class CatalogInvalidError extends Error {
  override name = 'CatalogInvalidError'
  constructor(readonly problems: CatalogProblem[]) {
    super(`catalog is invalid:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`)
  }
}

export class NoCatalogError extends Error {
  override name = 'NoCatalogError'
  constructor() {
    super('no catalog loaded yet: run `leitstand catalog FILE` first')
  }
}

/** Reads YAML or JSON (by extension; JSON is valid YAML too) and validates it. */
export async function readCatalogFile(path: string): Promise<Catalog> {
  const text = await readFile(path, 'utf8')
  let document: unknown
  try {
    document = extname(path).toLowerCase() === '.json' ? JSON.parse(text) : parseYaml(text)
  } catch (error) {
    throw new CatalogInvalidError([
      { path: '(file)', message: `cannot parse ${path}: ${(error as Error).message}` },
    ])
  }
  const result = validateCatalog(document)
  if (!result.ok) throw new CatalogInvalidError(result.problems)
  return result.catalog
}

export interface SavedCatalog extends CatalogVersion {
  /** How many tickets' clocks the load recomputed (those whose terms it changed). */
  recomputedTickets: number
  /** Whether it recomputed every ticket (the first load, or a new timezone). */
  recomputedAll: boolean
}

export async function saveCatalog(store: Store, catalog: Catalog, source: string): Promise<SavedCatalog> {
  const previous = await currentCatalog(store)
  const version = (previous?.version ?? 0) + 1
  const loadedAt = new Date()
  await store.command(
    sql`INSERT INTO catalog_versions VALUES (${typed('UInt64', version)}, ${loadedAt}, ${source}, ${JSON.stringify(catalog)})`,
  )
  // The clocks of the tickets whose SLA terms changed are recomputed, and the
  // availability rollup of services whose check interval changed (one
  // derivation at a time, ingest runs included).
  recent.forget(store)
  const affected = await affectedTickets(store, previous?.catalog, catalog)
  const recomputedTickets = await deriveCatalog(store, catalog, affected)
  await recordChange(store, 'catalog', [ALL_DAYS])
  return {
    version,
    loadedAt: loadedAt.toISOString(),
    source,
    catalog,
    recomputedTickets,
    recomputedAll: affected === 'all',
  }
}

/**
 * The tickets whose clocks a load changes (metrics.md 4b): a ticket runs
 * under the terms in force at its creation, so an SLA change from a date on
 * touches only the tickets of that SLA created from then on; a ticket whose
 * (customer, service) pair now maps to another SLA (or none) is recomputed
 * whole. Undefined: none. A new timezone moves every calendar: all.
 */
async function affectedTickets(
  store: Store,
  before: Catalog | undefined,
  after: Catalog,
): Promise<RebuildSelection | undefined> {
  if (!before || before.timezone !== after.timezone) return 'all'
  const parts: Sql[] = []
  for (const [sla, from] of ticketTermsChanges(before, after)) {
    parts.push(
      from === Number.NEGATIVE_INFINITY
        ? sql`sla = ${sla}`
        : sql`(sla = ${sla} AND created_at >= ${new Date(from)})`,
    )
  }
  if (slaMatching(before) !== slaMatching(after)) {
    const pairs = await store.query<{ customer: string; service: string; sla: string }>(
      sql`SELECT DISTINCT customer, service, sla FROM ticket_history FINAL`,
    )
    // As the ticket clock does: without both ids a ticket has no SLA.
    const moved = pairs.filter(
      (pair) =>
        (pair.customer && pair.service ? (slaFor(after, pair.customer, pair.service)?.id ?? '') : '') !==
        pair.sla,
    )
    if (moved.length > 0) {
      const customers = moved.map((pair) => pair.customer)
      const services = moved.map((pair) => pair.service)
      parts.push(sql`has(arrayZip(${customers}, ${services}), (toString(customer), toString(service)))`)
    }
  }
  if (parts.length === 0) return undefined
  return { history: parts.reduce((all, part) => sql`${all} OR ${part}`) }
}

interface CatalogRow {
  version: number
  loaded_at: string
  source: string
  catalog: string
}

/** A version stored before dated agreements has no `subscriptions` and no `changes`: they are read as "always" and "none". */
function storedCatalog(text: string): Catalog {
  const catalog = JSON.parse(text) as Catalog
  for (const customer of catalog.customers)
    customer.subscriptions ??= customer.services.map((service) => ({ service }))
  for (const sla of catalog.slas) sla.changes ??= []
  return catalog
}

function toVersion(row: CatalogRow): CatalogVersion {
  return {
    version: row.version,
    loadedAt: `${row.loaded_at.replace(' ', 'T')}Z`,
    source: row.source,
    catalog: storedCatalog(row.catalog),
  }
}

export async function currentCatalog(store: Store): Promise<CatalogVersion | undefined> {
  const [row] = await store.query<CatalogRow>(
    sql`SELECT version, loaded_at, source, catalog FROM catalog_versions ORDER BY version DESC LIMIT 1`,
  )
  return row ? toVersion(row) : undefined
}

// The catalog in force per store, for the push path that asks many times a second.
const recent = recentRead(currentCatalog)

/**
 * The catalog in force, without a store read on the way of a push: one older
 * than a second is still used while it is read again in the background. One
 * saved in this process takes effect at once, one saved by another process
 * (sharing a ClickHouse server) within about a second.
 */
export function recentCatalog(store: Store): Promise<CatalogVersion | undefined> {
  return recent.get(store)
}

export async function requireCatalog(store: Store): Promise<CatalogVersion> {
  const current = await currentCatalog(store)
  if (!current) throw new NoCatalogError()
  return current
}

export interface CatalogLoad extends Omit<CatalogVersion, 'catalog'> {
  /** What this load added, removed and changed against the one before it. */
  diff: CatalogDiff
}

/**
 * Every load, newest first, each with what it changed against the one before,
 * so that a figure can be traced to the agreement it was measured against.
 */
export async function catalogLoads(store: Store): Promise<CatalogLoad[]> {
  const rows = await store.query<CatalogRow>(
    sql`SELECT version, loaded_at, source, catalog FROM catalog_versions ORDER BY version`,
  )
  const loads: CatalogLoad[] = []
  let previous: Catalog | undefined
  for (const row of rows) {
    const { catalog, ...load } = toVersion(row)
    loads.push({ ...load, diff: catalogDiff(previous, catalog) })
    previous = catalog
  }
  return loads.reverse()
}
