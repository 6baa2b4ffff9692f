/**
 * The availability pages end to end: the built web app served by the real
 * server on a real chDB store, driven in real Chromium. Checks are written
 * relative to now so the overview's last days hold them:
 * - email (5-minute checks, 99,5 % target on a 24x7 calendar): checks from the
 *   start of the day before yesterday until now, all up except 10:00-10:30
 *   yesterday (30 down minutes); maintenance 02:00-03:00 yesterday. No check
 *   three days ago: that day is "keine Daten".
 * - eakte (no SLA, no target): up checks from the start of today.
 * fm subscribes only email; im both.
 */
import { join } from 'node:path'
import { DateTime } from 'luxon'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestFile } from '../../ingest/ingest'
import type { Catalog } from '../../shared/catalog'
import {
  buildWebIfStale,
  launchChromium,
  openPage,
  ROOT,
  screenshot,
  signIn,
  startServer,
  type TestServer,
  watchBrowserErrors,
} from '../support/browser'
import { ndjson, openTestStore, type TestStore, testCatalog, withCatalog } from '../support/fixtures'

const ZONE = 'Europe/Berlin'
const NBSP = '\u00a0'

const CATALOG = testCatalog({
  services: [
    { id: 'email', name: 'E-Mail', check_interval: 300 },
    { id: 'eakte', name: 'E-Akte', check_interval: 300 },
  ],
})

let testStore: TestStore
let catalog: Catalog
let server: TestServer
let browser: Browser
const failures: string[] = []

/** Local days, fixed when the data is written. */
let today: DateTime
let yesterday: DateTime
let noDataDay: DateTime

const date = (day: DateTime) => day.toFormat('dd.MM.yyyy')

function checksFrom(service: string, start: DateTime, end: DateTime, down?: [DateTime, DateTime]) {
  const checks: object[] = []
  for (let at = start, i = 0; at < end; at = at.plus({ minutes: 5 }), i++) {
    const isDown = down !== undefined && at >= down[0] && at < down[1]
    checks.push({
      service,
      at: at.toUTC().toISO(),
      status: isDown ? 'down' : 'up',
      probe: 'schwerin',
      latency_ms: 100 + (i % 10) * 10,
    })
  }
  return checks
}

async function newUser(): Promise<{ context: BrowserContext; page: Page }> {
  const user = await openPage(browser, server.base)
  // The browser's own note on an HTTP 403 is expected where access is refused.
  watchBrowserErrors(user.page, failures, /status of 40[34]/)
  return user
}

beforeAll(async () => {
  // A folder of this file's own: other browser tests may build at the same time.
  const webDir = buildWebIfStale(join(ROOT, '.tmp', 'web-availability-test'))
  testStore = await openTestStore()
  catalog = await withCatalog(testStore.store, CATALOG)
  const now = DateTime.now().setZone(ZONE)
  today = now.startOf('day')
  yesterday = today.minus({ days: 1 })
  noDataDay = today.minus({ days: 3 })
  const outage: [DateTime, DateTime] = [yesterday.set({ hour: 10 }), yesterday.set({ hour: 10, minute: 30 })]
  const checks = [
    ...checksFrom('email', today.minus({ days: 2 }), now, outage),
    ...checksFrom('eakte', today, now),
  ]
  const checksFile = await testStore.file('checks.ndjson', ndjson(checks))
  expect(await ingestFile(testStore.store, catalog, 'checks', checksFile)).toMatchObject({ quarantined: 0 })
  const maintenance = {
    id: 'wartung-1',
    service: 'email',
    from: yesterday.set({ hour: 2 }).toISO(),
    to: yesterday.set({ hour: 3 }).toISO(),
    title: 'Patch-Wartung',
  }
  const maintenanceFile = await testStore.file('maintenance.ndjson', ndjson([maintenance]))
  expect(await ingestFile(testStore.store, catalog, 'maintenance', maintenanceFile)).toMatchObject({
    stored: 1,
  })

  // A wave of tickets during yesterday's outage: three of IM, one of FM, all of E-Mail.
  const tickets = [
    ['IM-W1', 'im', 5],
    ['IM-W2', 'im', 10],
    ['FM-W1', 'fm', 15],
    ['IM-W3', 'im', 20],
  ].map(([ticket, customer, minute]) => ({
    id: `${ticket}-c`,
    ticket,
    at: yesterday.set({ hour: 10, minute: Number(minute) }).toISO(),
    type: 'created',
    customer,
    service: 'email',
    priority: 'P2',
  }))
  const ticketsFile = await testStore.file('tickets.ndjson', ndjson(tickets))
  expect(await ingestFile(testStore.store, catalog, 'tickets', ticketsFile)).toMatchObject({ stored: 4 })

  server = await startServer(testStore.store, { webDir: await webDir })
  browser = await launchChromium()
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  await testStore?.close()
})

const nameOf = (id: string) => catalog.customers.find((c) => c.id === id)?.name ?? id

/** Minutes of a local day: 1440, or 1380/1500 on the days the clocks change. */
const dayMinutes = (day: DateTime) => day.plus({ days: 1 }).diff(day, 'minutes').minutes

const percent = (value: number) =>
  `${value.toLocaleString('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}${NBSP}%`

/** The same in English: day before month with slashes, a decimal point, no space before the sign. */
const dateEn = (day: DateTime) => day.toFormat('dd/MM/yyyy')
const percentEn = (value: number) =>
  `${value.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}%`

describe('availability in Chromium', () => {
  it('the staff overview shows every service with a status bar of 90 days', async () => {
    const { page } = await newUser()
    await signIn(page, server.base, 'Demo Servicemanagement')
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' })
    await nav.getByRole('link', { name: 'Verfügbarkeit' }).click()
    await page.waitForURL('**/verfuegbarkeit')
    await page.getByRole('heading', { name: 'Verfügbarkeit', level: 1 }).waitFor()
    const email = page.getByRole('list', { name: 'E-Mail: Verfügbarkeit je Tag' })
    await email.waitFor()
    expect(await email.getByRole('img').count()).toBe(90)
    // Yesterday: W = day minus 60 maintenance minutes; 30 of them down.
    const w = dayMinutes(yesterday) - 60
    const yesterdayAvailability = ((w - 30) / w) * 100
    // 1410 / 1440 = 97,92 % is far below 99,5 % (more than the 0,5-point budget).
    const yesterdayCell = email.getByRole('img', {
      name: `${date(yesterday)}: ${percent(yesterdayAvailability)}, Ziel deutlich verfehlt`,
    })
    expect(await yesterdayCell.getAttribute('title')).toContain('Ausfallzeit 30 min\n1 Ausfall')
    await email
      .getByRole('img', { name: `${date(today.minus({ days: 2 }))}: 100,00${NBSP}%, Ziel erreicht` })
      .waitFor()
    await email.getByRole('img', { name: `${date(noDataDay)}: keine Daten` }).waitFor()
    // E-Akte has no SLA: measured, but without a target.
    await page
      .getByRole('list', { name: 'E-Akte: Verfügbarkeit je Tag' })
      .getByRole('img', { name: `${date(today)}: 100,00${NBSP}%, gemessen, kein Ziel` })
      .waitFor()
    // Both services are up now: the word, with a sign the colour repeats.
    await expect
      .poll(() => page.locator('.avail-state').allTextContents())
      .toEqual(['✓ Verfügbar', '✓ Verfügbar'])
    await page.getByText('Ziel deutlich verfehlt').first().waitFor() // the legend
    await screenshot(page, 'availability-overview')

    // The table alternative holds the same day.
    await page.getByRole('button', { name: 'Als Tabelle anzeigen' }).click()
    const table = page.getByRole('table', { name: /^E-Mail: Verfügbarkeit je Tag/ })
    const row = table.getByRole('row', { name: new RegExp(`^${date(yesterday)}`) })
    expect(await row.locator('td').first().textContent()).toBe(percent(yesterdayAvailability))

    // 30 days: 30 cells.
    await page.getByRole('button', { name: '30 Tage' }).click()
    await page.waitForURL('**/verfuegbarkeit?tage=30')
    await expect.poll(() => email.getByRole('img').count()).toBe(30)
  })

  it('the service detail shows the outage, the maintenance and the explanation', async () => {
    const { page } = await newUser()
    await signIn(page, server.base, 'Demo Servicemanagement')
    await page.goto('/verfuegbarkeit')
    await page.getByRole('link', { name: 'E-Mail' }).click()
    await page.waitForURL('**/verfuegbarkeit/email')
    await page.getByRole('heading', { name: 'E-Mail: Verfügbarkeit und Tickets', level: 1 }).waitFor()
    const outages = page.getByRole('table', { name: 'Ausfälle' })
    await outages.waitFor()
    const cells = await outages.locator('tbody tr').first().locator('td').allTextContents()
    expect(cells).toEqual([`${date(yesterday)}, 10:00`, `${date(yesterday)}, 10:30`, '30 min', 'nein'])
    const maintenance = await page
      .getByRole('table', { name: 'Wartungsfenster' })
      .locator('tbody td')
      .allTextContents()
    expect(maintenance).toEqual([
      'Patch-Wartung',
      `${date(yesterday)}, 02:00`,
      `${date(yesterday)}, 03:00`,
      '1 h',
    ])
    // The three alerts, in rule order; the outage was yesterday, so none fires now.
    const alerts = page.getByRole('table', { name: 'Burn-Rate-Alarme (mehrere Fenster)' })
    await expect
      .poll(() => alerts.locator('tbody th').allTextContents())
      .toEqual(['60 min / 5 min', '6 h / 30 min', '3 Tage / 6 h'])
    const alertCells = (index: number) =>
      alerts.locator('tbody tr').nth(index).locator('td').allTextContents()
    // 1 h and 6 h: no down minute, rate 0; quiet.
    expect(await alertCells(0)).toEqual(['Sofortalarm', '> 14,4', '0,0', '0,0', '– ruhig'])
    expect(await alertCells(1)).toEqual(['Sofortalarm', '> 6', '0,0', '0,0', '– ruhig'])
    // 3 days: 30 down minutes in at most 3 days less an hour of maintenance (4260 known minutes):
    // 30 / 4260 / 0,005 = 1,41 at the least, above 1; but the last 6 hours burn nothing, so it stays quiet.
    const [, threshold, long, short, state] = await alertCells(2)
    expect([threshold, short, state]).toEqual(['> 1', '0,0', '– ruhig'])
    expect(Number(long?.replace(',', '.'))).toBeGreaterThanOrEqual(1.4)

    await page.getByText('So wurde gerechnet').click()
    const explanation = page.locator('.avail-explain')
    expect(await explanation.textContent()).toContain('Davon Wartung (ausgenommen)60 min')
    expect(await explanation.textContent()).toContain('Gestört30 min')
    await page.getByText(/Verfügbarkeit = \(verfügbar \+ eingeschränkt\)/).waitFor()
    await screenshot(page, 'availability-detail')
  })

  it('the service page puts the ticket wave beside the outage, per ministry for staff', async () => {
    const { page } = await newUser()
    await signIn(page, server.base, 'Demo Servicemanagement')
    await page.goto('/verfuegbarkeit/email')
    const figures = page.locator('.service-ticket-figures')
    await expect.poll(() => figures.locator('[data-figure="created"] dd').textContent()).toBe('4')
    const ministries = page.getByRole('table', { name: 'Verfügbarkeit im SLA des jeweiligen Ressorts' })
    await expect
      .poll(() => ministries.locator('tbody th').allTextContents())
      .toEqual([nameOf('im'), nameOf('fm')])
    expect(await ministries.locator('tbody tr[data-customer="im"] td').nth(3).textContent()).toBe('3')
    expect(await ministries.locator('tbody tr[data-customer="fm"] td').nth(3).textContent()).toBe('1')
    // The hour of the outage brought all four tickets.
    await page.getByText('Zeitabschnitte mit neuen Tickets').click()
    const wave = await page.locator('.service-wave-table tbody td').allTextContents()
    expect(wave).toEqual([`${date(yesterday)}, 10:00`, '4', 'ja'])
    await screenshot(page, 'service-page-staff')
    // Each count leads to its tickets.
    await ministries.locator('tbody tr[data-customer="fm"] td').nth(3).getByRole('link').click()
    await page.waitForURL(/\/sla\/tickets\?.*ergebnis=created.*ressort=fm.*service=email/)
  })

  it('shows a ministry the service page with only its own tickets', async () => {
    const { page } = await newUser()
    await signIn(page, server.base, `Demo ${nameOf('im')}`)
    await page.goto('/verfuegbarkeit/email')
    const figures = page.locator('.service-ticket-figures')
    await expect.poll(() => figures.locator('[data-figure="created"] dd').textContent()).toBe('3')
    const rows = page.locator('.service-ministries tbody th')
    await expect.poll(() => rows.allTextContents()).toEqual([nameOf('im')])
    expect(await page.content()).not.toContain(nameOf('fm'))
  })

  it('a ministry user sees only its subscribed services, and is refused the others', async () => {
    const { page } = await newUser()
    await signIn(page, server.base, `Demo ${nameOf('fm')}`)
    await page.goto('/verfuegbarkeit')
    await page.getByRole('list', { name: 'E-Mail: Verfügbarkeit je Tag' }).waitFor()
    expect(await page.getByRole('list', { name: 'E-Akte: Verfügbarkeit je Tag' }).count()).toBe(0)
    expect(await page.locator('body').textContent()).not.toContain('E-Akte')
    // No choice of whose SLA measures: the only select is the order of the services.
    expect(
      await page
        .locator('select')
        .evaluateAll((selects) =>
          selects.map((select) => (select as HTMLSelectElement).labels?.[0]?.textContent),
        ),
    ).toEqual(['Reihenfolge'])
    await page.getByText(`Gemessen im SLA von ${nameOf('fm')}`).waitFor()
    await screenshot(page, 'availability-ressort')
    await page.goto('/verfuegbarkeit/eakte')
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toContain('Kein Zugriff auf diesen Dienst.')
  })

  it('shows the overview and the service detail in English', async () => {
    const { page } = await newUser()
    await signIn(page, server.base, 'Demo Servicemanagement')
    await page.goto('/verfuegbarkeit?sprache=en')
    await page.getByRole('heading', { name: 'Availability', level: 1 }).waitFor()
    expect(await page.title()).toBe('Availability – Leitstand')
    await page.getByRole('heading', { name: 'Services · last 90 days', level: 2 }).waitFor()
    await page
      .getByText("Each service measured in its standard SLA (the ministries' most common SLA)")
      .waitFor()
    const email = page.getByRole('list', { name: 'E-Mail: availability per day' })
    await email.waitFor()
    expect(await email.getByRole('img').count()).toBe(90)
    // Yesterday as in the German test: (W - 30) / W with W = the day less 60 maintenance minutes.
    const w = dayMinutes(yesterday) - 60
    const yesterdayCell = email.getByRole('img', {
      name: `${dateEn(yesterday)}: ${percentEn(((w - 30) / w) * 100)}, Target clearly missed`,
    })
    expect(await yesterdayCell.getAttribute('title')).toContain('Downtime 30 min\n1 outage')
    await email
      .getByRole('img', { name: `${dateEn(today.minus({ days: 2 }))}: 100.00%, Target met` })
      .waitFor()
    await email.getByRole('img', { name: `${dateEn(noDataDay)}: no data` }).waitFor()
    await page
      .getByRole('list', { name: 'E-Akte: availability per day' })
      .getByRole('img', { name: `${dateEn(today)}: 100.00%, measured, no target` })
      .waitFor()
    await expect.poll(() => page.locator('.avail-state').allTextContents()).toEqual(['✓ Up', '✓ Up'])
    await page
      .getByText(
        "E-Mail: The service's standard SLA, target 99.5% · E-Akte: The service's standard SLA, no availability target",
      )
      .waitFor()
    expect(await page.getByRole('combobox', { name: 'Measured in the SLA of' }).inputValue()).toBe('')
    const overviewText = (await page.locator('main').textContent()) ?? ''
    for (const german of [
      'Verfügbarkeit',
      'Dienste',
      'Ziel',
      'keine Daten',
      'Tage',
      'Gemessen',
      'heute',
      'Legende',
    ])
      expect(overviewText).not.toContain(german)
    await screenshot(page, 'availability-overview-en')

    await page.getByRole('button', { name: 'Show as table' }).click()
    const table = page.getByRole('table', { name: 'E-Mail: availability per day (currently Up)' })
    const row = table.getByRole('row', { name: new RegExp(`^${dateEn(yesterday)}`) })
    await expect
      .poll(() => row.locator('td').allTextContents())
      .toEqual([
        percentEn(((w - 30) / w) * 100),
        'Target clearly missed',
        `Coverage 100.00% · Downtime 30 min · 1 outage`,
      ])
    await page.getByRole('button', { name: '30 days' }).click()
    await expect.poll(() => email.getByRole('img').count()).toBe(30)

    // The service detail, reached by its link: the language stays.
    await page.getByRole('link', { name: 'E-Mail' }).click()
    await page.waitForURL('**/verfuegbarkeit/email')
    await page.getByRole('heading', { name: 'E-Mail: availability and tickets', level: 1 }).waitFor()
    await page.getByText("The service's standard SLA, target 99.5%").first().waitFor()
    const outages = page.getByRole('table', { name: 'Outages' })
    await outages.waitFor()
    await expect
      .poll(() => outages.locator('thead th').allTextContents())
      .toEqual(['Start', 'End', 'Duration', 'In maintenance'])
    await expect
      .poll(() => outages.locator('tbody tr').first().locator('td').allTextContents())
      .toEqual([`${dateEn(yesterday)}, 10:00`, `${dateEn(yesterday)}, 10:30`, '30 min', 'no'])
    expect(
      await page.getByRole('table', { name: 'Maintenance windows' }).locator('tbody td').allTextContents(),
    ).toEqual(['Patch-Wartung', `${dateEn(yesterday)}, 02:00`, `${dateEn(yesterday)}, 03:00`, '1 h'])
    for (const heading of ['Trend', 'Outages and maintenance', 'Error budget in the period', 'Latency'])
      await page.getByRole('heading', { name: heading, level: 2 }).waitFor()
    const alerts = page.getByRole('table', { name: 'Burn rate alerts (multiple windows)' })
    await expect
      .poll(() => alerts.locator('tbody th').allTextContents())
      .toEqual(['60 min / 5 min', '6 h / 30 min', '3 days / 6 h'])
    await expect
      .poll(() => alerts.locator('tbody tr').first().locator('td').allTextContents())
      .toEqual(['Page', '> 14.4', '0.0', '0.0', '– quiet'])
    // The outage yesterday was the only one in the last 30 days: "1 outage" in the figures.
    expect(await page.locator('[data-figure="outages"] dd').textContent()).toBe('1')
    expect(await page.locator('[data-figure="outages"] dt').textContent()).toBe('Outages')

    await page.getByText('How it was calculated').click()
    const explanation = (await page.locator('.avail-explain').textContent()) ?? ''
    expect(explanation).toContain('Of which maintenance (excluded)60 min')
    expect(explanation).toContain('Down30 min')
    expect(explanation).toContain('Service time calendaralways')
    expect(explanation).toContain(
      `Target 99.5% per SLA "standard" (the ministries' most common SLA for this service).`,
    )
    await page
      .getByText(
        /^Availability = \(up \+ degraded\) \/ \(up \+ degraded \+ down\) in the measuring window W = \d+\.\d+%\./,
      )
      .waitFor()
    const detailText = (await page.locator('main').textContent()) ?? ''
    for (const german of [
      'Verfügbarkeit',
      'Ausfälle',
      'Wartungsfenster',
      'Fehlerbudget',
      'Sofortalarm',
      'ruhig',
      'So wurde gerechnet',
      'Messfenster',
      'Servicezeit',
      ' bis ',
    ])
      expect(detailText).not.toContain(german)
    await screenshot(page, 'availability-detail-en')
  })

  it('switches the service detail to English with the header button', async () => {
    const { page } = await newUser()
    await signIn(page, server.base, 'Demo Servicemanagement')
    await page.goto('/verfuegbarkeit/email')
    await page.getByRole('heading', { name: 'E-Mail: Verfügbarkeit und Tickets', level: 1 }).waitFor()
    await page.getByRole('table', { name: 'Ausfälle' }).waitFor()
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('heading', { name: 'E-Mail: availability and tickets', level: 1 }).waitFor()
    await page.getByRole('table', { name: 'Outages' }).waitFor()
    expect(await page.getByRole('table', { name: 'Ausfälle' }).count()).toBe(0)
    await page.getByRole('button', { name: 'Deutsch' }).click()
    await page.getByRole('heading', { name: 'E-Mail: Verfügbarkeit und Tickets', level: 1 }).waitFor()
  })

  it('logged no errors in the browser', () => {
    expect(failures).toEqual([])
  })
})
