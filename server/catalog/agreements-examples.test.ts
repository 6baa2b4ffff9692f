/**
 * The worked examples of docs/agreements.md (metrics.md 4b) as files in
 * test/fixtures/agreements: loaded as the CLI would, every report equal to
 * expected.json (to 0.01), with its lines on changed agreements.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestFile } from '../../ingest/ingest'
import { parseBoundary } from '../../shared/time'
import { openTestStore, type TestStore } from '../../test/support/fixtures'
import { agreementLines, buildReport } from '../report/report'
import { readCatalogFile, saveCatalog } from './catalog'

const dir = new URL('../../test/fixtures/agreements/', import.meta.url)
const path = (name: string) => fileURLToPath(new URL(name, dir))

interface Entry {
  example: string
  catalog: 'catalog.yaml' | 'catalog-before.yaml'
  args: string[]
  notes: string[]
  report: object
}
const expected = JSON.parse(readFileSync(path('expected.json'), 'utf8')) as Entry[]
const arg = (args: string[], name: string) => args[args.indexOf(name) + 1] ?? ''

function toTwoDecimals(value: unknown): unknown {
  if (typeof value === 'number') return expect.closeTo(value, 2)
  if (Array.isArray(value)) return value.map(toTwoDecimals)
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toTwoDecimals(inner)]))
  return value
}

let t: TestStore
const reports = new Map<Entry, { report: object; notes: string[] }>()

beforeAll(async () => {
  t = await openTestStore()
  // Each entry is computed under its catalog, in the order of the README: before, then after.
  for (const file of ['catalog-before.yaml', 'catalog.yaml'] as const) {
    const catalog = await readCatalogFile(path(file))
    await saveCatalog(t.store, catalog, file)
    if (file === 'catalog-before.yaml') {
      await ingestFile(t.store, catalog, 'tickets', path('tickets.ndjson'))
      await ingestFile(t.store, catalog, 'checks', path('checks.ndjson'))
    }
    for (const entry of expected.filter((candidate) => candidate.catalog === file)) {
      const bound = (name: string) => parseBoundary(arg(entry.args, name), catalog.timezone) ?? Number.NaN
      const report = await buildReport(
        t.store,
        catalog,
        arg(entry.args, '--customer'),
        bound('--from'),
        bound('--to'),
      )
      const { tickets, availability, satisfaction } = report
      reports.set(entry, {
        report: { tickets, availability, satisfaction },
        notes: agreementLines(report, catalog, 'de'),
      })
    }
  }
}, 60_000)

afterAll(async () => {
  await t?.close()
})

describe('agreements examples (test/fixtures/agreements/expected.json)', () => {
  it.each(expected.map((entry) => [entry.example, entry.args.join(' '), entry] as const))(
    'example %s: %s',
    (_example, _args, entry) => {
      const computed = reports.get(entry)
      expect(computed?.report).toEqual(toTwoDecimals(entry.report))
      expect(computed?.notes).toEqual(entry.notes)
    },
  )
})
