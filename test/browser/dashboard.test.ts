/**
 * The dashboard end to end: the built web app served by the real server on a
 * real chDB store, driven in real Chromium. Two ministries with tickets in
 * distinct weeks; a ministry user must see its own numbers and nothing of the
 * other ministry, leadership sees both.
 *
 * The tests of this file run in order and share two browser contexts (one
 * per signed-in user), like two people at two desks.
 */
import type { Browser, BrowserContext, Page, Response } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestFile } from '../../ingest/ingest'
import type { Catalog } from '../../shared/catalog'
import {
  buildWebIfStale,
  launchChromium,
  openPage,
  screenshot,
  startServer,
  type TestServer,
  tableCells,
  watchBrowserErrors,
} from '../support/browser'
import { ndjson, openTestStore, type TestStore, testCatalog, withCatalog } from '../support/fixtures'

/** Monday 2 March to Sunday 29 March 2026: ISO weeks 10 to 13, all whole. */
const PERIOD = 'von=2026-03-02&bis=2026-03-30'

// ---------------------------------------------------------------- fixtures

let seq = 0
const created = (ticket: string, customer: string, at: string) => ({
  id: `e${++seq}`,
  ticket,
  at,
  type: 'created',
  customer,
  service: 'email',
  priority: 'P3',
})
const resolved = (ticket: string, at: string) => ({
  id: `e${++seq}`,
  ticket,
  at,
  type: 'status',
  status: 'resolved',
})

/**
 * im: week 10 creates 3 and resolves 2, week 11 creates 2 and resolves 1,
 * week 12 resolves the one created on 12 March; im-3 stays open.
 * fm: week 12 creates 7, week 13 resolves 6 of them.
 * Before the switch to summer time on 29 March, so +01:00 throughout.
 */
const TICKET_EVENTS = [
  created('im-1', 'im', '2026-03-02T09:00:00+01:00'),
  resolved('im-1', '2026-03-03T10:00:00+01:00'),
  created('im-2', 'im', '2026-03-03T11:00:00+01:00'),
  resolved('im-2', '2026-03-05T12:00:00+01:00'),
  created('im-3', 'im', '2026-03-04T09:00:00+01:00'),
  created('im-4', 'im', '2026-03-10T09:00:00+01:00'),
  resolved('im-4', '2026-03-11T10:00:00+01:00'),
  created('im-5', 'im', '2026-03-12T09:00:00+01:00'),
  resolved('im-5', '2026-03-17T10:00:00+01:00'),
  ...[16, 17, 17, 18, 19, 20, 20].map((day, i) =>
    created(`fm-${i + 1}`, 'fm', `2026-03-${day}T${String(9 + i).padStart(2, '0')}:00:00+01:00`),
  ),
  ...[23, 24, 25, 26, 27, 27].map((day, i) => resolved(`fm-${i + 1}`, `2026-03-${day}T10:00:00+01:00`)),
]
/** Line 23 of the file: an fm record with a bad timestamp, for the quarantine. */
const BAD_LINE = { ...created('fm-x', 'fm', 'gestern'), id: 'bad-1' }

const WEEK_HEADER = ['Woche', 'Zeitraum', 'Erstellt', 'Gelöst']

/**
 * For the goal cockpit in English: the KPIs name no name of their own, so the
 * cockpit shows the metric's label in the chosen language; the goal's name is
 * the catalog's and stays German.
 */
const GOALS = [
  {
    id: 'zuverlaessigkeit',
    name: 'Zuverlässigkeit',
    kpis: [
      { id: 'loesung', metric: 'resolution_compliance', target: 75, warn: 25 },
      { id: 'rueckstand', metric: 'backlog', target: 0, warn: 1, direction: 'lower' as const },
    ],
  },
]

// ------------------------------------------------------------------ set-up

let testStore: TestStore
let catalog: Catalog
let server: TestServer
let browser: Browser
const failures: string[] = []

async function newUser(): Promise<{ context: BrowserContext; page: Page }> {
  const user = await openPage(browser, server.base)
  // Anything the app logs as an error (a CSP violation, a React error) fails the run;
  // the browser's own note on an HTTP 403 is expected where access is refused.
  watchBrowserErrors(user.page, failures, /status of 403/)
  return user
}

beforeAll(async () => {
  const built = buildWebIfStale()
  testStore = await openTestStore()
  catalog = await withCatalog(testStore.store, testCatalog({ goals: GOALS }))
  const file = await testStore.file('tickets.ndjson', ndjson([...TICKET_EVENTS, BAD_LINE]))
  const summary = await ingestFile(testStore.store, catalog, 'tickets', file)
  expect(summary).toMatchObject({ read: 23, stored: 22, quarantined: 1 })
  server = await startServer(testStore.store, { webDir: await built })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  await testStore?.close()
})

// ----------------------------------------------------------------- helpers

const nameOf = (id: string) => catalog.customers.find((c) => c.id === id)?.name ?? id

async function showWeeklyTable(page: Page) {
  await page.getByRole('button', { name: 'Als Tabelle anzeigen' }).click()
}

async function bodyText(page: Page): Promise<string> {
  return (await page.locator('body').textContent()) ?? ''
}

// ------------------------------------------------------------------- tests

describe('dashboard in Chromium', () => {
  let ministry: { context: BrowserContext; page: Page }
  /** Every tRPC answer the ministry user's browser received after signing in. */
  const ministryAnswers: Promise<string>[] = []
  const recordAnswer = (response: Response) => {
    // A body the browser dropped before it was read (the page had navigated on) was never shown.
    if (response.url().includes('/trpc/')) ministryAnswers.push(response.text().catch(() => ''))
  }

  it('a ministry user signs in on the login page and lands on its report', async () => {
    ministry = await newUser()
    const { page } = ministry
    await page.goto('/')
    await page.waitForURL('**/anmelden')
    for (const group of ['Leitung', 'Servicemanagement', 'Ressorts']) {
      await page.getByRole('heading', { name: group, exact: true }).waitFor()
    }
    await screenshot(page, 'dashboard-anmelden')
    page.on('response', recordAnswer)
    await page.getByRole('button', { name: `Demo ${nameOf('im')}` }).click()
    await page.waitForURL('**/bericht')
    await page.getByRole('banner').getByText('Ressort', { exact: true }).waitFor()
    // Only the Ressort pages in the navigation (the list itself is navigation.test.ts's to check).
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' })
    await expect.poll(() => nav.getByRole('heading').allTextContents()).toEqual(['Ressort'])
    expect((await nav.getByRole('link').allTextContents()).slice(0, 2)).toEqual([
      'Ressortbericht',
      'Tickets je Woche',
    ])
  })

  it('the March report shows the ministry figures', async () => {
    const { page } = ministry
    await page.goto('/bericht?monat=2026-03')
    await page.getByRole('heading', { name: `${nameOf('im')} · März 2026` }).waitFor()
    const value = (figure: string) => page.locator(`[data-figure="${figure}"] .figure-value`).textContent()
    // im created 5 tickets in March, resolved 4; im-3 is still open at the end.
    expect(await value('created')).toBe('5')
    expect(await value('resolved')).toBe('4')
    expect(await value('open_at_end')).toBe('1')
    expect(await value('reopened')).toBe('0')
    // No surveys: CSAT and NPS are no data, not 0.
    expect(await value('csat')).toBe('–keine Daten')
    // P3 resolution target 24 h = 1440 business minutes, office hours Mon-Fri 8-16 (480 a day):
    // im-1 420 + 120 = 540, im-2 300 + 480 + 240 = 1020, im-4 420 + 120 = 540 met;
    // im-5 Thu 420 + Fri 480 + Mon 480 + Tue 120 = 1500 breached. 3 of 4 = 75 %,
    // mean (540 + 1020 + 540 + 1500) / 4 = 900 minutes = 15 hours.
    expect(await value('resolution')).toBe('75,0\u00a0%')
    expect(await value('mean_resolution')).toBe('15,0 Stunden Servicezeit')
    // No checks were loaded: availability is no data for both of im's services, in catalog order;
    // only e-mail has an SLA, with a 99.5 % target.
    const none = '–keine Daten'
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
      ['E-Mail', none, '99,50\u00a0%', none, '0', none, none, '0,0\u00a0%'],
      ['E-Akte', none, none, none, '0', none, none, '0,0\u00a0%'],
    ])
    expect(await page.getByRole('combobox', { name: 'Ressort' }).count()).toBe(0)
    await screenshot(page, 'dashboard-ressort-bericht')
  })

  it('a ministry user sees its own weekly tickets and nothing of the other ministry', async () => {
    const { page } = ministry
    await page.goto(`/tickets?${PERIOD}`)
    await page.getByRole('heading', { name: 'Tickets je Woche', level: 1 }).waitFor()
    await showWeeklyTable(page)
    expect(await tableCells(page, 'Tickets je Kalenderwoche')).toEqual([
      WEEK_HEADER,
      ['KW 10/2026', '02.03.–08.03.2026', '3', '2'],
      ['KW 11/2026', '09.03.–15.03.2026', '2', '1'],
      ['KW 12/2026', '16.03.–22.03.2026', '0', '1'],
      ['KW 13/2026', '23.03.–29.03.2026', '0', '0'],
      ['Summe', '5', '4'],
    ])
    await page.getByText(`Ressort: ${nameOf('im')}`).waitFor()
    // No selector of ministries at all, so none that offers fm; no per-ministry table.
    expect(await page.getByRole('checkbox').count()).toBe(0)
    expect(await page.locator('select').count()).toBe(0)
    expect(await page.getByRole('table', { name: 'Summen je Ressort im Zeitraum' }).count()).toBe(0)
    expect(await bodyText(page)).not.toContain(nameOf('fm'))
    await screenshot(page, 'dashboard-ressort-tickets')
  })

  it('a ministry user asking for another ministry by URL gets an access error and no data', async () => {
    const { page } = ministry
    await page.goto(`/tickets?${PERIOD}&ressort=fm`)
    await page.getByRole('alert').filter({ hasText: 'Kein Zugriff auf dieses Ressort.' }).waitFor()
    expect(await page.getByRole('table').count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Als Tabelle anzeigen' }).count()).toBe(0)
    expect(await bodyText(page)).not.toContain(nameOf('fm'))

    await page.goto('/bericht?monat=2026-03&ressort=fm')
    await page.getByRole('alert').filter({ hasText: 'Kein Zugriff auf dieses Ressort.' }).waitFor()
    expect(await page.locator('.figure').count()).toBe(0)
  })

  it('a ministry user cannot open the quarantine', async () => {
    const { page } = ministry
    await page.goto('/quarantaene')
    await page.getByRole('heading', { name: 'Kein Zugriff', level: 1 }).waitFor()
    expect(await page.getByRole('table').count()).toBe(0)
  })

  it("no answer the ministry user's browser received carried the other ministry", async () => {
    ministry.page.off('response', recordAnswer)
    expect(ministryAnswers.length).toBeGreaterThan(3)
    for (const answer of await Promise.all(ministryAnswers)) {
      expect(answer).not.toContain('"fm"')
      expect(answer).not.toContain(nameOf('fm'))
    }
  })

  it('signing out leads back to the login page', async () => {
    const { page, context } = ministry
    await page.goto('/tickets')
    await page.getByRole('button', { name: 'Abmelden' }).click()
    await page.waitForURL('**/anmelden')
    await page.goto('/bericht')
    await page.waitForURL('**/anmelden')
    await context.close()
  })

  it('leadership follows a shared link through the login and sees both ministries', async () => {
    const { page } = await newUser()
    await page.goto(`/tickets?${PERIOD}`)
    await page.waitForURL('**/anmelden')
    await page.getByRole('button', { name: 'Demo Leitung' }).click()
    await page.waitForURL(`**/tickets?${PERIOD}`)
    await showWeeklyTable(page)
    // Both ministries summed: week 12 has fm's 7 created and im's 1 resolved.
    expect(await tableCells(page, 'Tickets je Kalenderwoche')).toEqual([
      WEEK_HEADER,
      ['KW 10/2026', '02.03.–08.03.2026', '3', '2'],
      ['KW 11/2026', '09.03.–15.03.2026', '2', '1'],
      ['KW 12/2026', '16.03.–22.03.2026', '7', '1'],
      ['KW 13/2026', '23.03.–29.03.2026', '0', '6'],
      ['Summe', '12', '10'],
    ])
    expect(await tableCells(page, 'Summen je Ressort im Zeitraum')).toEqual([
      ['Ressort', 'Erstellt', 'Gelöst'],
      [nameOf('im'), '5', '4'],
      [nameOf('fm'), '7', '6'],
    ])
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' })
    await expect
      .poll(() => nav.getByRole('heading').allTextContents())
      .toEqual(['Leitung', 'Servicemanagement', 'Ressort'])
    await screenshot(page, 'dashboard-leitung-tickets')

    // Narrowing to fm through the ministry filter writes it into the URL.
    await page.getByText('Ressorts:').click()
    // click, not uncheck: the box follows the URL, which updates a few microtasks later.
    await page.getByRole('checkbox', { name: nameOf('im') }).click()
    await page.waitForURL(`**/tickets?${PERIOD}&ressort=fm`)
    // The previous numbers stay while the new ones load: wait for fm's sums.
    await expect
      .poll(async () => (await tableCells(page, 'Tickets je Kalenderwoche')).at(-1))
      .toEqual(['Summe', '7', '6'])

    // The quarantine lists fm's bad line.
    await page.getByRole('link', { name: 'Quarantäne' }).click()
    const rows = await tableCells(page, 'Datensätze in Quarantäne')
    expect(rows).toHaveLength(2)
    expect(rows[1]?.[0]).toMatch(/^tickets\.ndjson/)
    expect(rows[1]?.slice(1, 3)).toEqual(['23', 'Tickets'])
    expect(rows[1]?.[3]).toContain("'gestern' is not an ISO 8601 timestamp")
    await screenshot(page, 'dashboard-quarantaene')
  })

  it('leadership reads the tickets, the quarantine and the goals in English', async () => {
    const { page, context } = await newUser()
    // A shared link in English: the sign-in on the way is English too, and leads back to it.
    await page.goto(`/tickets?${PERIOD}&sprache=en`)
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor()
    await page.getByRole('button', { name: 'Demo Leitung' }).click()
    await page.waitForURL(`**/tickets?${PERIOD}&sprache=en`)
    await page.getByRole('heading', { name: 'Tickets per week', level: 1 }).waitFor()
    expect(await page.locator('.page-lead').textContent()).toBe(
      'New and resolved tickets per calendar week (Monday to Sunday), summed over the selected ministries.',
    )
    expect(await page.locator('.period-line').textContent()).toContain('Period: 02/03/2026 to 29/03/2026')
    // The same March as in German: 12 created, 10 resolved, balance +2 (the figures load on their own).
    await expect
      .poll(() => page.locator('.stat').allTextContents())
      .toEqual(['Created12', 'Resolved10', 'Balance (created − resolved)+2'])
    for (const preset of [
      'This month (to date)',
      'Last month',
      'This quarter (to date)',
      'Last quarter',
      'This year (to date)',
      'Last 12 full months',
    ]) {
      await page.getByRole('button', { name: preset }).waitFor()
    }
    await page.getByLabel('From', { exact: true }).waitFor()
    await page.getByLabel('To (inclusive)', { exact: true }).waitFor()
    await page.getByRole('button', { name: 'Apply' }).waitFor()
    expect(await page.locator('.filter-customers summary').textContent()).toBe('Ministries: all (2)')
    await page.getByRole('figure', { name: 'Created and resolved tickets per calendar week' }).waitFor()
    await expect
      .poll(() => page.locator('.recharts-legend-item-text').allTextContents())
      .toEqual(['Created', 'Resolved'])
    await page.getByRole('button', { name: 'Show as table' }).click()
    expect(await tableCells(page, 'Tickets per calendar week')).toEqual([
      ['Week', 'Period', 'Created', 'Resolved'],
      ['Week 10/2026', '02/03–08/03/2026', '3', '2'],
      ['Week 11/2026', '09/03–15/03/2026', '2', '1'],
      ['Week 12/2026', '16/03–22/03/2026', '7', '1'],
      ['Week 13/2026', '23/03–29/03/2026', '0', '6'],
      ['Total', '12', '10'],
    ])
    expect(await tableCells(page, 'Totals per ministry in the period')).toEqual([
      ['Ministry', 'Created', 'Resolved'],
      [nameOf('im'), '5', '4'],
      [nameOf('fm'), '7', '6'],
    ])
    const tickets = await bodyText(page)
    for (const german of [
      'Tickets je',
      'Erstellt',
      'Gelöst',
      'Summe',
      'KW ',
      'Zeitraum',
      'Ressort',
      'Anwenden',
    ]) {
      expect(tickets).not.toContain(german)
    }
    await screenshot(page, 'dashboard-en-tickets')

    // Through the navigation to the quarantine: still English.
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Quarantine' })
      .click()
    await page.getByRole('heading', { name: 'Quarantine', level: 1 }).waitFor()
    const rows = await tableCells(page, 'Records in quarantine')
    expect(rows[0]).toEqual(['File', 'Line', 'Kind', 'Reason', 'Raw line'])
    expect(rows).toHaveLength(2)
    // The file name, then its run and when it was refused, day before month.
    expect(rows[1]?.[0]).toMatch(/^tickets\.ndjsonRun \d+, \d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}$/)
    expect(rows[1]?.slice(1, 3)).toEqual(['23', 'Tickets'])
    await page.getByText('1 record', { exact: true }).waitFor()
    const kind = page.getByRole('combobox', { name: 'Kind' })
    await expect
      .poll(() => kind.locator('option').allTextContents())
      .toEqual(['All kinds', 'Tickets', 'Monitoring checks', 'Maintenance windows', 'Surveys', 'KPIs'])
    const quarantine = await bodyText(page)
    for (const german of ['Quarantäne', 'Datei', 'Zeile', 'Grund', 'Rohzeile', 'Datensatz', 'Lauf ']) {
      expect(quarantine).not.toContain(german)
    }
    await kind.selectOption('checks')
    await page.getByText('No records in quarantine', { exact: true }).waitFor()
    await page.getByText('Nothing was refused for "Monitoring checks".', { exact: true }).waitFor()

    // The goal cockpit opens in German (no language in the link, none chosen yet); the header button switches.
    await page.goto('/ziele?zeitraum=2026-03')
    await page.getByRole('heading', { name: 'Ziele', level: 1 }).waitFor()
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('heading', { name: 'Goals', level: 1 }).waitFor()
    expect(await page.locator('.period-line strong').textContent()).toBe('March 2026')
    expect(await page.locator('.period-line').textContent()).toContain('(01/03/2026 to 31/03/2026)')
    // The goal's name is the catalog's, as written.
    await page.getByRole('heading', { name: 'Zuverlässigkeit', level: 2 }).waitFor()
    const loesung = page.locator('[data-kpi="loesung"]')
    await loesung.waitFor()
    expect(await loesung.locator('h3').textContent()).toBe('Resolution time met')
    // P3, 24 h = 1440 business minutes: im-1, im-2, im-4 met, im-5 breached; fm's six
    // all took more than a week: 3 of 10 = 30 %, between warn 25 and target 75: amber.
    expect(await loesung.locator('.kpi-value').textContent()).toBe('30.0%')
    expect(await loesung.locator('.goal-status').first().textContent()).toBe(
      'amber – warning level met, target missed',
    )
    expect(await loesung.locator('.kpi-target').textContent()).toBe(
      'Target ≥ 75.0%, warning level ≥ 25.0% · higher is better',
    )
    await loesung.getByText('How is this computed?', { exact: true }).click()
    await loesung
      .getByText('Tickets resolved in the period within the resolution time of the SLA, over all ministries.')
      .waitFor()
    // Per ministry: im 3 of 4 = 75 % green, fm 0 of 6 red.
    await loesung.getByText('Per ministry', { exact: true }).click()
    expect(await tableCells(page, 'Resolution time met per ministry')).toEqual([
      ['Ministry', 'Value', 'Status'],
      [nameOf('im'), '75.0%', 'green (target met)'],
      [nameOf('fm'), '0.0%', 'red (target and warning level missed)'],
    ])
    await loesung.getByText('Trend as a table', { exact: true }).click()
    const trend = await tableCells(page, 'Resolution time met: trend over the last 12 months')
    expect(trend).toHaveLength(13)
    expect(trend[0]).toEqual(['Month', 'Value', 'Status'])
    expect(trend[1]).toEqual(['April 2025', '–no data', 'grey (no data)'])
    expect(trend[12]).toEqual(['March 2026', '30.0%', 'amber (warning level met, target missed)'])
    // im-3 and fm-7 are open at the end of March: 2 tickets, above warn 1 (lower is better): red.
    const backlog = page.locator('[data-kpi="rueckstand"]')
    expect(await backlog.locator('h3').textContent()).toBe('Open tickets (backlog)')
    expect(await backlog.locator('.kpi-value').textContent()).toBe('2\u00a0tickets')
    expect(await backlog.locator('.kpi-target').textContent()).toBe(
      'Target ≤ 0\u00a0tickets, warning level ≤ 1\u00a0ticket · lower is better',
    )
    // The scorecard's sentence: none green, one amber, one red.
    await expect
      .poll(() => page.locator('.scorecard-summary').textContent())
      .toBe('0 of 2 KPIs on target, 1 narrowly missed, 1 missed.')
    const goals = await bodyText(page)
    for (const german of [
      'Ziel ',
      'Warnschwelle',
      'Verlauf',
      'Je Ressort',
      'Kennzahl',
      'höher',
      'keine Daten',
      'grün',
    ]) {
      expect(goals).not.toContain(german)
    }
    await screenshot(page, 'dashboard-en-ziele')

    // The quarter, in English words.
    await page.getByRole('combobox', { name: 'Period' }).selectOption('quarter')
    await page.getByRole('combobox', { name: 'Quarter' }).selectOption('2026-Q1')
    await page.waitForURL('**/ziele?zeitraum=2026-Q1')
    await expect.poll(() => page.locator('.period-line strong').textContent()).toBe('Q1 2026')
    await context.close()
  })

  it('logged no errors in the browser', () => {
    expect(failures).toEqual([])
  })
})
