/**
 * Test fixtures: a real embedded chDB store in a temporary folder (one per
 * test file: chDB binds one data folder per process and vitest forks a
 * process per file), catalogs with defaults, event files.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { saveCatalog } from '../../server/catalog/catalog'
import { openStore, type Store } from '../../server/store'
import { migrate } from '../../server/store/migrate'
import { type Catalog, type CatalogInput, validateCatalog } from '../../shared/catalog'

export interface TestStore {
  store: Store
  dir: string
  /** Writes an event file into the test folder and returns its path. */
  file(name: string, content: string): Promise<string>
  close(): Promise<void>
}

export async function openTestStore(): Promise<TestStore> {
  const dir = await mkdtemp(join(tmpdir(), 'leitstand-test-'))
  const store = await openStore({ dataDir: join(dir, 'data') })
  await migrate(store)
  return {
    store,
    dir,
    async file(name, content) {
      const path = join(dir, name)
      await writeFile(path, content)
      return path
    },
    async close() {
      await store.close()
      // chDB may still be writing a merged part as the store closes: try again shortly.
      await rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 })
    },
  }
}

/** The office calendar and SLA of metrics.md section 7, two ministries, two services. */
export function testCatalog(overrides: Partial<CatalogInput> = {}): Catalog {
  const input: CatalogInput = {
    timezone: 'Europe/Berlin',
    calendars: [
      {
        id: 'office',
        timezone: 'Europe/Berlin',
        holidays: 'DE-MV',
        hours: {
          mon: '08:00-16:00',
          tue: '08:00-16:00',
          wed: '08:00-16:00',
          thu: '08:00-16:00',
          fri: '08:00-16:00',
        },
      },
      { id: 'always', hours: '24x7' },
    ],
    customers: [
      { id: 'im', name: 'Ministerium für Inneres, Bau und Digitalisierung', services: ['email', 'eakte'] },
      { id: 'fm', name: 'Finanzministerium', services: ['email'] },
    ],
    services: [
      { id: 'email', name: 'E-Mail', check_interval: 60 },
      { id: 'eakte', name: 'E-Akte', check_interval: 60 },
    ],
    slas: [
      {
        id: 'standard',
        customers: '*',
        services: ['email'],
        availability: { target: 99.5, calendar: 'always' },
        response: { calendar: 'office', P1: '30m', P2: '2h', P3: '4h', P4: '8h' },
        resolution: { calendar: 'office', P1: '4h', P2: '8h', P3: '24h', P4: '40h' },
        at_risk: 75,
      },
    ],
    ...overrides,
  }
  const result = validateCatalog(input)
  if (!result.ok) throw new Error(`test catalog invalid: ${JSON.stringify(result.problems)}`)
  return result.catalog
}

export async function withCatalog(store: Store, catalog: Catalog = testCatalog()): Promise<Catalog> {
  await saveCatalog(store, catalog, 'test')
  return catalog
}

export const ndjson = (records: object[]) => `${records.map((r) => JSON.stringify(r)).join('\n')}\n`
