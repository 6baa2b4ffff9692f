/**
 * Accessibility check (WCAG 2.1 AA): axe-core runs inside real Chromium on
 * each main page, signed in as Leitung (who sees every page), with some data
 * so tables, charts and badges are on screen. Any violation of impact
 * "serious" or "critical" fails the run; the lesser ones are listed.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestFile } from '../../ingest/ingest'
import {
  buildWebIfStale,
  launchChromium,
  openPage,
  signIn,
  startServer,
  type TestServer,
} from '../support/browser'
import { ndjson, openTestStore, type TestStore, testCatalog, withCatalog } from '../support/fixtures'

/** axe-core's browser bundle, from node_modules (a devDependency). */
function axeSource(): string {
  const require = createRequire(import.meta.url)
  let path: string
  try {
    path = require.resolve('axe-core/axe.min.js')
  } catch {
    throw new Error('axe-core is not installed: run `npm install` (it is a devDependency)')
  }
  return readFileSync(path, 'utf8')
}

/** The pages to check; "open" unfolds details and table toggles so their content is checked too. */
const PAGES: Array<{ name: string; path: string; open?: boolean }> = [
  { name: 'Tickets je Woche', path: '/tickets?von=2026-03-02&bis=2026-03-30', open: true },
  { name: 'Ressortbericht', path: '/bericht?monat=2026-03&ressort=im', open: true },
  { name: 'Ressortbericht (Druck)', path: '/bericht?ressort=im&von=2026-03-01&bis=2026-04-01&druck=1' },
  { name: 'Lage', path: '/lage' },
  { name: 'SLA-Board', path: '/sla' },
  { name: 'SLA-Einhaltung', path: '/sla/einhaltung' },
  { name: 'Ziele', path: '/ziele?zeitraum=2026-03', open: true },
  { name: 'Zufriedenheit', path: '/zufriedenheit?von=2026-03-01&bis=2026-04-01' },
  { name: 'Verfügbarkeit', path: '/verfuegbarkeit' },
  { name: 'Protokoll', path: '/protokoll' },
  { name: 'Verfügbarkeit (Dienst)', path: '/verfuegbarkeit/email?von=2026-03-01&bis=2026-04-01' },
  { name: 'Tickets zur Kennzahl', path: '/sla/tickets?von=2026-03-01&bis=2026-04-01&ergebnis=created' },
  { name: 'Ticket-Verlauf', path: '/sla/tickets/F2' },
]

/** A phone in portrait (the review's): every page fits it, the navigation folded into a menu. */
const PHONE = { width: 390, height: 844 }

const ticket = (id: string, customer: string, created: string, resolved?: string) => [
  { id: `${id}a`, ticket: id, at: created, type: 'created', customer, service: 'email', priority: 'P2' },
  ...(resolved ? [{ id: `${id}b`, ticket: id, at: resolved, type: 'status', status: 'resolved' }] : []),
]

let testStore: TestStore
let server: TestServer
let browser: Browser
let source: string

beforeAll(async () => {
  source = axeSource()
  const built = buildWebIfStale()
  testStore = await openTestStore()
  const catalog = await withCatalog(
    testStore.store,
    testCatalog({
      goals: [
        {
          id: 'zuverlaessigkeit',
          name: 'Zuverlässigkeit',
          kpis: [
            { id: 'loesung', metric: 'resolution_compliance', target: 90, warn: 85 },
            { id: 'verfuegbarkeit', metric: 'availability', target: 99.5, warn: 99 },
          ],
        },
        {
          id: 'kunden',
          name: 'Kundenzufriedenheit',
          kpis: [{ id: 'csat', metric: 'csat', target: 80, warn: 75 }],
        },
      ],
    }),
  )
  const load = async (kind: 'tickets' | 'surveys' | 'checks', name: string, records: object[]) =>
    ingestFile(testStore.store, catalog, kind, await testStore.file(name, ndjson(records)))
  await load('tickets', 'tickets.ndjson', [
    ...ticket('I1', 'im', '2026-03-02T09:00:00+01:00', '2026-03-02T10:00:00+01:00'),
    ...ticket('F1', 'fm', '2026-03-02T08:00:00+01:00', '2026-03-04T09:00:00+01:00'),
    ...ticket('F2', 'fm', '2026-03-05T08:00:00+01:00'),
  ])
  await load('surveys', 'surveys.ndjson', [
    {
      id: 's1',
      at: '2026-03-10T12:00:00+01:00',
      customer: 'im',
      kind: 'csat',
      score: 5,
      ticket: 'I1',
      comment: 'Gut',
    },
    { id: 's2', at: '2026-03-10T12:00:00+01:00', customer: 'fm', kind: 'nps', score: 9 },
  ])
  await load(
    'checks',
    'checks.ndjson',
    Array.from({ length: 120 }, (_, minute) => ({
      service: 'email',
      at: new Date(Date.parse('2026-03-10T10:00:00+01:00') + minute * 60_000).toISOString(),
      status: minute < 10 ? 'down' : 'up',
    })),
  )
  server = await startServer(testStore.store, { webDir: await built })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  await testStore?.close()
})

interface Finding {
  id: string
  impact: string | null
  help: string
  targets: string[]
}

/**
 * The app's CSP allows no inline script (rightly): the test contexts bypass it
 * so `addScriptTag({ content })` can inject axe; the app's own code is unchanged.
 */
const CONTEXT = { bypassCSP: true }

/** Waits until the page has no loading state left, then runs axe in it. */
async function audit(page: Page, open = false): Promise<Finding[]> {
  await page.waitForLoadState('networkidle')
  await page.waitForFunction(() => document.querySelectorAll('.state-loading, .skeleton').length === 0)
  if (open) {
    await page.evaluate(() => {
      for (const details of document.querySelectorAll('details')) details.open = true
    })
    for (const toggle of await page
      .getByRole('button', { name: /^(Als Tabelle anzeigen|Show as table)$/ })
      .all())
      await toggle.click()
  }
  await page.addScriptTag({ content: source })
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (context: Document) => Promise<{ violations: unknown[] }> } }
    ).axe
    const result = await axe.run(document)
    return (
      result.violations as Array<{
        id: string
        impact: string | null
        help: string
        nodes: Array<{ target: unknown[] }>
      }>
    ).map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }))
  })
}

/** Names from the test catalog and data: they stay as they are in either language. */
const DATA_NAMES = [
  'Ministerium für Inneres, Bau und Digitalisierung',
  'Finanzministerium',
  'E-Mail',
  'E-Akte',
  'Zuverlässigkeit',
  'Kundenzufriedenheit',
  'Gut',
  'Leitstand',
  'Demo Leitung',
  'Deutsch',
]

/**
 * German words of the dashboard's own texts that an English page must not
 * show: umlauts and ß, and the short words every German sentence has.
 */
const GERMAN =
  /[äöüÄÖÜß]|\b(und|oder|der|die|das|nicht|keine|mit|für|von|bis|im|am|zum|zur|je|Zeitraum|Tabelle|anzeigen|Seite|Ressorts?|Tickets je|gelöst|erstellt|eingehalten|verletzt|Ziel|Wartung)\b/

/** The page's visible text without the data names, one line per text block. */
async function ownText(page: Page): Promise<string[]> {
  // Playwright's innerText: the text as rendered, which is what the reader sees.
  // biome-ignore lint/performance/useDomNodeTextContent: not a DOM node, a Playwright locator
  let text = await page.locator('body').innerText()
  for (const name of DATA_NAMES) text = text.replaceAll(name, ' ')
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
}

const serious = (findings: Finding[]) =>
  findings.filter((f) => f.impact === 'serious' || f.impact === 'critical')

function report(name: string, findings: Finding[]) {
  for (const f of findings)
    console.log(`[a11y] ${name}: ${f.impact} ${f.id} – ${f.help} @ ${f.targets.join(', ')}`)
}

describe('accessibility (axe-core) in Chromium', () => {
  it('the login page has no serious violations', async () => {
    const { context, page } = await openPage(browser, server.base, CONTEXT)
    await page.goto('/anmelden')
    await page.getByRole('button', { name: 'Demo Leitung' }).waitFor()
    const findings = await audit(page)
    report('Anmeldung', findings)
    expect(serious(findings)).toEqual([])
    await context.close()
  })

  describe('as Leitung', () => {
    let page: Page
    beforeAll(async () => {
      page = (await openPage(browser, server.base, CONTEXT)).page
      await signIn(page, server.base, 'Demo Leitung')
      await page.waitForURL('**/ziele')
    })

    for (const { name, path, open } of PAGES) {
      it(`${name} has no serious violations`, async () => {
        await page.goto(path)
        await page.locator('h1').first().waitFor()
        const findings = await audit(page, open)
        report(name, findings)
        expect(serious(findings)).toEqual([])
      })
    }
  })

  describe('in English (?sprache=en), as Leitung', () => {
    let page: Page
    beforeAll(async () => {
      page = (await openPage(browser, server.base, CONTEXT)).page
      await signIn(page, server.base, 'Demo Leitung')
      await page.waitForURL('**/ziele')
    })

    for (const { name, path, open } of PAGES) {
      it(`${name} is in English throughout and has no serious violations`, async () => {
        await page.goto(`${path}${path.includes('?') ? '&' : '?'}sprache=en`)
        await page.locator('h1').first().waitFor()
        const findings = await audit(page, open)
        report(`${name} (en)`, findings)
        expect(serious(findings)).toEqual([])
        expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB')
        expect((await ownText(page)).filter((line) => GERMAN.test(line))).toEqual([])
      })
    }
  })

  describe(`on a phone (${PHONE.width}×${PHONE.height}), as Leitung`, () => {
    let page: Page
    beforeAll(async () => {
      page = (await openPage(browser, server.base, { ...CONTEXT, viewport: PHONE })).page
      await signIn(page, server.base, 'Demo Leitung')
      await page.waitForURL('**/ziele')
    })

    for (const { name, path, open } of PAGES) {
      it(`${name} has no serious violations and no horizontal page scroll`, async () => {
        await page.goto(path)
        await page.locator('h1').first().waitFor()
        const findings = await audit(page, open)
        report(`${name} (390)`, findings)
        expect(serious(findings)).toEqual([])
        // Wide bars and tables scroll inside their card, never the page.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          PHONE.width,
        )
      })
    }
  })
})
