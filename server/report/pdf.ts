/**
 * The report as PDF: headless Chromium prints the dashboard's own report
 * page (its print stylesheet: A4, title page), signed in as the requesting
 * user, with page numbers in the footer, in German or English.
 */
import { existsSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { type ReportLanguage, reportLocale } from './report'

export const CHROMIUM = process.env.LEITSTAND_CHROMIUM ?? '/usr/bin/chromium'

export class PdfUnavailableError extends Error {
  override name = 'PdfUnavailableError'
}

export interface PdfRequest {
  /** Where the dashboard runs, e.g. http://127.0.0.1:3000 */
  baseUrl: string
  /** The session cookie's value of the user the report is printed for. */
  session: string
  customer: string
  from: string
  to: string
  /** The page's language (`?sprache=`), the footer's and the browser's; German by default. */
  language?: ReportLanguage
}

const FOOTER: Record<ReportLanguage, (page: string, total: string) => string> = {
  de: (page, total) => `Seite ${page} von ${total}`,
  en: (page, total) => `Page ${page} of ${total}`,
}

/** The footer of every printed page: "Seite 2 von 3" / "Page 2 of 3", Chromium fills the numbers in. */
export function footerTemplate(language: ReportLanguage): string {
  const text = FOOTER[language]('<span class="pageNumber"></span>', '<span class="totalPages"></span>')
  return `<div style="font-size:8px;width:100%;text-align:center;color:#555">${text}</div>`
}

/** How many Chromium processes print at once (LEITSTAND_PDF_CONCURRENCY, default 2); the rest wait in turn. */
function pdfConcurrency(env: NodeJS.ProcessEnv = process.env): number {
  const configured = Number(env.LEITSTAND_PDF_CONCURRENCY)
  return Number.isInteger(configured) && configured >= 1 ? configured : 2
}

/** Runs at most `limit` tasks at once; the others start in the order they came, as places free up. */
function limitConcurrency(limit: number) {
  let running = 0
  const waiting: Array<() => void> = []
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running < limit) running++
    // A finishing task hands its place straight to the next one waiting.
    else await new Promise<void>((start) => waiting.push(start))
    try {
      return await task()
    } finally {
      const next = waiting.shift()
      if (next) next()
      else running--
    }
  }
}

// Each print is a whole Chromium (about 200 MB): a burst of downloads must not start one each.
const printing = limitConcurrency(pdfConcurrency())

export async function renderReportPdf(request: PdfRequest): Promise<Buffer> {
  if (!existsSync(CHROMIUM)) {
    throw new PdfUnavailableError(
      `PDF-Export braucht Chromium unter ${CHROMIUM} (Debian: apt-get install chromium)`,
    )
  }
  return printing(() => print(request))
}

async function print(request: PdfRequest): Promise<Buffer> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  })
  try {
    const language = request.language ?? 'de'
    const context = await browser.newContext({ locale: reportLocale(language), timezoneId: 'Europe/Berlin' })
    await context.addCookies([{ name: 'leitstand_session', value: request.session, url: request.baseUrl }])
    const page = await context.newPage()
    const query = new URLSearchParams({
      ressort: request.customer,
      von: request.from,
      bis: request.to,
      druck: '1',
      sprache: language,
    })
    await page.goto(`${request.baseUrl}/bericht?${query}`, { waitUntil: 'networkidle', timeout: 60_000 })
    // The page marks itself when every figure has loaded (or failed visibly).
    await page.waitForSelector('[data-report-ready="true"]', { timeout: 60_000 })
    await page.emulateMedia({ media: 'print' })
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footerTemplate(language),
    })
  } finally {
    await browser.close()
  }
}
