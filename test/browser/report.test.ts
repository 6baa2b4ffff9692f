/**
 * The ministry report, its PDF and the goal cockpit end to end: real chDB,
 * the real server with the built web app, Debian Chromium. The figures are
 * worked out by hand from metrics.md, not copied from the code's output.
 */
import { execFile, execFileSync } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestFile } from '../../ingest/ingest'
import type { Catalog } from '../../shared/catalog'
import {
  buildWebIfStale,
  launchChromium,
  openPage,
  SCREENSHOTS,
  screenshot,
  signIn,
  startServer,
  type TestServer,
  tableCells,
  watchBrowserErrors,
} from '../support/browser'
import { ndjson, openTestStore, type TestStore, testCatalog, withCatalog } from '../support/fixtures'

const MARCH = 'von=2026-03-01&bis=2026-04-01'
const execFileAsync = promisify(execFile)

// ---------------------------------------------------------------- fixtures

/** P2: resolution target 8 h = 480 business minutes, office Mon-Fri 08:00-16:00. */
const ticket = (id: string, customer: string, created: string, resolved?: string) => [
  { id: `${id}a`, ticket: id, at: created, type: 'created', customer, service: 'email', priority: 'P2' },
  ...(resolved ? [{ id: `${id}b`, ticket: id, at: resolved, type: 'status', status: 'resolved' }] : []),
]
const TICKETS = [
  ...ticket('I1', 'im', '2026-03-02T09:00:00+01:00', '2026-03-02T10:00:00+01:00'), // 60 min, met
  ...ticket('I2', 'im', '2026-03-03T09:00:00+01:00', '2026-03-03T11:00:00+01:00'), // 120 min, met
  ...ticket('F1', 'fm', '2026-03-02T09:00:00+01:00', '2026-03-02T10:00:00+01:00'), // 60 min, met
  // Mon 480 + Tue 480 + Wed 08:00-09:00 60 = 1020 min > 480: breached
  ...ticket('F2', 'fm', '2026-03-02T08:00:00+01:00', '2026-03-04T09:00:00+01:00'),
]

const survey = (id: string, customer: string, score: number, extra: object = {}) => ({
  id,
  at: '2026-03-10T12:00:00+01:00',
  customer,
  kind: 'csat',
  score,
  ...extra,
})
const SURVEYS = [
  survey('s1', 'im', 5, { ticket: 'I1', comment: 'Schnell erledigt' }),
  survey('s2', 'im', 4, { ticket: 'I2' }),
  survey('s3', 'im', 3),
  survey('s4', 'fm', 5, { ticket: 'F2', comment: 'FM intern' }),
]

/**
 * E-mail (24x7, target 99.5 %), one probe, a check every minute on Tue
 * 10 March 2026 from 00:00 to 23:59 (+01:00), down 10:00 to 10:29: the 10:30
 * check is up again.
 */
const CHECKS = Array.from({ length: 24 * 60 }, (_, minute) => {
  const at = new Date(Date.parse('2026-03-10T00:00:00+01:00') + minute * 60_000).toISOString()
  return { service: 'email', at, status: minute >= 600 && minute < 630 ? 'down' : 'up' }
})

// ------------------------------------------------------------------ set-up

let testStore: TestStore
let catalog: Catalog
let server: TestServer
let browser: Browser
const failures: string[] = []

async function signedIn(userButton: string): Promise<{ context: BrowserContext; page: Page }> {
  const user = await openPage(browser, server.base, { timezoneId: 'Europe/Berlin' })
  watchBrowserErrors(user.page, failures, /status of 403/)
  await signIn(user.page, server.base, userButton)
  return user
}

/** The session cookie of a browser context, for fetching a download as that user. */
async function cookieHeader(context: BrowserContext): Promise<string> {
  return (await context.cookies(server.base)).map((c) => `${c.name}=${c.value}`).join('; ')
}

beforeAll(async () => {
  const built = buildWebIfStale()
  testStore = await openTestStore()
  catalog = await withCatalog(
    testStore.store,
    testCatalog({
      // The agreed shares of tickets in time: 95 % of first responses, 90 % of resolutions.
      slas: [
        {
          id: 'standard',
          customers: '*',
          services: ['email'],
          availability: { target: 99.5, calendar: 'always' },
          response: { calendar: 'office', P1: '30m', P2: '2h', P3: '4h', P4: '8h' },
          resolution: { calendar: 'office', P1: '4h', P2: '8h', P3: '24h', P4: '40h' },
          compliance: { response: 95, resolution: 90 },
        },
      ],
      goals: [
        {
          id: 'zuverlaessigkeit',
          name: 'Zuverlässigkeit',
          kpis: [
            {
              id: 'loesung',
              name: 'Lösungszeit eingehalten',
              metric: 'resolution_compliance',
              target: 90,
              warn: 85,
            },
          ],
        },
        {
          // Ten more KPIs, never measured: twelve in all, as many as the demo catalog has.
          id: 'messbarkeit',
          name: 'Messbarkeit',
          kpis: Array.from({ length: 10 }, (_, i) => ({
            id: `mess-${i + 1}`,
            name: `Messgröße ${i + 1}`,
            metric: `kpi:measure_${i + 1}`,
            target: 50,
          })),
        },
        {
          id: 'mitarbeitende',
          name: 'Mitarbeitendenzufriedenheit',
          kpis: [
            {
              id: 'mazi',
              name: 'Zufriedenheit der Mitarbeitenden',
              metric: 'kpi:employee_satisfaction',
              target: 75,
              warn: 70,
            },
          ],
        },
      ],
    }),
  )
  const load = async (kind: 'tickets' | 'surveys' | 'checks' | 'kpis', name: string, content: string) =>
    ingestFile(testStore.store, catalog, kind, await testStore.file(name, content))
  expect(await load('tickets', 'tickets.ndjson', ndjson(TICKETS))).toMatchObject({ quarantined: 0 })
  expect(await load('surveys', 'surveys.ndjson', ndjson(SURVEYS))).toMatchObject({ quarantined: 0 })
  expect(await load('checks', 'checks.ndjson', ndjson(CHECKS))).toMatchObject({
    stored: 1440,
    quarantined: 0,
  })
  expect(
    await load('kpis', 'kpis.csv', 'kpi,period,value,customer\nemployee_satisfaction,2026-03,72,\n'),
  ).toMatchObject({ stored: 1 })

  server = await startServer(testStore.store, { webDir: await built })
  browser = await launchChromium()
  await mkdir(SCREENSHOTS, { recursive: true })
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  await testStore?.close()
})

const nameOf = (id: string) => catalog.customers.find((c) => c.id === id)?.name ?? id

const value = (page: Page, figure: string) =>
  page.locator(`[data-figure="${figure}"] .figure-value`).textContent()

/**
 * The March report on paper: the title block, summary and key figures on
 * page 1, then the figures, availability and the 12-month chart.
 */
const MAX_PAGES = 4

const pageCount = (file: string) =>
  Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1])

/** German words of the report and satisfaction pages that must not remain in English. */
const GERMAN = [
  'Ressortbericht',
  'Zeitraum',
  'Herunterladen',
  'Einhaltung',
  'eingehalten',
  'Servicezeit',
  'Verfügbarkeit',
  'Ausfallzeit',
  'Zufriedenheit',
  'Antworten',
  'wenig aussagekräftig',
  'keine Daten',
  'Kommentare',
  'Uhr',
]

// ------------------------------------------------------------------- tests

describe('ministry report, PDF and goals in Chromium', () => {
  let ministry: { context: BrowserContext; page: Page }
  const none = '–keine Daten'

  it('the March report at 1440 × 900: the verdict with target for each SLA figure, in plain words', async () => {
    ministry = await signedIn(`Demo ${nameOf('im')}`)
    const { page } = ministry
    await page.setViewportSize({ width: 1440, height: 900 })
    await page.goto('/bericht?monat=2026-03')
    await page.getByRole('heading', { name: `${nameOf('im')} · März 2026` }).waitFor()
    await page.locator('[data-report-ready="true"]').waitFor()
    // im: I1 60 and I2 120 business minutes, both within 480: 2 of 2, mean 90 min = 1.5 h.
    expect(await value(page, 'created')).toBe('2')
    expect(await value(page, 'resolved')).toBe('2')
    expect(await value(page, 'resolution')).toBe('100,0\u00a0%')
    expect(await value(page, 'mean_resolution')).toBe('1,5 Stunden Servicezeit')
    // CSAT: 5, 4 and 3 → 2 of 3 = 66.7 %, from fewer than 5 responses.
    expect(await value(page, 'csat')).toBe('66,7\u00a0%')
    expect(await page.locator('[data-figure="csat"] .figure-detail').textContent()).toContain(
      'wenig aussagekräftig',
    )
    // E-mail on 10 March: the 23:59 check holds to 00:01 (at most 2 × 60 s), so 1441 minutes known,
    // 30 down, 1411 up: 1411 / 1441 = 97.9181 %, cut to two decimals. W = March on 24x7 = 31 × 1440 − 60
    // (summer time) = 44580: measured 1441 / 44580 = 3.2 %. Allowed 0.5 % of 1441 = 7.205 min: 7 whole minutes.
    // E-Akte has no SLA (W is 24x7) and no checks: nothing known, 0 of W measured.
    expect(await tableCells(page, 'Verfügbarkeit je Dienst')).toEqual([
      [
        'Dienst',
        'Verfügbarkeit',
        'Ziel',
        'Bewertung',
        'Störungen',
        'Ausfallzeit',
        'Erlaubte Ausfallzeit',
        'Zeit mit Messwerten',
      ],
      [
        'E-Mail',
        '97,91\u00a0%',
        '99,50\u00a0%',
        '✗ verfehlt',
        '1',
        '30\u00a0Min.',
        '7\u00a0Min.',
        '3,2\u00a0%',
      ],
      ['E-Akte', none, none, none, '0', none, none, '0,0\u00a0%'],
    ])
    // Plain words on the page; the definitions and formulas wait behind "Wie wird das berechnet?".
    // biome-ignore lint/performance/useDomNodeTextContent: what is shown counts, and a closed details hides its text
    const shown = async () => (await page.locator('main').innerText()).replace(/\s+/g, ' ')
    for (const jargon of ['Abdeckung', 'MTTR', 'Fehlerbudget', 'Geschäftsminuten', 'ausschließlich', ' ÷ '])
      expect(await shown(), jargon).not.toContain(jargon)
    expect(await page.locator('.report-heading p').textContent()).toBe(
      'Vom 01.03.2026 bis einschließlich 31.03.2026; alle Zahlen mit dem Stand am Ende des Zeitraums',
    )
    const availability = page.locator('section[aria-labelledby="gruppe-verfuegbarkeit"]')
    await availability.getByText('Wie wird das berechnet?').click()
    expect(await shown()).toContain('(verfügbar + eingeschränkt) ÷ (verfügbar + eingeschränkt + ausgefallen)')
    expect(await value(page, 'availability_overall')).toBe('97,91\u00a0%')
    // The verdict on top. Response: I1 stops at its resolution after 60 min, I2 after 120 min, both
    // within P2's 2 h; resolution 2 of 2 within 8 h. Targets 95 % and 90 %: met. February had no
    // tickets. Of the services only e-mail has a target (99.5 %), and 97.91 % misses it.
    expect(await page.locator('.verdict-summary').textContent()).toBe(
      'Im März 2026 wurden 100,0\u00a0% der Erstreaktionen und 100,0\u00a0% der Lösungen in der vereinbarten ' +
        'Zeit erbracht; Ziel 95,0\u00a0% bzw. 90,0\u00a0%: erreicht. Der Dienst hat sein Ziel verfehlt: E-Mail.',
    )
    expect(
      await tableCells(page, 'Service-Level des Zeitraums gegen die vereinbarten Ziele, mit dem Vorzeitraum'),
    ).toEqual([
      ['Kennzahl', 'Ergebnis', 'Ziel', 'Bewertung', 'Vorzeitraum', 'Veränderung'],
      ['Erstreaktion in der vereinbarten Zeit', '100,0\u00a0%', '95,0\u00a0%', '✓ erreicht', '–', '–'],
      ['Lösung in der vereinbarten Zeit', '100,0\u00a0%', '90,0\u00a0%', '✓ erreicht', '–', '–'],
      ['Dienste mit erreichter Verfügbarkeit', '0 von 1', 'alle', '✗ verfehlt', '–', '–'],
    ])
    // The 12 months up to March 2026, as a chart and as a table: March alone has data.
    await page.locator('.verdict-trend svg.recharts-surface').first().waitFor()
    await page.locator('.trend-table summary').click()
    const trend = await tableCells(page, 'Die letzten 12 Monate als Tabelle')
    expect(trend).toHaveLength(13)
    expect(trend[1]).toEqual(['April 2025', '–', '–', '–'])
    expect(trend[12]).toEqual(['März 2026', '100,0\u00a0%', '100,0\u00a0%', '97,91\u00a0%'])
    // The downloads link the period in view.
    expect(await page.getByRole('link', { name: 'PDF herunterladen' }).getAttribute('href')).toBe(
      `/export/bericht.pdf?ressort=im&${MARCH}`,
    )
    const csv = page.getByRole('link', { name: 'CSV herunterladen' })
    expect(await csv.getAttribute('href')).toBe(`/export/bericht.csv?ressort=im&${MARCH}`)
    await page.getByRole('checkbox', { name: 'mit Kommentaren' }).check()
    expect(await csv.getAttribute('href')).toBe(`/export/bericht.csv?ressort=im&${MARCH}&kommentare=1`)
    await screenshot(page, 'bericht-monat')
  })

  it('a report for any period comes from von/bis', async () => {
    const { page } = ministry
    await page.goto('/bericht?von=2026-03-10&bis=2026-03-11')
    await page.getByRole('heading', { name: `${nameOf('im')} · 10.03.2026` }).waitFor()
    // 10 March alone: W 1440, all known, 30 down: 1410 / 1440 = 97.9166 %, cut to 97,91;
    // allowed 0.5 % of 1440 = 7.2 min.
    const rows = await tableCells(page, 'Verfügbarkeit je Dienst')
    expect(rows[1]).toEqual([
      'E-Mail',
      '97,91\u00a0%',
      '99,50\u00a0%',
      '✗ verfehlt',
      '1',
      '30\u00a0Min.',
      '7\u00a0Min.',
      '100,0\u00a0%',
    ])
    // No ticket was created that day.
    expect(await value(page, 'created')).toBe('0')
    expect(await page.getByRole('combobox', { name: 'Monat' }).inputValue()).toBe('')
  })

  it('the print view has a title page and no navigation', async () => {
    const { page } = ministry
    await page.goto(`/bericht?ressort=im&${MARCH}&druck=1`)
    await page.locator('[data-report-ready="true"]').waitFor()
    expect(await page.getByRole('navigation').count()).toBe(0)
    expect(await page.getByRole('combobox').count()).toBe(0)
    const title = page.locator('.title-page')
    expect(await title.getByRole('heading', { level: 1 }).textContent()).toBe('Monatsbericht')
    expect(await title.textContent()).toContain(nameOf('im'))
    expect(await title.textContent()).toMatch(/erstellt am \d\d\.\d\d\.\d{4} um \d\d:\d\d Uhr/)
  })

  it('the PDF holds the ministry, the period, page numbers and the figures', async () => {
    const response = await fetch(`${server.base}/export/bericht.pdf?ressort=im&${MARCH}`, {
      headers: { cookie: await cookieHeader(ministry.context) },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const file = join(SCREENSHOTS, 'bericht.pdf')
    await writeFile(file, Buffer.from(await response.arrayBuffer()))
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    expect(text).toContain('Monatsbericht')
    expect(text).toContain(nameOf('im'))
    expect(text).toContain('März 2026')
    expect(text).toContain('Seite 1 von')
    expect(text).toContain('66,7')
    expect(text).toContain('97,91')
    // Page 1 carries the summary and the key figures, and the chart is printed.
    const firstPage = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', file, '-'], {
      encoding: 'utf8',
    })
    expect(firstPage).toContain('Im März 2026 wurden')
    expect(firstPage).toContain('Auf einen Blick')
    expect(firstPage).toContain('erreicht')
    expect(text).toContain('Die letzten 12 Monate')
    expect(text).toMatch(/erstellt am \d\d\.\d\d\.\d{4} um \d\d:\d\d Uhr/)
    // The sections flow on after page 1 (they took a page each, 5 in all, once).
    expect(pageCount(file)).toBeLessThanOrEqual(MAX_PAGES)
    expect(text).toContain(`Seite ${pageCount(file)} von ${pageCount(file)}`)
    execFileSync('pdftoppm', ['-png', '-r', '50', file, join(SCREENSHOTS, 'bericht-pdf')])
  })

  it('prints at most two PDFs at once (LEITSTAND_PDF_CONCURRENCY default): a third download waits its turn', async () => {
    const cookie = await cookieHeader(ministry.context)
    // Chromium processes this test process started: the test's own browser, plus one per print.
    // Asked asynchronously: the server runs in this process and must keep serving the pages.
    const chromiums = async () =>
      (await execFileAsync('ps', ['-o', 'comm=', '--ppid', String(process.pid)])).stdout
        .split('\n')
        .filter((command) => /chrom/i.test(command)).length
    const baseline = await chromiums()
    let most = 0
    let watching = true
    const watch = (async () => {
      while (watching) {
        most = Math.max(most, (await chromiums()) - baseline)
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    })()
    try {
      const downloads = await Promise.all(
        [1, 2, 3].map(() =>
          fetch(`${server.base}/export/bericht.pdf?ressort=im&${MARCH}`, { headers: { cookie } }).then(
            async (response) => ({
              status: response.status,
              bytes: (await response.arrayBuffer()).byteLength,
            }),
          ),
        ),
      )
      for (const download of downloads) {
        expect(download.status).toBe(200)
        expect(download.bytes).toBeGreaterThan(10_000)
      }
    } finally {
      watching = false
      await watch
    }
    // Two printed side by side (the watch saw them), never three.
    expect(most).toBe(2)
    // Three prints, two at a time: about twice one print's time, longer on a loaded machine.
  }, 120_000)

  it("a ministry user cannot download another ministry's PDF or CSV", async () => {
    const cookie = await cookieHeader(ministry.context)
    for (const kind of ['pdf', 'csv']) {
      const response = await fetch(`${server.base}/export/bericht.${kind}?ressort=fm&${MARCH}`, {
        headers: { cookie },
      })
      expect(response.status).toBe(403)
      expect(await response.text()).not.toContain('FM intern')
    }
  })

  it('a ministry user is refused the goal cockpit', async () => {
    const { page, context } = ministry
    await page.goto('/ziele')
    await page.getByRole('heading', { name: 'Kein Zugriff', level: 1 }).waitFor()
    expect(await page.locator('[data-kpi]').count()).toBe(0)
    await context.close()
  })

  it('leadership starts on the scorecard: every KPI in the first 1440 × 900 screen, each with its verdict', async () => {
    const { page, context } = await signedIn('Demo Leitung')
    await page.setViewportSize({ width: 1440, height: 900 })
    await page.waitForURL('**/ziele')
    await page.getByRole('heading', { name: 'Ziele', level: 1 }).waitFor()
    await page.goto('/ziele?zeitraum=2026-03')
    const rows = page.locator('[data-scorecard]')
    await rows.first().waitFor()
    expect(await rows.count()).toBe(12)
    // loesung 75 % red, mazi 72 (measured for March) amber, ten never measured.
    expect(await page.locator('.scorecard-summary').textContent()).toBe(
      '0 von 12 Kennzahlen im Ziel, 1 knapp verfehlt, 1 verfehlt, 10 ohne Daten.',
    )
    await screenshot(page, 'scorecard-1440')
    for (const box of await rows.evaluateAll((trs) => trs.map((tr) => tr.getBoundingClientRect().bottom)))
      expect(box).toBeLessThanOrEqual(900)
    const cells = await tableCells(
      page,
      'Alle Kennzahlen im Zeitraum: Wert, Ziel, Status, Veränderung zum Vorzeitraum und Verlauf',
    )
    expect(cells[0]).toEqual(['Kennzahl', 'Wert', 'Ziel', 'Status', 'Zum Vorzeitraum', 'Letzte 12 Monate'])
    // February had no tickets: no change to show. (The last cell is the trend picture.)
    expect(cells[1]?.slice(0, 5)).toEqual([
      'Lösungszeit eingehalten',
      '75,0\u00a0%',
      '≥ 90,0\u00a0%',
      'rot (Ziel und Warnschwelle verfehlt)',
      '–',
    ])
    expect(cells.slice(2).map((row) => row[3])).toEqual([
      ...Array.from({ length: 10 }, () => 'grau (keine Daten)'),
      'gelb (Warnschwelle erreicht, Ziel verfehlt)',
    ])
    // Each KPI leads to the page that explains it: resolution compliance for the period, per ministry.
    expect(await page.getByRole('link', { name: 'Lösungszeit eingehalten' }).getAttribute('href')).toBe(
      '/sla/einhaltung?von=2026-03-01&bis=2026-04-01&gruppe=ressort',
    )
    expect(
      await page.getByRole('link', { name: 'Zufriedenheit der Mitarbeitenden' }).getAttribute('href'),
    ).toBe('#kpi-mitarbeitende-mazi')
    await screenshot(page, 'ziele-scorecard')
    // May: nothing measured; the March value is carried forward with its date, still amber.
    await page.goto('/ziele?zeitraum=2026-05')
    const carried = page.locator('[data-scorecard="mazi"]')
    await carried.getByText('Stand: März 2026').waitFor()
    // The date beside the value, so every row stays one line high.
    expect(await carried.locator('td').first().textContent()).toBe('Stand: März 202672,0')
    expect(await carried.getAttribute('data-status')).toBe('amber')
    await page.goto('/ziele?zeitraum=2026-03')
    const loesung = page.locator('[data-kpi="loesung"]')
    await loesung.waitFor()
    // All ministries: I1, I2, F1 met, F2 breached: 3 of 4 = 75 % < warn 85: red.
    expect(await loesung.locator('.kpi-value').textContent()).toBe('75,0\u00a0%')
    expect(await loesung.locator('.goal-status').first().textContent()).toBe(
      'rot – Ziel und Warnschwelle verfehlt',
    )
    expect(await loesung.locator('.kpi-target').textContent()).toBe(
      'Ziel ≥ 90,0\u00a0%, Warnschwelle ≥ 85,0\u00a0% · höher ist besser',
    )
    // Measured by hand: 72 for March, below 75 but at least 70: amber.
    const mazi = page.locator('[data-kpi="mazi"]')
    expect(await mazi.locator('.kpi-value').textContent()).toBe('72,0')
    expect(await mazi.locator('.goal-status').first().textContent()).toBe(
      'gelb – Warnschwelle erreicht, Ziel verfehlt',
    )
    // Per ministry: im 2 of 2 = 100 % green, fm 1 of 2 = 50 % red.
    await loesung.getByText('Je Ressort', { exact: true }).click()
    // The opened table takes the whole row, so the ministries' names do not wrap over five lines.
    await expect.poll(async () => (await loesung.boundingBox())?.width ?? 0).toBeGreaterThan(900)
    expect(await tableCells(page, 'Lösungszeit eingehalten je Ressort')).toEqual([
      ['Ressort', 'Wert', 'Status'],
      [nameOf('im'), '100,0\u00a0%', 'grün (Ziel erreicht)'],
      [nameOf('fm'), '50,0\u00a0%', 'rot (Ziel und Warnschwelle verfehlt)'],
    ])
    // The trend: 12 months up to March; before March no tickets, a gap rather than 0.
    await loesung.getByText('Verlauf als Tabelle', { exact: true }).click()
    const trend = await tableCells(page, 'Lösungszeit eingehalten: Verlauf der letzten 12 Monate')
    expect(trend).toHaveLength(13)
    expect(trend[1]).toEqual(['April 2025', none, 'grau (keine Daten)'])
    expect(trend[12]).toEqual(['März 2026', '75,0\u00a0%', 'rot (Ziel und Warnschwelle verfehlt)'])
    await screenshot(page, 'ziele')

    // The quarter holds the same tickets.
    await page.getByRole('combobox', { name: 'Zeitraum' }).selectOption('quarter')
    // The kind opens with the last complete quarter; pick another only once that is in the URL.
    await page.waitForURL(/zeitraum=\d{4}-Q\d$/)
    await page.getByRole('combobox', { name: 'Quartal' }).selectOption('2026-Q1')
    await page.waitForURL('**/ziele?zeitraum=2026-Q1')
    await expect.poll(() => page.locator('.period-line strong').textContent()).toBe('1. Quartal 2026')
    await context.close()
  })

  it('the satisfaction page shows CSAT per month, by SLA outcome, and the comments', async () => {
    const { page, context } = await signedIn('Demo Leitung')
    await page.goto('/zufriedenheit?von=2026-03-01&bis=2026-04-01')
    // The chart opens the page: one month, 3 of 4 satisfied over both ministries, marked weak (a hollow dot).
    await page.getByRole('button', { name: 'Als Tabelle anzeigen' }).first().click()
    const trend = await tableCells(page, 'CSAT und NPS je Monat, alle gewählten Ressorts')
    expect(trend.slice(1)).toEqual([
      ['März 2026', '75,0\u00a0%wenig aussagekräftig (weniger als 5 Antworten)', '4', none, '0'],
    ])
    await expect.poll(() => page.locator('.satisfaction-trend circle[data-weak="true"]').count()).toBe(1)
    // The month × ministry table waits collapsed below the chart.
    expect(await page.locator('.satisfaction-details').getAttribute('open')).toBeNull()
    await page.locator('.satisfaction-details summary').click()
    const rows = await tableCells(page, 'CSAT und NPS je Monat und Ressort')
    // im 2 of 3 (weak), fm 1 of 1 (weak); no NPS answers.
    expect(rows.slice(1)).toEqual([
      [
        'März 2026',
        nameOf('im'),
        '66,7\u00a0%wenig aussagekräftig (weniger als 5 Antworten)',
        '3',
        none,
        '0',
      ],
      [
        'März 2026',
        nameOf('fm'),
        '100,0\u00a0%wenig aussagekräftig (weniger als 5 Antworten)',
        '1',
        none,
        '0',
      ],
    ])
    // Linked to tickets: I1 (5) and I2 (4) met, F2 (5) breached; s3 has no ticket.
    const outcomes = await tableCells(page, 'CSAT nach Ergebnis des Tickets (Lösungszeit)')
    expect(outcomes.slice(1, 3).map((row) => row.slice(0, 1).concat(row.slice(2)))).toEqual([
      ['SLA eingehalten', '2'],
      ['SLA verletzt', '1'],
    ])
    expect(await page.locator('.comment').count()).toBe(2)
    await screenshot(page, 'zufriedenheit')
    await context.close()
  })

  it('the report opens in English with ?sprache=en, English numbers and English downloads', async () => {
    const { page, context } = await signedIn(`Demo ${nameOf('im')}`)
    await page.goto('/bericht?monat=2026-03&sprache=en')
    await page.getByRole('heading', { name: 'Ministry report', level: 1 }).waitFor()
    await page.getByRole('heading', { name: `${nameOf('im')} · March 2026` }).waitFor()
    await page.locator('[data-report-ready="true"]').waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('en-GB')
    await expect
      .poll(() => page.locator('.report-group h2').allTextContents())
      .toEqual([
        'At a glance',
        'Tickets',
        'Service level compliance',
        'Satisfaction',
        'Availability',
        'The last 12 months: deadlines met and availability',
      ])
    expect(await page.locator('.verdict-summary').textContent()).toBe(
      'In March 2026, 100.0% of first responses and 100.0% of resolutions were within the agreed time; ' +
        'target 95.0% and 90.0%: met. The service missed its target: E-Mail.',
    )
    // The same hand-computed figures as above, the English way.
    expect(await value(page, 'resolution')).toBe('100.0%')
    expect(await page.locator('[data-figure="resolution"] .figure-label').textContent()).toBe(
      'Resolution met',
    )
    expect(await page.locator('[data-figure="resolution"] .figure-detail').textContent()).toBe(
      '2 of 2 met · open: 0 overdue, 0 at risk',
    )
    expect(await value(page, 'mean_resolution')).toBe('1.5 hours of service time')
    expect(await value(page, 'csat')).toBe('66.7%')
    expect(await page.locator('[data-figure="csat"] .figure-detail').textContent()).toBe(
      '3 responsesnot meaningful (fewer than 5 responses)',
    )
    expect(await value(page, 'nps')).toBe('–no data')
    expect(await page.locator('[data-figure="created"] .figure-links').textContent()).toBe(
      'Show tickets: 2 created',
    )
    expect(await tableCells(page, 'Availability per service')).toEqual([
      [
        'Service',
        'Availability',
        'Target',
        'Verdict',
        'Outages',
        'Downtime',
        'Downtime allowed',
        'Time with measurements',
      ],
      ['E-Mail', '97.91%', '99.50%', '✗ missed', '1', '30\u00a0min', '7\u00a0min', '3.2%'],
      ['E-Akte', '–no data', '–no data', '–no data', '0', '–no data', '–no data', '0.0%'],
    ])
    expect(await page.locator('.report-heading p').textContent()).toBe(
      'From 01/03/2026 to 31/03/2026 inclusive; all figures as of the end of the period',
    )
    expect(await page.getByRole('combobox', { name: 'Month' }).inputValue()).toBe('2026-03')
    expect(await page.getByRole('button', { name: 'Previous month' }).count()).toBe(1)
    // The downloads ask the server for English files.
    expect(await page.getByRole('link', { name: 'Download PDF' }).getAttribute('href')).toBe(
      `/export/bericht.pdf?ressort=im&${MARCH}&sprache=en`,
    )
    const csv = page.getByRole('link', { name: 'Download CSV' })
    await page.getByRole('checkbox', { name: 'with comments' }).check()
    expect(await csv.getAttribute('href')).toBe(
      `/export/bericht.csv?ressort=im&${MARCH}&kommentare=1&sprache=en`,
    )
    const main = (await page.locator('main').textContent()) ?? ''
    for (const word of GERMAN) expect(main, word).not.toContain(word)
    await screenshot(page, 'bericht-englisch')

    // The print view: an English title page.
    await page.goto(`/bericht?ressort=im&${MARCH}&druck=1&sprache=en`)
    await page.locator('[data-report-ready="true"]').waitFor()
    const title = page.locator('.title-page')
    expect(await title.getByRole('heading', { level: 1 }).textContent()).toBe('Monthly report')
    expect(await title.textContent()).toMatch(/created on \d\d\/\d\d\/\d{4} at \d\d:\d\d/)
    expect(await title.textContent()).not.toContain('Uhr')
    await context.close()
  })

  it('the English PDF and CSV: English words, English numbers, English page numbers', async () => {
    const { context } = await signedIn(`Demo ${nameOf('im')}`)
    const cookie = await cookieHeader(context)
    const pdf = await fetch(`${server.base}/export/bericht.pdf?ressort=im&${MARCH}&sprache=en`, {
      headers: { cookie },
    })
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-disposition')).toContain(
      'leitstand-report-im-2026-03-01-to-2026-04-01.pdf',
    )
    const file = join(SCREENSHOTS, 'report-en.pdf')
    await writeFile(file, Buffer.from(await pdf.arrayBuffer()))
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    for (const words of [
      'Monthly report',
      nameOf('im'),
      'March 2026',
      'Page 1 of',
      'Service level compliance',
      '1.5 hours of service time',
      '66.7%',
      '97.91%',
      'Availability per service',
      'At a glance',
      'Downtime allowed',
    ]) {
      expect(text, words).toContain(words)
    }
    for (const word of [...GERMAN, 'Seite', 'Monatsbericht', 'März']) expect(text, word).not.toContain(word)
    const pages = pageCount(file)
    expect(pages).toBeLessThanOrEqual(MAX_PAGES)
    expect(text).toContain(`Page ${pages} of ${pages}`)
    execFileSync('pdftoppm', ['-png', '-r', '50', file, join(SCREENSHOTS, 'report-en-pdf')])

    const csv = await fetch(`${server.base}/export/bericht.csv?ressort=im&${MARCH}&sprache=en&kommentare=1`, {
      headers: { cookie },
    })
    expect(csv.status).toBe(200)
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines[0]).toBe('area,kpi,service,value,unit')
    expect(lines).toContain('Tickets,created,,2,count')
    // One format per kind: compliance and minutes with one decimal, availability and its target with two.
    expect(lines).toContain('Resolution,compliance,,100.0,%')
    expect(lines).toContain('Resolution,mean resolution time,,90.0,business minutes')
    expect(lines).toContain('Availability,target,E-Mail,99.50,%')
    expect(lines).toContain('Availability,availability,E-Mail,97.91,%')
    expect(lines).toContain('Availability,target met,E-Mail,no,')
    expect(lines).toContain('Satisfaction,CSAT responses,,3,count')
    expect(lines).toContain('time,kind,score,service,ticket,comment')
    await context.close()
  })

  it('the satisfaction page switches to English with the header button', async () => {
    const { page, context } = await signedIn('Demo Leitung')
    await page.goto('/zufriedenheit?von=2026-03-01&bis=2026-04-01')
    await page.getByRole('heading', { name: 'Zufriedenheit', level: 1 }).waitFor()
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('heading', { name: 'Satisfaction', level: 1 }).waitFor()
    await expect
      .poll(() => page.locator('main h2').allTextContents())
      .toEqual(['Trend', 'Per month and ministry', 'Satisfaction and SLA', 'Comments'])
    expect(await page.locator('.period-line').textContent()).toBe('Period 01/03/2026 to 31/03/2026')
    await page.locator('.satisfaction-details summary').click()
    const rows = await tableCells(page, 'CSAT and NPS per month and ministry')
    const weak = 'not meaningful (fewer than 5 responses)'
    expect(rows).toEqual([
      ['Month', 'Ministry', 'CSAT', 'CSAT responses', 'NPS', 'NPS responses'],
      ['March 2026', nameOf('im'), `66.7%${weak}`, '3', '–no data', '0'],
      ['March 2026', nameOf('fm'), `100.0%${weak}`, '1', '–no data', '0'],
    ])
    const outcomes = await tableCells(page, 'CSAT by ticket outcome (resolution time)')
    expect(outcomes.map((row) => [row[0], row[2]])).toEqual([
      ['Ticket', 'Responses'],
      ['SLA met', '2'],
      ['SLA breached', '1'],
      ['still open', '0'],
      ['without SLA', '0'],
    ])
    // The chart's axis: "100%", not "100 %".
    await expect
      .poll(() => page.locator('.outcome-chart .recharts-cartesian-axis-tick-value').allTextContents())
      .toContain('100%')
    // s1 (CSAT 5, I1) at 12:00 on 10 March, German time.
    await expect
      .poll(() => page.locator('.comment-meta').allTextContents())
      .toContain(`10/03/2026, 12:00 · ${nameOf('im')} · Ticket I1 · CSAT 5 of 5`)
    const main = (await page.locator('main').textContent()) ?? ''
    for (const word of [
      'Je Monat',
      'Kommentare',
      'Antworten',
      'wenig aussagekräftig',
      'keine Daten',
      'Uhr',
      'von 5',
    ])
      expect(main, word).not.toContain(word)
    await screenshot(page, 'zufriedenheit-englisch')
    await page.getByRole('button', { name: 'Deutsch' }).click()
    await page.getByRole('heading', { name: 'Zufriedenheit', level: 1 }).waitFor()
    await context.close()
  })

  it('logged no errors in the browser', () => {
    expect(failures).toEqual([])
  })
})
