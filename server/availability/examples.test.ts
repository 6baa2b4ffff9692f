import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestFile } from '../../ingest/ingest'
import type { Catalog } from '../../shared/catalog'
import { parseBoundary } from '../../shared/time'
import { ndjson, openTestStore, type TestStore } from '../../test/support/fixtures'
import { readCatalogFile } from '../catalog/catalog'
import { availabilityFigures } from './report'

// The worked examples of docs/metrics.md (section 7) as files, kept in the repository.
const examplesDir = new URL('../../test/fixtures/worked-examples/', import.meta.url)
const examplePath = (name: string) => fileURLToPath(new URL(name, examplesDir))

interface ExpectedEntry {
  example: number
  args: string[]
  report: { availability: unknown }
}
const expected = JSON.parse(readFileSync(examplePath('expected.json'), 'utf8')) as ExpectedEntry[]
const arg = (args: string[], name: string) => args[args.indexOf(name) + 1] ?? ''

/** `expected` with every number replaced by a matcher to 0.01, as the examples' README asks. */
function toTwoDecimals(value: unknown): unknown {
  if (typeof value === 'number') return expect.closeTo(value, 2)
  if (Array.isArray(value)) return value.map(toTwoDecimals)
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toTwoDecimals(inner)]))
  return value
}

const t = (iso: string) => Date.parse(iso)

let test: TestStore
let catalog: Catalog

beforeAll(async () => {
  test = await openTestStore()
  catalog = await readCatalogFile(examplePath('catalog.yaml'))
  const summary = await ingestFile(test.store, catalog, 'checks', examplePath('checks.ndjson'))
  expect(summary).toMatchObject({ read: 1380, stored: 1380, quarantined: 0 })
})

afterAll(async () => {
  await test?.close()
})

describe('worked examples (metrics.md section 7, examples/expected.json)', () => {
  it.each(
    expected.map(
      (entry) => [entry.example, arg(entry.args, '--from'), arg(entry.args, '--to'), entry] as const,
    ),
  )('example %i, %s to %s', async (_example, from, to, entry) => {
    const figures = await availabilityFigures(
      test.store,
      catalog,
      arg(entry.args, '--customer'),
      parseBoundary(from, catalog.timezone) ?? Number.NaN,
      parseBoundary(to, catalog.timezone) ?? Number.NaN,
    )
    expect(figures).toEqual(toTwoDecimals(entry.report.availability))
  })

  it('5. daylight saving: W = 1380 min, down 30, up 1350, availability 97.8261, 1 outage of 30 min', async () => {
    // The local day 2026-03-29 has 23 hours; 10:00-10:29 CEST is 08:00-08:29 UTC.
    const figures = await availabilityFigures(
      test.store,
      catalog,
      'im',
      t('2026-03-29T00:00+01:00'),
      t('2026-03-30T00:00+02:00'),
    )
    const [email] = figures.services
    // 1350 / 1380 * 100 = 97.826087; allowed = (1 - 0.995) * 1380 = 6.9; (6.9 - 30) / 6.9 * 100 = -334.7826.
    expect(email).toEqual({
      service: 'email',
      target: 99.5,
      availability: expect.closeTo(97.8261, 4),
      met: false,
      up_minutes: 1350,
      down_minutes: 30,
      degraded_minutes: 0,
      coverage: 100,
      outages: 1,
      mttr_minutes: 30,
      budget_remaining: expect.closeTo(-334.7826, 4),
    })
    expect(figures.overall).toBeCloseTo(97.8261, 4)
  })

  it('6. gaps: checks 10:00 and 10:05 (up), interval 60 s: up 2 min, unknown 3 min', async () => {
    // A day without other checks (Tuesday 2026-03-31; example 5's last check still holds into 03-30).
    const file = await test.file(
      'example-6.ndjson',
      ndjson([
        { service: 'email', at: '2026-03-31T10:00:00+02:00', status: 'up' },
        { service: 'email', at: '2026-03-31T10:05:00+02:00', status: 'up' },
      ]),
    )
    await ingestFile(test.store, catalog, 'checks', file)
    // Period 10:00-10:05: W = 5 min; up 10:00-10:02 (2 min), unknown 10:02-10:05 (3 min).
    // Coverage counts only known time: 2 / 5 = 40 %; availability 2 / 2 = 100 %.
    const figures = await availabilityFigures(
      test.store,
      catalog,
      'im',
      t('2026-03-31T10:00+02:00'),
      t('2026-03-31T10:05+02:00'),
    )
    expect(figures.services[0]).toMatchObject({
      up_minutes: 2,
      down_minutes: 0,
      degraded_minutes: 0,
      availability: 100,
      met: true,
      coverage: 40,
      outages: 0,
      mttr_minutes: null,
    })
    // The whole day: W = 1440 min; known: 2 min after 10:00 and 2 min after 10:05 = 4 min.
    const day = await availabilityFigures(
      test.store,
      catalog,
      'im',
      t('2026-03-31T00:00+02:00'),
      t('2026-04-01T00:00+02:00'),
    )
    expect(day.services[0]).toMatchObject({ up_minutes: 4, availability: 100 })
    expect(day.services[0]?.coverage).toBeCloseTo((4 / 1440) * 100, 10)
  })
})
