/**
 * The set-up the browser tests share: the built web app, the real server on
 * port 0 over a test store, Debian Chromium, browser contexts that sign in as
 * a demo user, the errors a page logs, screenshots and table cells.
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core'
import { type AppOptions, createApp } from '../../server/app'
import type { Store } from '../../server/store'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
/** The build the server serves by default (`npx vite build` writes it). */
export const WEB_DIST = join(ROOT, 'dist/web')
/** Screenshots, PDFs and other things to look at after a run. */
export const SCREENSHOTS = join(ROOT, '.tmp')

/** Newest modification time below a folder. */
function newest(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
      const path = join(dir, entry.name)
      return entry.isDirectory() ? newest(path) : statSync(path).mtimeMs
    }),
  )
}

/**
 * Builds the web app into `outDir` when there is no build there, or when the
 * web app, the shared code it imports or the Vite configuration changed after
 * it, so a test file runs alone. Test files that may run at the same time as
 * another one building dist/web pass a folder of their own. Returns `outDir`.
 */
export async function buildWebIfStale(outDir = WEB_DIST): Promise<string> {
  const index = join(outDir, 'index.html')
  const sources = Math.max(
    newest(join(ROOT, 'web')),
    newest(join(ROOT, 'shared')),
    statSync(join(ROOT, 'vite.config.ts')).mtimeMs,
  )
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return outDir
  const { build } = await import('vite')
  await build({
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    // Built inside vitest (NODE_ENV=test), React comes in its development build: larger, and its
    // warnings reach the console, where they fail the browser tests.
    build: { outDir, emptyOutDir: true, reportCompressedSize: false, chunkSizeWarningLimit: 2000 },
  })
  return outDir
}

export interface TestServer {
  /** http://127.0.0.1:port */
  base: string
  close(): Promise<void>
}

/** The real app (demo login on) listening on a free port of 127.0.0.1. */
export async function startServer(
  store: Store,
  options: Partial<Omit<AppOptions, 'store'>> = {},
): Promise<TestServer> {
  const app = createApp({ store, demo: true, webDir: WEB_DIST, ...options })
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening)).on('error', reject)
  })
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** Debian's Chromium, headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.LEITSTAND_CHROMIUM || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  })
}

/** A new browser context on the server, German, 1280 × 900, with one page. */
export async function openPage(
  browser: Browser,
  base: string,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: base,
    locale: 'de-DE',
    viewport: { width: 1280, height: 900 },
    ...options,
  })
  return { context, page: await context.newPage() }
}

/**
 * Collects into `failures` anything the app logs as an error (a CSP violation,
 * a React error) and every uncaught exception; console errors matching
 * `expected` (the browser's own note on an HTTP status the test provokes) pass.
 */
export function watchBrowserErrors(page: Page, failures: string[], expected = /status of 403/): void {
  page.on('pageerror', (error) => failures.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error' && !expected.test(message.text())) failures.push(message.text())
  })
}

/** Signs in on the login page as the demo user whose button reads `userLabel`, e.g. "Demo Leitung". */
export async function signIn(page: Page, baseUrl: string, userLabel: string): Promise<void> {
  await page.goto(new URL('/anmelden', baseUrl).href)
  await page.getByRole('button', { name: userLabel }).click()
  await page.waitForURL((url) => !url.pathname.startsWith('/anmelden'))
}

/** A full-page screenshot as .tmp/`name`.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true })
}

/** The cells of a table, header and footer rows included, once it is on the page. */
export async function cellsOf(table: Locator): Promise<string[][]> {
  await table.waitFor()
  return table
    .locator('tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')),
    )
}

/** The cells of a table by its caption. */
export function tableCells(page: Page, caption: string): Promise<string[][]> {
  return cellsOf(page.getByRole('table', { name: caption }))
}
