/**
 * Sign-in with OpenID Connect in Chromium, through a real provider
 * (oidc-provider on a loopback port) and its login form: a ministry user sees
 * only its own ministry, leadership reads the Protokoll, a user without a role
 * is refused with a reason, and signing out ends the session at both ends.
 */
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestFile } from '../../ingest/ingest'
import { buildWebIfStale, launchChromium, openPage, ROOT, watchBrowserErrors } from '../support/browser'
import { ndjson, openTestStore, type TestStore, withCatalog } from '../support/fixtures'
import { type OidcWorld, startOidcWorld } from '../support/oidc-provider'

const created = (id: string, customer: string) => ({
  id,
  ticket: id,
  at: '2026-03-02T09:00:00+01:00',
  type: 'created',
  customer,
  service: 'email',
  priority: 'P2',
})

let t: TestStore
let world: OidcWorld
let browser: Browser
const failures: string[] = []

beforeAll(async () => {
  const webDir = buildWebIfStale(join(ROOT, '.tmp', 'web-sign-in-test'))
  t = await openTestStore()
  const catalog = await withCatalog(t.store)
  const file = await t.file('tickets.ndjson', ndjson([created('IM-1', 'im'), created('FM-1', 'fm')]))
  expect(await ingestFile(t.store, catalog, 'tickets', file)).toMatchObject({ quarantined: 0 })
  world = await startOidcWorld(t.store, { webDir: await webDir })
  browser = await launchChromium()
}, 120_000)
afterAll(async () => {
  await browser?.close()
  await world?.close()
  await t?.close()
})

/** Opens the dashboard, is sent to the login page, and signs in at the provider as `login`. */
async function signInAs(login: string): Promise<Page> {
  const { page } = await openPage(browser, world.base, { timezoneId: 'Europe/Berlin' })
  // The provider's development login page asks the internet for web fonts, which tests cannot reach.
  watchBrowserErrors(page, failures, /status of 40[34]|ERR_NAME_NOT_RESOLVED/)
  await page.goto('/')
  await page.waitForURL('**/anmelden')
  // The provider only: no demo users on offer.
  await page.getByRole('link', { name: 'Mit Dienstkonto anmelden' }).waitFor()
  expect(await page.getByText('Demonstration').count()).toBe(0)
  await page.getByRole('link', { name: 'Mit Dienstkonto anmelden' }).click()
  await page.waitForURL(`${world.issuer}/interaction/**`)
  await page.locator('input[name=login]').fill(login)
  await page.locator('input[name=password]').fill('beliebig')
  await page.getByRole('button', { name: 'Sign-in' }).click()
  await page.waitForURL((url) => url.origin === world.base && url.pathname !== '/auth/oidc/callback')
  return page
}

describe('sign-in through the identity provider', () => {
  it('a ministry user lands on its own report and cannot open another ministry or the Protokoll', async () => {
    const page = await signInAs('fm-nutzer')
    await page.waitForURL('**/bericht')
    await page.getByRole('banner').getByText('Frida Finanz').waitFor()
    await page
      .getByRole('heading', { name: /Finanzministerium/ })
      .first()
      .waitFor()
    expect(await page.getByText('Ministerium für Inneres').count()).toBe(0)

    await page.goto('/bericht?ressort=im&von=2026-03-01&bis=2026-04-01')
    await page.getByText('Kein Zugriff auf dieses Ressort.').first().waitFor()
    await page.goto('/protokoll')
    await page.getByText('Das Protokoll ist nur für die Leitung.').waitFor()
    expect(await page.getByRole('table').count()).toBe(0)
    await page.context().close()
  })

  it('a user whose groups give no role is refused with the reason', async () => {
    const page = await signInAs('ohne-rolle')
    await page.waitForURL('**/anmelden?abgelehnt=no_role')
    const alert = page.getByRole('alert')
    await alert.getByText('Anmeldung abgelehnt').waitFor()
    expect(await alert.textContent()).toContain('Ihr Konto hat keine Rolle im Leitstand')
    await page.goto('/')
    await page.waitForURL('**/anmelden')
    await page.context().close()
  })

  it('leadership reads the Protokoll, filters it by user, and signs out at both ends', async () => {
    const page = await signInAs('leitung')
    await page.waitForURL('**/ziele')
    await page.getByRole('navigation').getByRole('link', { name: 'Protokoll' }).click()
    await page.waitForURL('**/protokoll')
    const table = page.getByRole('table', { name: 'Einträge des Protokolls' })
    await table.waitFor()
    // The refused user and the ministry user's views are in it.
    await table.getByText('Otto Ohnerolle').first().waitFor()
    await table.getByText('abgelehnt: no_role').first().waitFor()

    await page.getByLabel('Benutzer (Kennung oder Name)').fill('fm-nutzer')
    await page.getByRole('button', { name: 'Anwenden' }).click()
    await page.waitForURL('**/protokoll?benutzer=fm-nutzer')
    await expect
      .poll(async () => (await table.locator('tbody tr').allTextContents()).join('\n'))
      .not.toContain('Otto')
    const rows = await table.locator('tbody tr').allTextContents()
    expect(rows.every((row) => row.includes('Frida Finanz'))).toBe(true)
    expect(rows.some((row) => row.includes('Anmeldung') && row.includes('erfolgreich'))).toBe(true)
    expect(rows.some((row) => row.includes('report.get') && row.includes('abgelehnt: FORBIDDEN'))).toBe(true)
    expect(await page.getByRole('link', { name: 'Als CSV herunterladen' }).getAttribute('href')).toBe(
      '/export/protokoll.csv?benutzer=fm-nutzer',
    )

    await page.getByRole('button', { name: 'Abmelden' }).click()
    await page.waitForURL(`${world.issuer}/session/end**`)
    await page.getByRole('button', { name: 'Yes, sign me out' }).click()
    await page.waitForURL(`${world.base}/anmelden`)
    await page.goto('/ziele')
    await page.waitForURL('**/anmelden')
    await page.context().close()
  })

  it('logged no errors in the browser', () => {
    expect(failures).toEqual([])
  })
})
