/**
 * Catalog versions in the store: every load is kept with its load time; the
 * newest version is the catalog in force.
 */
import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { type Catalog, type CatalogProblem, validateCatalog } from '../../shared/catalog'
import { rebuildServiceStates } from '../availability/rollup'
import type { Store } from '../store'
import { exclusively } from '../store/exclusive'
import { sql, typed } from '../store/sql'
import { rebuildTicketHistory } from '../tickets/history'

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

export async function saveCatalog(store: Store, catalog: Catalog, source: string): Promise<CatalogVersion> {
  const [latest] = await store.query<{ version: number }>(
    sql`SELECT max(version) AS version FROM catalog_versions`,
  )
  const version = (latest?.version ?? 0) + 1
  const loadedAt = new Date()
  await store.command(
    sql`INSERT INTO catalog_versions VALUES (${typed('UInt64', version)}, ${loadedAt}, ${source}, ${JSON.stringify(catalog)})`,
  )
  // SLAs and calendars may have changed: every ticket's clocks are recomputed,
  // and the availability rollup of services whose check interval changed.
  recent.delete(storeKey(store))
  await exclusively(async () => {
    await rebuildTicketHistory(store, catalog, 'all')
    await rebuildServiceStates(store, catalog, 'stale')
  })
  return { version, loadedAt: loadedAt.toISOString(), source, catalog }
}

interface CatalogRow {
  version: number
  loaded_at: string
  source: string
  catalog: string
}

function toVersion(row: CatalogRow): CatalogVersion {
  return {
    version: row.version,
    loadedAt: `${row.loaded_at.replace(' ', 'T')}Z`,
    source: row.source,
    catalog: JSON.parse(row.catalog) as Catalog,
  }
}

export async function currentCatalog(store: Store): Promise<CatalogVersion | undefined> {
  const [row] = await store.query<CatalogRow>(
    sql`SELECT version, loaded_at, source, catalog FROM catalog_versions ORDER BY version DESC LIMIT 1`,
  )
  return row ? toVersion(row) : undefined
}

// The catalog in force per store, for the push path that asks many times a second.
const recent = new Map<string, { readAt: number; current: CatalogVersion | undefined }>()
const storeKey = (store: Store) => `${store.location}/${store.database}`
const RECENT_MS = 1000

/**
 * The catalog in force, read at most once a second; one saved in this
 * process takes effect at once, one saved by another process (sharing a
 * ClickHouse server) within a second.
 */
export async function recentCatalog(store: Store): Promise<CatalogVersion | undefined> {
  const key = storeKey(store)
  const known = recent.get(key)
  if (known && Date.now() - known.readAt < RECENT_MS) return known.current
  const current = await currentCatalog(store)
  recent.set(key, { readAt: Date.now(), current })
  return current
}

export async function requireCatalog(store: Store): Promise<CatalogVersion> {
  const current = await currentCatalog(store)
  if (!current) throw new NoCatalogError()
  return current
}

/** The history of loads, newest first, without the documents. */
export async function catalogHistory(store: Store): Promise<Omit<CatalogVersion, 'catalog'>[]> {
  const rows = await store.query<Omit<CatalogRow, 'catalog'>>(
    sql`SELECT version, loaded_at, source FROM catalog_versions ORDER BY version DESC`,
  )
  return rows.map((row) => ({
    version: row.version,
    loadedAt: `${row.loaded_at.replace(' ', 'T')}Z`,
    source: row.source,
  }))
}
