/**
 * Input a security review found stored without a word: each record now goes
 * to quarantine with a reason that names the real problem.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listQuarantine } from '../server/quarantine/quarantine'
import { sql } from '../server/store/sql'
import { openTestStore, type TestStore, testCatalog, withCatalog } from '../test/support/fixtures'
import { IngestError, ingestFile } from './ingest'

let t: TestStore
const catalog = testCatalog()

beforeAll(async () => {
  t = await openTestStore()
  await withCatalog(t.store, catalog)
})
afterAll(() => t.close())

/** The quarantine reasons of a file's latest run, by line. */
async function reasons(file: string): Promise<Record<number, string>> {
  const records = await listQuarantine(t.store)
  return Object.fromEntries(records.filter((r) => r.source === file).map((r) => [r.line, r.reason]))
}

const created = (id: string, at: string) =>
  JSON.stringify({ id, ticket: id, at, type: 'created', customer: 'im', service: 'email', priority: 'P2' })

const storedAt = async (id: string) =>
  (
    await t.store.query<{ at: string }>(
      sql`SELECT toString(at) AS at FROM ticket_events FINAL WHERE id = ${id}`,
    )
  )[0]?.at

describe('ingest refuses bad input with a reason', () => {
  it('quarantines invalid UTF-8 in NDJSON and CSV instead of replacing it', async () => {
    const ndjsonFile = join(t.dir, 'utf8.ndjson')
    await writeFile(
      ndjsonFile,
      Buffer.concat([
        Buffer.from(`${created('u1', '2026-03-02T09:00:00+01:00')}\n`),
        // "Gr\xfc\xdfe" in Latin-1: not UTF-8.
        Buffer.from(
          '{"id":"u2","at":"2026-03-02T09:00:00+01:00","customer":"im","kind":"csat","score":4,"comment":"Gr',
        ),
        Buffer.from([0xfc, 0xdf]),
        Buffer.from('e"}\n'),
      ]),
    )
    const csvFile = join(t.dir, 'utf8.csv')
    await writeFile(
      csvFile,
      Buffer.concat([
        Buffer.from('id,at,customer,kind,score,comment\nc1,2026-03-02T09:00:00+01:00,im,csat,4,gut\n'),
        Buffer.from('c2,2026-03-02T09:00:00+01:00,im,csat,4,Gr'),
        Buffer.from([0xfc, 0xdf]),
        Buffer.from('e\n'),
      ]),
    )
    const surveys = await ingestFile(t.store, catalog, 'surveys', ndjsonFile)
    expect(surveys).toMatchObject({ read: 2, stored: 0, quarantined: 2 })
    expect((await reasons(ndjsonFile))[2]).toMatch(/^invalid UTF-8/)
    const csv = await ingestFile(t.store, catalog, 'surveys', csvFile)
    expect(csv).toMatchObject({ read: 2, stored: 1, quarantined: 1 })
    expect(await reasons(csvFile)).toEqual({ 3: expect.stringMatching(/^invalid UTF-8/) })
  })

  it('refuses a CSV whose header names a column twice, and quarantines an NDJSON record with a key twice', async () => {
    const csvFile = await t.file(
      'twice.csv',
      'id,ticket,at,type,customer,service,priority,at\nd1,d1,2026-03-02T09:00:00+01:00,created,im,email,P2,2026-03-09T09:00:00+01:00\n',
    )
    const failure = ingestFile(t.store, catalog, 'tickets', csvFile)
    await expect(failure).rejects.toThrow(IngestError)
    await expect(failure).rejects.toThrow("the header names column 'at' twice (columns 3 and 8)")

    const ndjsonFile = await t.file(
      'twice.ndjson',
      [
        '{"id":"d2","ticket":"d2","at":"2026-03-02T09:00:00+01:00","type":"created","customer":"im","service":"email","priority":"P2","priority":"P1"}',
        '{"id":"d3","ticket":"d3","at":"2026-03-02T09:00:00+01:00","type":"created","customer":"im","service":"email","priority" : "P2", "priority":"P1"}',
        // A colon inside a value is no key; the same name in a nested object is no repeat.
        '{"id":"d4","ticket":"d4","at":"2026-03-02T09:00:00+01:00","type":"created","customer":"im","service":"email","priority":"P2","category":"a\\":b","x":{"id":"y"}}',
      ].join('\n'),
    )
    expect(await ingestFile(t.store, catalog, 'tickets', ndjsonFile)).toMatchObject({
      read: 3,
      stored: 1,
      quarantined: 2,
    })
    expect(await reasons(ndjsonFile)).toEqual({
      1: expect.stringMatching(/^duplicate key 'priority'/),
      2: expect.stringMatching(/^duplicate key 'priority'/),
    })
  })

  it('quarantines a local time of the skipped hour and reads the repeated hour as its earlier occurrence', async () => {
    const file = await t.file(
      'dst.ndjson',
      [
        created('t1', '2026-03-29T02:30'),
        created('t2', '2026-10-25T02:30'),
        created('t3', '2026-03-29T03:30'),
      ].join('\n'),
    )
    expect(await ingestFile(t.store, catalog, 'tickets', file)).toMatchObject({ stored: 2, quarantined: 1 })
    expect(await reasons(file)).toEqual({
      1: "at: local time '2026-03-29T02:30' does not exist in Europe/Berlin (the clocks skip that hour when summer time starts)",
    })
    // 02:30 on 25 October happens twice: the earlier one is summer time, +02:00 = 00:30 UTC.
    expect(await storedAt('t2')).toBe('2026-10-25 00:30:00.000')
    // 03:30 on 29 March is summer time already: 01:30 UTC.
    expect(await storedAt('t3')).toBe('2026-03-29 01:30:00.000')
  })

  it('quarantines timestamps and periods outside 2000-01-01 to 2100-12-31', async () => {
    const file = await t.file(
      'years.ndjson',
      [
        created('y1', '0001-01-01T00:00:00Z'),
        created('y2', '9999-12-31T23:00:00Z'),
        created('y3', '1900-05-01T10:00:00+01:00'),
        created('y4', '2000-01-01T00:00:00Z'),
        created('y5', '2100-12-31T23:59:59Z'),
      ].join('\n'),
    )
    expect(await ingestFile(t.store, catalog, 'tickets', file)).toMatchObject({ stored: 2, quarantined: 3 })
    expect(await reasons(file)).toEqual({
      1: "at: '0001-01-01T00:00:00Z' is outside the supported range 2000-01-01 to 2100-12-31",
      2: "at: '9999-12-31T23:00:00Z' is outside the supported range 2000-01-01 to 2100-12-31",
      3: "at: '1900-05-01T10:00:00+01:00' is outside the supported range 2000-01-01 to 2100-12-31",
    })
    const kpis = await t.file(
      'years-kpis.ndjson',
      '{"kpi":"k","period":"9999","value":1}\n{"kpi":"k","period":"2026-Q1","value":1}',
    )
    expect(await ingestFile(t.store, catalog, 'kpis', kpis)).toMatchObject({ stored: 1, quarantined: 1 })
    expect(await reasons(kpis)).toEqual({
      1: "period: '9999' is outside the supported range 2000-01-01 to 2100-12-31",
    })
  })

  it('accepts a byte order mark at the start of an NDJSON file, as in CSV', async () => {
    const file = await t.file('bom.ndjson', `\uFEFF${created('b1', '2026-03-02T09:00:00+01:00')}\n`)
    expect(await ingestFile(t.store, catalog, 'tickets', file)).toMatchObject({ stored: 1, quarantined: 0 })
    expect(await storedAt('b1')).toBe('2026-03-02 08:00:00.000')
  })

  it('names what is wrong with a score instead of calling it missing', async () => {
    const survey = (id: string, score: string) =>
      `{"id":"${id}","at":"2026-03-02T09:00:00+01:00","customer":"im","kind":"csat","score":${score}}`
    const file = await t.file(
      'scores.ndjson',
      [
        survey('s1', '"0x4"'),
        survey('s2', '"NaN"'),
        survey('s3', '1e400'),
        survey('s4', '"4"'),
        survey('s5', 'null'),
      ].join('\n'),
    )
    const csv = await t.file(
      'scores.csv',
      'id,at,customer,kind,score\ns6,2026-03-02T09:00:00+01:00,im,csat,0x4\n',
    )
    expect(await ingestFile(t.store, catalog, 'surveys', file)).toMatchObject({ stored: 1, quarantined: 4 })
    expect(await reasons(file)).toEqual({
      1: "score: '0x4' is not a decimal number",
      2: "score: 'NaN' is not a decimal number",
      3: 'score: Infinity is out of range (not a finite number)',
      5: 'score: null is not a decimal number',
    })
    await ingestFile(t.store, catalog, 'surveys', csv)
    expect(await reasons(csv)).toEqual({ 2: "score: '0x4' is not a decimal number" })
  })

  it('quarantines overlong fields: a 2 MB comment is neither stored nor kept whole', async () => {
    const comment = 'x'.repeat(2 * 2 ** 20)
    const file = await t.file(
      'long.ndjson',
      [
        JSON.stringify({
          id: 'l1',
          at: '2026-03-02T09:00:00+01:00',
          customer: 'im',
          kind: 'csat',
          score: 4,
          comment,
        }),
        JSON.stringify({
          id: 'l2',
          at: '2026-03-02T09:00:00+01:00',
          customer: 'im',
          kind: 'csat',
          score: 4,
          comment: 'y'.repeat(10_000),
        }),
        created('t'.repeat(201), '2026-03-02T09:00:00+01:00'),
      ].join('\n'),
    )
    expect(await ingestFile(t.store, catalog, 'surveys', file)).toMatchObject({ stored: 1, quarantined: 2 })
    expect(await reasons(file)).toMatchObject({
      1: 'comment: is longer than 10,000 characters',
      3: expect.stringContaining('id: is longer than 200 characters'),
    })
    const [kept] = await t.store.query<{ length: number }>(
      sql`SELECT max(length(raw)) AS length FROM quarantine WHERE source = ${file}`,
    )
    expect(Number(kept?.length)).toBeLessThan(21_000)
  })
})
