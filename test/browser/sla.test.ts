/**
 * The SLA views end to end: the built web app served by the real server on a
 * real chDB store, driven in real Chromium. The open tickets are made
 * relative to the real current time on a 24x7 calendar, so business time is
 * wall time and every expected number below is plain arithmetic:
 *
 * - SLA-LATE (im, P1, resolution 4 h): created 5 h ago, in progress after
 *   5 min: 300 of 240 minutes, breached 1 h ago.
 * - SLA-RISK (im, P1): created 4 h 10 min ago, waiting from minute 60 to 120,
 *   in progress since: 60 + 130 = 190 of 240 minutes (79 %, at risk from
 *   75 %); the target is reached in 50 minutes. One status event 10 minutes
 *   before its creation is ignored.
 * - SLA-FM (fm, P2, 8 h): created 7 h ago: 420 of 480 minutes (87 %), at risk,
 *   60 minutes left.
 * - SLA-OK (im, P3, 24 h): created 1 h ago, not at risk.
 * - SLA-RISK gets a subject and an assignee group by later `update` and
 *   `assign` events.
 *
 * The board lists at risk first, the least time left on top (SLA-RISK, then
 * SLA-FM), then the breached (SLA-LATE).
 * - SLA-DONE-1 and SLA-DONE-2 (im, e-mail): resolved at the same instant ten
 *   days ago after 3 h (P2: met) and 6 h (P1: breached).
 *
 * The tests of this file run in order and share the browser contexts.
 */
import { join } from 'node:path'
import type { Browser, BrowserContext, Page, Response } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestFile } from '../../ingest/ingest'
import type { Catalog } from '../../shared/catalog'
import {
  buildWebIfStale,
  cellsOf,
  launchChromium,
  openPage,
  ROOT,
  screenshot,
  signIn,
  startServer,
  type TestServer,
  tableCells,
  watchBrowserErrors,
} from '../support/browser'
import { ndjson, openTestStore, type TestStore, testCatalog, withCatalog } from '../support/fixtures'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const NBSP = '\u00a0'

// ---------------------------------------------------------------- fixtures

/** One SLA for everything, on the 24x7 calendar: business minutes are wall minutes. */
const CATALOG = testCatalog({
  slas: [
    {
      id: 'rund-um-die-uhr',
      customers: '*',
      services: '*',
      response: { calendar: 'always', P1: '30m', P2: '1h', P3: '2h', P4: '4h' },
      resolution: { calendar: 'always', P1: '4h', P2: '8h', P3: '24h', P4: '40h' },
      at_risk: 75,
    },
  ],
})

let seq = 0
const event = (ticket: string, at: number, fields: object) => ({
  id: `s${++seq}`,
  ticket,
  at: new Date(at).toISOString(),
  ...fields,
})
const created = (ticket: string, at: number, customer: string, service: string, priority: string) =>
  event(ticket, at, { type: 'created', customer, service, priority })
const status = (ticket: string, at: number, value: string) =>
  event(ticket, at, { type: 'status', status: value })

/** The fixture, relative to `now`: see the file comment. */
function ticketEvents(now: number) {
  const risk = now - (4 * HOUR + 10 * MINUTE)
  const late = now - 5 * HOUR
  const fm = now - 7 * HOUR
  const done = now - 10 * 24 * HOUR
  return [
    status('SLA-RISK', risk - 10 * MINUTE, 'in_progress'),
    created('SLA-RISK', risk, 'im', 'eakte', 'P1'),
    status('SLA-RISK', risk + 5 * MINUTE, 'in_progress'),
    status('SLA-RISK', risk + 60 * MINUTE, 'waiting'),
    status('SLA-RISK', risk + 120 * MINUTE, 'in_progress'),
    event('SLA-RISK', risk + MINUTE, { type: 'update', title: 'Akte lässt sich nicht öffnen' }),
    event('SLA-RISK', risk + 2 * MINUTE, { type: 'assign', group: 'Team E-Akte' }),
    created('SLA-LATE', late, 'im', 'email', 'P1'),
    status('SLA-LATE', late + 5 * MINUTE, 'in_progress'),
    created('SLA-FM', fm, 'fm', 'email', 'P2'),
    status('SLA-FM', fm + 5 * MINUTE, 'in_progress'),
    created('SLA-OK', now - HOUR, 'im', 'email', 'P3'),
    event('SLA-OK', now - 50 * MINUTE, { type: 'responded' }),
    created('SLA-DONE-1', done - 3 * HOUR, 'im', 'email', 'P2'),
    status('SLA-DONE-1', done - 3 * HOUR + 5 * MINUTE, 'in_progress'),
    status('SLA-DONE-1', done, 'resolved'),
    created('SLA-DONE-2', done - 6 * HOUR, 'im', 'email', 'P1'),
    status('SLA-DONE-2', done - 6 * HOUR + 5 * MINUTE, 'in_progress'),
    status('SLA-DONE-2', done, 'resolved'),
  ]
}

// Berlin dates and times, written with Intl here rather than with the app's own helpers.
const ZONE = 'Europe/Berlin'
const isoDate = (ms: number) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(ms)
const germanDate = (ms: number) =>
  new Intl.DateTimeFormat('de-DE', {
    timeZone: ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(ms)
const germanTime = (ms: number) =>
  new Intl.DateTimeFormat('de-DE', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' }).format(ms)
const monthTitle = (ms: number) =>
  new Intl.DateTimeFormat('de-DE', { timeZone: ZONE, month: 'long', year: 'numeric' }).format(ms)
// British English: day first with slashes, 24-hour clock.
const englishDate = (ms: number) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(ms)
const englishTime = (ms: number) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' }).format(ms)
const englishMonthTitle = (ms: number) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, month: 'long', year: 'numeric' }).format(ms)

// ------------------------------------------------------------------ set-up

let testStore: TestStore
let catalog: Catalog
let server: TestServer
let browser: Browser
/** The instant the open tickets are made relative to. */
let now: number
const failures: string[] = []

async function newUser(): Promise<{ context: BrowserContext; page: Page }> {
  const user = await openPage(browser, server.base)
  // The browser's own note on an HTTP 404 is expected where a ticket is not found.
  watchBrowserErrors(user.page, failures, /status of 40[34]/)
  return user
}

beforeAll(async () => {
  // A folder of this file's own: the dashboard test may be rebuilding dist/web at the same moment
  // in another process.
  const webDir = buildWebIfStale(join(ROOT, '.tmp', 'web-sla-test'))
  testStore = await openTestStore()
  catalog = await withCatalog(testStore.store, CATALOG)
  const distribution = await webDir
  // After the build: the clocks start as late as possible before the browser reads them.
  now = Date.now()
  const events = ticketEvents(now)
  const file = await testStore.file('tickets.ndjson', ndjson(events))
  expect(await ingestFile(testStore.store, catalog, 'tickets', file)).toMatchObject({
    read: events.length,
    stored: events.length,
    quarantined: 0,
  })
  server = await startServer(testStore.store, { webDir: distribution })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  await testStore?.close()
})

// ----------------------------------------------------------------- helpers

const nameOf = (id: string) => catalog.customers.find((c) => c.id === id)?.name ?? id

/** The cells of a table's rows, header rows included, by a locator. */
const cells = (page: Page, selector: string) => cellsOf(page.locator(selector))

/** Board rows: [ticket and state, subject and group, service and Ressort, priority, status, clock, deadline, time left]. */
async function boardRows(page: Page): Promise<string[][]> {
  return (await cells(page, 'table.board-table')).slice(1)
}

// ------------------------------------------------------------------- tests

describe('SLA views in Chromium', () => {
  let staff: { context: BrowserContext; page: Page }

  it('service management starts on the situation page; each number leads to its list', async () => {
    const { page, context } = await newUser()
    await page.setViewportSize({ width: 1440, height: 900 })
    await signIn(page, server.base, 'Demo Servicemanagement')
    await page.waitForURL('**/lage')
    await page.getByRole('heading', { name: 'Lage', level: 1 }).waitFor()
    const figure = (label: string) => page.locator('.stat', { hasText: label }).locator('dd')
    await figure('Gefährdet').waitFor()
    // SLA-RISK and SLA-FM at risk, SLA-LATE breached, four open with an SLA.
    expect(await figure('Gefährdet').textContent()).toBe('2')
    expect(await figure('Verletzt').textContent()).toBe('1')
    expect(await figure('Offen mit SLA').textContent()).toBe('4')
    expect(await tableCells(page, 'Gefährdete und verletzte Tickets je Ressort und Priorität')).toEqual([
      ['Ressort', 'P1', 'P2', 'P3', 'P4'],
      [nameOf('fm'), '–', '1 gefährdet, 0 verletzt', '–', '–'],
      [nameOf('im'), '1 gefährdet, 1 verletzt', '–', '–', '–'],
    ])
    // No checks at all: both services are without current measurements; nothing in quarantine.
    expect(await page.getByRole('heading', { name: 'Dienste ohne aktuelle Messwerte: 2' }).count()).toBe(1)
    expect(await page.getByRole('link', { name: '0 abgewiesene Datensätze' }).getAttribute('href')).toBe(
      '/quarantaene',
    )
    await screenshot(page, 'lage')
    await figure('Gefährdet').getByRole('link').click()
    await page.waitForURL('**/sla?zustand=gefaehrdet')
    await expect
      .poll(async () => (await boardRows(page)).map((row) => row[0]))
      .toEqual(['SLA-RISKgefährdet', 'SLA-FMgefährdet'])
    await context.close()
  })

  it('the board at 1440 × 900 shows the at-risk tickets first by time left, then the breached one', async () => {
    staff = await newUser()
    const { page, context } = staff
    await page.setViewportSize({ width: 1440, height: 900 })
    // Fake timers (time still flows) so the 30-second refresh can be fast-forwarded below.
    await context.clock.install()
    await signIn(page, server.base, 'Demo Servicemanagement')
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' })
    await nav.getByRole('link', { name: 'SLA-Board' }).click()
    await page.waitForURL('**/sla')
    await page.getByRole('heading', { name: 'SLA-Board', level: 1 }).waitFor()
    // The SLA views are the service management's (other pages may sit beside them).
    const serviceManagement = nav.getByRole('list', { name: 'Servicemanagement', exact: true })
    expect((await serviceManagement.getByRole('link').allTextContents()).slice(0, 3)).toEqual([
      'Lage',
      'SLA-Board',
      'SLA-Einhaltung',
    ])

    const rows = await boardRows(page)
    // 4 open tickets with an SLA: 1 breached (SLA-LATE), 2 at risk (SLA-RISK, SLA-FM); SLA-OK is in plan.
    const figure = (label: string) => page.locator('.stat', { hasText: label }).locator('dd').textContent()
    expect(await figure('Offen')).toBe('4')
    expect(await figure('Verletzt')).toBe('1')
    expect(await figure('Gefährdet')).toBe('2')
    // The first row is the ticket with the least time left: SLA-RISK (50 min), then SLA-FM (60 min).
    expect(rows.map((row) => row[0])).toEqual(['SLA-RISKgefährdet', 'SLA-FMgefährdet', 'SLA-LATEverletzt'])
    expect(
      await page
        .locator('table.board-table tbody tr')
        .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-state'))),
    ).toEqual(['at_risk', 'at_risk', 'breached'])

    const [risk, fm, late] = rows
    expect(late?.slice(1, 5)).toEqual([
      'ohne Betreff',
      `E-Mail${nameOf('im')}SLA rund-um-die-uhr`,
      'P1',
      'In Bearbeitung',
    ])
    // 300 of 240 minutes: 125 %, breached one hour ago (a few seconds more by now).
    // A slow run may be a minute further on; the board's present is its last 30-second step, up to a minute back.
    expect(late?.[5]).toMatch(
      new RegExp(
        `^Lösung(5${NBSP}Std\\.( 1${NBSP}Min\\.)?|4${NBSP}Std\\. 59${NBSP}Min\\.) von 4${NBSP}Std\\. \\((124|125)${NBSP}%\\)$`,
      ),
    )
    expect(late?.[7]).toMatch(
      new RegExp(`^seit (59${NBSP}Min\\.|1${NBSP}Std\\.( 1${NBSP}Min\\.)?) überschritten$`),
    )
    // 190 of 240 minutes = 79 %; 50 minutes left, less the seconds the test has run.
    expect(risk?.slice(1, 5)).toEqual([
      'Akte lässt sich nicht öffnenTeam E-Akte',
      `E-Akte${nameOf('im')}SLA rund-um-die-uhr`,
      'P1',
      'In Bearbeitung',
    ])
    expect(risk?.[5]).toMatch(
      new RegExp(`^Lösung3${NBSP}Std\\. (9|1[01])${NBSP}Min\\. von 4${NBSP}Std\\. \\(79${NBSP}%\\)$`),
    )
    expect(risk?.[6]).toBe(`${germanDate(now + 50 * MINUTE)}${germanTime(now + 50 * MINUTE)} Uhr`)
    expect(risk?.[7]).toMatch(new RegExp(`^noch (4[5-9]|5[01])${NBSP}Min\\.$`))
    // fm: 420 of 480 minutes = 87 %, 60 minutes left.
    expect(fm?.slice(2, 5)).toEqual([`E-Mail${nameOf('fm')}SLA rund-um-die-uhr`, 'P2', 'In Bearbeitung'])
    expect(fm?.[5]).toMatch(
      new RegExp(
        `^Lösung(7${NBSP}Std\\.( 1${NBSP}Min\\.)?|6${NBSP}Std\\. 59${NBSP}Min\\.) von 8${NBSP}Std\\. \\(87${NBSP}%\\)$`,
      ),
    )
    expect(fm?.[7]).toMatch(new RegExp(`^noch (5\\d${NBSP}Min\\.|1${NBSP}Std\\.( 1${NBSP}Min\\.)?)$`))
    await screenshot(page, 'sla-board')
  })

  it('the board refreshes every 30 seconds until paused, and filters by Ressort in the URL', async () => {
    const { page, context } = staff
    await expect
      .poll(() => page.locator('.live-status').textContent())
      .toMatch(/^Stand: \d\d:\d\d:\d\d · aktualisiert sich automatisch/)
    const refreshed = page.waitForResponse((response) => response.url().includes('sla.board'))
    await context.clock.fastForward(31_000)
    await refreshed

    await page.getByRole('button', { name: 'Pausieren' }).click()
    await page.getByText('automatische Aktualisierung pausiert').waitFor()
    const asked: string[] = []
    const record = (response: Response) => {
      if (response.url().includes('sla.board')) asked.push(response.url())
    }
    page.on('response', record)
    await context.clock.fastForward(65_000)
    // Give a refresh that should not come time to show up.
    await page.waitForTimeout(300)
    page.off('response', record)
    expect(asked).toEqual([])
    await page.getByRole('button', { name: 'Fortsetzen' }).click()

    await page.getByRole('combobox', { name: 'Ressort' }).selectOption({ label: nameOf('fm') })
    await page.waitForURL('**/sla?ressort=fm')
    await expect.poll(async () => (await boardRows(page)).map((row) => row[0])).toEqual(['SLA-FMgefährdet'])
    // Priority and state filters live in the URL too.
    await page.goto('/sla?prioritaet=P1&zustand=verletzt')
    await expect.poll(async () => (await boardRows(page)).map((row) => row[0])).toEqual(['SLA-LATEverletzt'])
    expect(await page.getByRole('combobox', { name: 'Priorität' }).inputValue()).toBe('P1')
    await page.getByRole('combobox', { name: 'Zustand' }).selectOption({ label: 'gefährdet' })
    await page.waitForURL('**/sla?prioritaet=P1&zustand=gefaehrdet')
    await expect.poll(async () => (await boardRows(page)).map((row) => row[0])).toEqual(['SLA-RISKgefährdet'])
  })

  it("the at-risk ticket's timeline shows its running and paused stretches and the time used", async () => {
    const { page } = staff
    await page.goto('/sla')
    await page.getByRole('link', { name: 'SLA-RISK' }).click()
    await page.waitForURL('**/sla/tickets/SLA-RISK')
    await page.getByRole('heading', { name: 'Ticket SLA-RISK', level: 1 }).waitFor()

    const resolution = page.locator('section.clock-section[data-clock="resolution"]')
    expect(await resolution.locator('h2').textContent()).toBe('Lösung gefährdet')
    expect(await resolution.locator('.clock-figure').textContent()).toMatch(
      new RegExp(
        `^3${NBSP}Std\\. (9|1[01])${NBSP}Min\\. von 4${NBSP}Std\\. Geschäftszeit verbraucht \\(79${NBSP}%\\)$`,
      ),
    )
    // 4 h 10 min ago + 60 running + 60 paused + 180 running = 50 minutes from now.
    const deadline = now + 50 * MINUTE
    expect(await resolution.locator('.clock-verdict').textContent()).toBe(
      `Die Frist läuft am ${germanDate(deadline)} um ${germanTime(deadline)} ab, wenn die Uhr weiterläuft.`,
    )
    const created = now - (4 * HOUR + 10 * MINUTE)
    const at = (minutes: number) =>
      `${germanDate(created + minutes * MINUTE)}, ${germanTime(created + minutes * MINUTE)}`
    const stretches = await cells(page, 'section.clock-section[data-clock="resolution"] table')
    expect(stretches.slice(1, 3)).toEqual([
      ['laufend', at(0), at(60), '60', '60'],
      ['pausiert', at(60), at(120), '0', '60'],
    ])
    expect(stretches[3]?.slice(0, 3)).toEqual(['laufend', at(120), 'läuft noch'])
    // The timeline is evaluated at the last 30-second step, up to a minute back.
    expect(stretches[3]?.[3]).toMatch(/^(129|13[01])$/)
    expect(stretches[3]?.[4]).toMatch(/^(189|19[01])$/)

    // The bar: two running stretches with the pause between them, and the deadline ahead.
    const lane = page.locator('.timeline-lane[data-clock="resolution"]')
    expect(
      await lane.locator('.timeline-segment').evaluateAll((segments) => segments.map((s) => s.className)),
    ).toEqual([
      'timeline-segment segment-running',
      'timeline-segment segment-paused',
      'timeline-segment segment-running',
    ])
    expect(await lane.locator('.timeline-marker-label').textContent()).toBe('Frist')

    // The event before the creation is listed, marked and explained.
    const events = await cells(page, 'table.event-table')
    expect(events.slice(1).map((row) => row.slice(1))).toEqual([
      ['Status → In Bearbeitung', 'ignoriert Liegt vor dem Anlegen des Tickets und zählt daher nicht.'],
      ['erstellt', ''],
      ['Status → In Bearbeitung', ''],
      ['Status → Wartend', ''],
      ['Status → In Bearbeitung', ''],
    ])
    await screenshot(page, 'sla-zeitleiste')
  })

  it('compliance shows the counts behind the rate and the heatmap; a count opens its tickets', async () => {
    const { page } = staff
    const done = now - 10 * 24 * HOUR
    const from = isoDate(now - 20 * 24 * HOUR)
    const to = isoDate(now + 24 * HOUR)
    await page.goto(`/sla/einhaltung?von=${from}&bis=${to}`)
    await page.getByRole('heading', { name: 'SLA-Einhaltung', level: 1 }).waitFor()
    await page.locator('.recharts-surface').first().waitFor()

    // Ressort × Dienst: only e-mail has resolved tickets; im 1 of 2 = 50 % (2 tickets below it,
    // then the link's name for screen readers), fm none (grey).
    expect(await cells(page, 'table.heatmap')).toEqual([
      ['Ressort', 'E-Mail'],
      [nameOf('im'), '50250 %, 1 von 2 eingehalten: Tickets anzeigen'],
      [nameOf('fm'), '–keine Daten'],
    ])

    // The month both were resolved in: 1 met, 1 breached, 50 %; mean (3 h + 6 h) / 2 = 4,5 business hours.
    const table = await cells(page, 'table.compliance-table')
    const month = table.find((row) => row[0]?.startsWith(monthTitle(done)))
    expect(month?.slice(1, 4)).toEqual(['1', '1', `50,0${NBSP}%`])
    expect(month?.[7]).toBe('4,5')
    await screenshot(page, 'sla-einhaltung')
    await page.emulateMedia({ media: 'print' })
    await screenshot(page, 'sla-einhaltung-druck')
    await page.emulateMedia({ media: 'screen' })

    await page
      .locator('table.compliance-table tr', { hasText: monthTitle(done) })
      .getByRole('link', { name: '1 Lösung verletzt: Tickets anzeigen' })
      .click()
    await page.waitForURL(/\/sla\/tickets\?.*ergebnis=resolution_breached/)
    await page.getByText('1 Ticket', { exact: true }).waitFor()
    const tickets = await cells(page, 'table.ticket-table')
    expect(tickets.slice(1).map((row) => row[0])).toEqual(['SLA-DONE-2'])
    // 6 h of the P1 target of 4 h.
    expect(tickets[1]?.[7]).toBe(`6${NBSP}Std. von 4${NBSP}Std.verletzt`)
    await screenshot(page, 'sla-tickets')
    await staff.context.close()
  })

  it('a ministry user sees only its own tickets, and another ministry’s ticket is not found', async () => {
    const { page, context } = await newUser()
    // Every API answer passes through here, read in full: one the page navigated away from counts too.
    const answers: string[] = []
    await context.route('**/trpc/**', async (route) => {
      try {
        const response = await route.fetch()
        const body = await response.text()
        if (!route.request().url().includes('/trpc/auth.')) answers.push(body)
        await route.fulfill({ response, body })
      } catch {
        // The page moved on (or closed) before the answer came: it never showed it.
      }
    })
    await signIn(page, server.base, `Demo ${nameOf('im')}`)
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' })
    // One group, Ressort, with the SLA views of its own tickets (allTextContents does not wait).
    await nav.getByRole('heading').first().waitFor()
    await expect.poll(() => nav.getByRole('heading').allTextContents()).toEqual(['Ressort'])
    expect(
      (await nav.getByRole('link').allTextContents()).filter((label) => label.startsWith('SLA-')),
    ).toEqual(['SLA-Board', 'SLA-Einhaltung'])
    await nav.getByRole('link', { name: 'SLA-Board' }).click()
    await page.waitForURL('**/sla')
    const rows = await boardRows(page)
    expect(rows.map((row) => row[0])).toEqual(['SLA-RISKgefährdet', 'SLA-LATEverletzt'])
    // Its own tickets' subjects; without a Ressort column or selector: the service alone.
    expect(rows.map((row) => row[1])).toEqual(['Akte lässt sich nicht öffnenTeam E-Akte', 'ohne Betreff'])
    // Service names come with the catalog, which may arrive after the board.
    await expect
      .poll(async () => (await boardRows(page)).map((row) => row[2]))
      .toEqual(['E-AkteSLA rund-um-die-uhr', 'E-MailSLA rund-um-die-uhr'])
    expect(await page.getByRole('combobox', { name: 'Ressort' }).count()).toBe(0)
    const figure = (label: string) => page.locator('.stat', { hasText: label }).locator('dd').textContent()
    expect(await figure('Offen')).toBe('3')
    expect(await figure('Gefährdet')).toBe('1')
    await screenshot(page, 'sla-ressort-board')

    await page.goto('/sla/tickets/SLA-FM')
    await page.getByRole('alert').filter({ hasText: 'Ticket nicht gefunden.' }).waitFor()
    expect(await page.locator('table').count()).toBe(0)

    // From the report's figure to the tickets behind it: the month of the two resolved tickets.
    const done = now - 10 * 24 * HOUR
    await page.goto(`/bericht?monat=${isoDate(done).slice(0, 7)}`)
    await page.locator('[data-figure="resolution"]').getByRole('link', { name: '1 verletzt' }).click()
    await page.waitForURL(/\/sla\/tickets\?.*ergebnis=resolution_breached&ressort=im/)
    await page.getByText('1 Ticket', { exact: true }).waitFor()
    expect((await cells(page, 'table.ticket-table')).slice(1).map((row) => row[0])).toEqual(['SLA-DONE-2'])

    expect(answers.length).toBeGreaterThan(3)
    for (const answer of answers) {
      expect(answer).not.toContain('SLA-FM')
      expect(answer).not.toContain('"fm"')
    }
    await context.close()
  })

  it('in English: ?sprache=en and the header button turn compliance, drill-down, board and timeline English', async () => {
    const { page, context } = await newUser()
    await signIn(page, server.base, 'Demo Servicemanagement')
    /** The text of the page's main part, the filters left out where `withoutFilters`. */
    const mainText = (withoutFilters = false) =>
      page.locator('main').evaluate((main, without) => {
        const copy = main.cloneNode(true) as HTMLElement
        if (without) for (const filters of copy.querySelectorAll('.filters')) filters.remove()
        return copy.textContent ?? ''
      }, withoutFilters)
    const expectNone = (text: string, words: string[]) => {
      for (const word of words) expect(text, word).not.toContain(word)
    }

    // The link parameter alone: compliance in English, numbers with a decimal point.
    const done = now - 10 * 24 * HOUR
    const from = now - 20 * 24 * HOUR
    await page.goto(`/sla/einhaltung?von=${isoDate(from)}&bis=${isoDate(now + 24 * HOUR)}&sprache=en`)
    await page.getByRole('heading', { name: 'SLA compliance', level: 1 }).waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('en-GB')
    await page.locator('.recharts-surface').first().waitFor()
    expect(await page.locator('.period-line').textContent()).toBe(
      `Period: ${englishDate(from)} to ${englishDate(now)}`,
    )
    await page.getByRole('figure', { name: 'Resolution and response met per month' }).waitFor()
    await expect
      .poll(() => page.locator('.recharts-legend-item-text').allTextContents())
      .toEqual(['Resolution met', 'Response met'])
    // The axis draws its ticks once the chart has measured itself.
    const yTicks = page.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')
    await expect.poll(() => yTicks.allTextContents()).toContain('100%')
    const ticks = await yTicks.allTextContents()
    for (const tick of ticks) expect(tick).toMatch(/^\d+%$/)
    expect(
      await page.getByRole('combobox', { name: 'Group by' }).locator('option').allTextContents(),
    ).toEqual(['None', 'Ministry', 'Service', 'Priority'])
    await expect
      .poll(() => page.getByRole('group', { name: 'Interval' }).getByRole('button').allTextContents())
      .toEqual(['Month', 'Week'])

    expect(await cells(page, 'table.heatmap')).toEqual([
      ['Ministry', 'E-Mail'],
      [nameOf('im'), '50250%, 1 of 2 met: show tickets'],
      [nameOf('fm'), '–no data'],
    ])
    await page.getByRole('link', { name: '50%, 1 of 2 met: show tickets' }).waitFor()
    const table = await cells(page, 'table.compliance-table')
    expect(table.slice(0, 2)).toEqual([
      ['Period', 'Resolution', 'Response', 'Resolution time in business hours'],
      ['met', 'breached', 'rate', 'met', 'breached', 'rate', 'mean', 'median', 'P90'],
    ])
    // 1 met, 1 breached: 50.0%; mean (3 h + 6 h) / 2 = 4.5 business hours.
    const month = table.find((row) => row[0]?.startsWith(englishMonthTitle(done)))
    expect(month?.slice(1, 4)).toEqual(['1', '1', '50.0%'])
    expect(month?.[7]).toBe('4.5')
    // allTextContents does not wait: the figures load on their own.
    await page.locator('.stat').first().waitFor()
    await expect
      .poll(() => page.locator('.stat dt').allTextContents())
      .toEqual(['Created', 'Resolved', 'Reopen rate'])
    const ages = await cells(page, 'table.share-table >> nth=2')
    expect(ages[0]?.slice(0, 3)).toEqual(['Age', 'Tickets', 'Share'])
    expect(ages.slice(1, 6).map((row) => row[0])).toEqual([
      '< 1 day',
      '1–3 days',
      '3–7 days',
      '7–30 days',
      '> 30 days',
    ])
    expect(ages[6]?.slice(0, 2)).toEqual(['Total', '4'])
    expectNone(await mainText(true), [
      'Lösung',
      'Reaktion',
      'eingehalten',
      'verletzt',
      'Quote',
      'Zeitraum',
      'keine Daten',
      'Tage',
      'Summe',
      'Kanal',
      ',0',
    ])
    expect(await page.getByRole('link', { name: /Tickets anzeigen/ }).count()).toBe(0)
    await screenshot(page, 'sla-einhaltung-en')

    // A count opens its tickets, still in English.
    await page
      .locator('table.compliance-table tr', { hasText: englishMonthTitle(done) })
      .getByRole('link', { name: '1 resolution breached: show tickets' })
      .click()
    await page.waitForURL(/\/sla\/tickets\?.*ergebnis=resolution_breached/)
    await page.getByRole('heading', { name: 'Tickets behind a KPI', level: 1 }).waitFor()
    await page.getByText('1 ticket', { exact: true }).waitFor()
    expect(await page.locator('.report-heading h2').textContent()).toMatch(
      /^Resolution breached · \d\d\/\d\d\/\d{4} to /,
    )
    const tickets = await cells(page, 'table.ticket-table')
    expect(tickets[0]).toEqual([
      'Ticket',
      'Service · ministry',
      'Prio.',
      'Status',
      'Created',
      'Resolved',
      'Response',
      'Resolution',
    ])
    expect(tickets[1]?.slice(0, 4)).toEqual([
      'SLA-DONE-2',
      `E-Mail${nameOf('im')}SLA rund-um-die-uhr`,
      'P1',
      'Resolved',
    ])
    expect(tickets[1]?.[7]).toBe(`6${NBSP}h of 4${NBSP}hbreached`)
    expectNone(await mainText(), ['Kennzahl', 'Gelöst', 'Lösung', 'verletzt', 'Std.', 'Uhr', 'Dienst'])

    // Without the parameter the board opens in German; the header button switches it in place.
    await page.goto('/sla')
    await page.getByRole('heading', { name: 'SLA-Board', level: 1 }).waitFor()
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('heading', { name: 'SLA board', level: 1 }).waitFor()
    const figure = (label: string) =>
      page
        .locator('.stat', { has: page.getByText(label, { exact: true }) })
        .locator('dd')
        .textContent()
    expect(await figure('Open')).toBe('4')
    expect(await figure('Breached')).toBe('1')
    expect(await figure('At risk')).toBe('2')
    const board = await cells(page, 'table.board-table')
    expect(board[0]).toEqual([
      'Ticket · state',
      'Subject · group',
      'Service · ministry',
      'Prio.',
      'Status',
      'Clock · business time',
      'Deadline',
      'Time left',
    ])
    const [risk, , late] = board.slice(1)
    expect(board.slice(1).map((row) => row[0])).toEqual([
      'SLA-RISKat risk',
      'SLA-FMat risk',
      'SLA-LATEbreached',
    ])
    expect(late?.[1]).toBe('no subject')
    expect(late?.[4]).toBe('In progress')
    // A slow run may be a minute further on.
    expect(late?.[5]).toMatch(
      new RegExp(
        `^Resolution(5${NBSP}h( 1${NBSP}min)?|4${NBSP}h 59${NBSP}min) of 4${NBSP}h \\((124|125)%\\)$`,
      ),
    )
    expect(late?.[7]).toMatch(new RegExp(`^breached (59${NBSP}min|1${NBSP}h( 1${NBSP}min)?) ago$`))
    expect(risk?.[5]).toMatch(
      new RegExp(`^Resolution3${NBSP}h (9|1\\d)${NBSP}min of 4${NBSP}h \\((79|80)%\\)$`),
    )
    // The deadline without "Uhr"; about 50 minutes left, less the time the tests have run.
    expect(risk?.[6]).toBe(`${englishDate(now + 50 * MINUTE)}${englishTime(now + 50 * MINUTE)}`)
    expect(risk?.[7]).toMatch(new RegExp(`^(4\\d|5[01])${NBSP}min left$`))
    await expect
      .poll(() => page.locator('.live-status').textContent())
      .toMatch(/^As of \d\d:\d\d:\d\d · refreshes automatically/)
    await page.getByRole('button', { name: 'Pause' }).waitFor()
    await page.getByRole('combobox', { name: 'Ministry' }).waitFor()
    expectNone(await mainText(), [
      'Offen',
      'Verletzt',
      'Gefährdet',
      'Frist',
      'Restzeit',
      'Stand',
      'Std.',
      'Min.',
      'Uhr',
      'Lösung',
      'In Bearbeitung',
      'Alle Ressorts',
    ])
    await screenshot(page, 'sla-board-en')

    // The timeline in English, the language kept on the way there.
    await page.getByRole('link', { name: 'SLA-RISK' }).click()
    await page.getByRole('heading', { name: 'Ticket SLA-RISK', level: 1 }).waitFor()
    // The heading comes before the ticket's data.
    await page.locator('.facts').waitFor()
    await expect
      .poll(() => page.locator('.facts dt').allTextContents())
      .toEqual(['Ministry', 'Service', 'Priority', 'Status', 'Created', 'Resolved', 'SLA', 'Reopened'])
    await expect
      .poll(() => page.locator('.facts dd').allTextContents())
      .toEqual([
        nameOf('im'),
        'E-Akte',
        'P1',
        'In progress',
        `${englishDate(now - (4 * HOUR + 10 * MINUTE))}, ${englishTime(now - (4 * HOUR + 10 * MINUTE))}`,
        'not resolved yet',
        'SLA rund-um-die-uhr, resolution P1 within 4\u00a0h business time',
        'never',
      ])
    const resolution = page.locator('section.clock-section[data-clock="resolution"]')
    expect(await resolution.locator('h2').textContent()).toBe('Resolution at risk')
    expect(await resolution.locator('.clock-figure').textContent()).toMatch(
      new RegExp(`^3${NBSP}h (9|1\\d)${NBSP}min of 4${NBSP}h business time used \\((79|80)%\\)$`),
    )
    const deadline = now + 50 * MINUTE
    expect(await resolution.locator('.clock-verdict').textContent()).toBe(
      `The deadline passes on ${englishDate(deadline)} at ${englishTime(deadline)} if the clock keeps running.`,
    )
    const created = now - (4 * HOUR + 10 * MINUTE)
    const at = (minutes: number) =>
      `${englishDate(created + minutes * MINUTE)}, ${englishTime(created + minutes * MINUTE)}`
    const stretches = await cells(page, 'section.clock-section[data-clock="resolution"] table')
    expect(stretches.slice(0, 3)).toEqual([
      ['State', 'From', 'To', 'Business minutes', 'Total'],
      ['running', at(0), at(60), '60', '60'],
      ['paused', at(60), at(120), '0', '60'],
    ])
    expect(stretches[3]?.slice(0, 3)).toEqual(['running', at(120), 'still running'])
    expect(
      await page.locator('.timeline-lane[data-clock="resolution"] .timeline-marker-label').textContent(),
    ).toBe('Deadline')
    const events = await cells(page, 'table.event-table')
    expect(events[0]).toEqual(['Time', 'Event', 'Note'])
    expect(events.slice(1).map((row) => row.slice(1))).toEqual([
      ['Status → In progress', 'ignored Lies before the ticket was created, so it does not count.'],
      ['created', ''],
      ['Status → In progress', ''],
      ['Status → Waiting', ''],
      ['Status → In progress', ''],
    ])
    expectNone(await mainText(), [
      'Ereignis',
      'laufend',
      'pausiert',
      'läuft',
      'Geschäftszeit',
      'Ziel',
      'Frist',
      'erstellt',
      'ignoriert',
      'Std.',
      'Min.',
      'Dienst',
      'Wartend',
    ])
    await screenshot(page, 'sla-zeitleiste-en')
    await context.close()
  })

  it('logged no errors in the browser', () => {
    expect(failures).toEqual([])
  })
})
