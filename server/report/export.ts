/**
 * Downloads of a ministry's report: /export/bericht.csv and /export/bericht.pdf
 * with ?ressort=ID&von=DATE&bis=DATE (bis exclusive) and optionally
 * sprache=de|en (default de); /export/tickets.csv, the whole list of a
 * drill-down, with the page's parameters (von, bis, ergebnis, ressort,
 * service, prioritaet). All go through the same tRPC procedures as the
 * dashboard, so the same scope check applies.
 */

import { TRPCError } from '@trpc/server'
import { getHTTPStatusCodeFromError } from '@trpc/server/http'
import { parse as parseCookies } from 'cookie'
import { type Request, type Response, Router } from 'express'
import { ZodError } from 'zod'
import { MAX_PERIOD_DAYS, reportInput, type TicketListInput } from '../../shared/api'
import { EARLIEST_DATE, isCalendarDate, isSupportedDate, LATEST_DATE } from '../../shared/time'
import { recordOrLog } from '../audit/trail'
import { requestContext, type SignInSetup } from '../auth/context'
import { SESSION_COOKIE } from '../auth/session'
import type { ResultCache } from '../cache/results'
import { requireCatalog } from '../catalog/catalog'
import { createCaller } from '../router'
import type { ListedTicket } from '../sla/tickets'
import { ticketListCsv } from '../sla/tickets-csv'
import type { Store } from '../store'
import { reportCsv } from './csv'
import { PdfUnavailableError, renderReportPdf } from './pdf'
import { isReportLanguage, type ReportLanguage } from './report'

/** `?sprache=` was neither de nor en. */
class LanguageError extends Error {}

/** The texts of refusals the caller may meet in an English download; German ones come from the procedures. */
const ENGLISH_ERRORS: Partial<Record<TRPCError['code'], string>> = {
  UNAUTHORIZED: 'Please sign in.',
  FORBIDDEN: 'No access to this ministry.',
  PRECONDITION_FAILED: 'No catalog has been loaded yet.',
  SERVICE_UNAVAILABLE: 'The database cannot be reached.',
  TIMEOUT: 'The query took too long. Please choose a shorter period.',
}

/** A download's query is not a valid report request: one sentence in the caller's language. */
class InvalidRequestError extends Error {}

const INVALID: Record<
  ReportLanguage,
  {
    missing: (name: string) => string
    date: (value: string) => string
    range: (value: string) => string
    order: string
    length: string
    customer: string
  }
> = {
  de: {
    missing: (name) => `„${name}“ fehlt.`,
    date: (value) => `Ungültiges Datum: ${value}`,
    range: (value) => `Das Datum muss zwischen ${EARLIEST_DATE} und ${LATEST_DATE} liegen: ${value}`,
    order: '„bis“ muss nach „von“ liegen.',
    length: `Der Zeitraum darf höchstens ${MAX_PERIOD_DAYS} Tage umfassen.`,
    customer: 'Ungültiges Ressort.',
  },
  en: {
    missing: (name) => `"${name}" is missing.`,
    date: (value) => `Invalid date: ${value}`,
    range: (value) => `The date must lie between ${EARLIEST_DATE} and ${LATEST_DATE}: ${value}`,
    order: '"bis" must be after "von".',
    length: `The period may span at most ${MAX_PERIOD_DAYS} days.`,
    customer: 'Invalid ministry.',
  },
}

/** The report asked for by `?ressort=&von=&bis=`, or the one sentence that says what is wrong with it. */
function reportRequest(req: Request, language: ReportLanguage) {
  const text = INVALID[language]
  const input = {
    customer: String(req.query.ressort ?? ''),
    from: String(req.query.von ?? ''),
    to: String(req.query.bis ?? ''),
  }
  for (const [name, value] of [
    ['von', input.from],
    ['bis', input.to],
  ] as const) {
    if (value === '') throw new InvalidRequestError(text.missing(name))
    // The value is echoed as plain text, shortened.
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isCalendarDate(value))
      throw new InvalidRequestError(text.date(value.slice(0, 40)))
    if (!isSupportedDate(value)) throw new InvalidRequestError(text.range(value))
  }
  if (input.to <= input.from) throw new InvalidRequestError(text.order)
  const parsed = reportInput.safeParse(input)
  if (!parsed.success) {
    const customer = parsed.error.issues.some((issue) => issue.path[0] === 'customer')
    throw new InvalidRequestError(customer ? text.customer : text.length)
  }
  return parsed.data
}

function languageOf(req: Request): ReportLanguage {
  const value = req.query.sprache
  if (value === undefined) return 'de'
  if (isReportLanguage(value)) return value
  throw new LanguageError('„sprache“ muss de oder en sein / "sprache" must be de or en')
}

/** "leitstand-bericht-im-2026-03-01-bis-2026-04-01.csv", in English "leitstand-report-im-…-to-….csv". */
function fileName(
  customer: string,
  from: string,
  to: string,
  extension: string,
  language: ReportLanguage,
): string {
  const [report, until] = language === 'en' ? ['report', 'to'] : ['bericht', 'bis']
  return `leitstand-${report}-${customer}-${from}-${until}-${to}.${extension}`.replace(
    /[^a-zA-Z0-9._-]/g,
    '_',
  )
}

/** A drill-down's CSV is read 1000 tickets at a time, at most 100,000 in all. */
const EXPORT_PAGE = 1000
const MAX_EXPORTED_TICKETS = 100_000

export function exportRoutes(store: Store, setup: SignInSetup, cache?: ResultCache): Router {
  const routes = Router()

  /** Every download goes to the audit trail with its outcome, before the file or the refusal is sent. */
  async function recordDownload(req: Request, file: string, outcome: string) {
    const ctx = await requestContext(store, setup, req)
    await recordOrLog(store, {
      action: 'download',
      user: ctx.user,
      customer: String(req.query.ressort ?? '').slice(0, 100),
      subject: file,
      outcome,
      ip: ctx.ip,
    })
  }

  async function prepare(req: Request) {
    const language = languageOf(req)
    const caller = createCaller({ ...(await requestContext(store, setup, req)), cache })
    const input = reportRequest(req, language)
    const report = await caller.report.get(input)
    return { caller, input, report, language }
  }

  async function fail(req: Request, res: Response, error: unknown, file: string) {
    const outcome =
      error instanceof TRPCError ? error.code : error instanceof LanguageError ? 'BAD_REQUEST' : 'error'
    await recordDownload(req, file, outcome)
    const english = req.query.sprache === 'en'
    const internal = english ? 'Internal error' : 'Interner Fehler'
    if (error instanceof TRPCError) {
      const status = getHTTPStatusCodeFromError(error)
      // Input the checks above let through but a procedure refused: never zod's JSON.
      const message =
        error.cause instanceof ZodError
          ? english
            ? 'Invalid request.'
            : 'Ungültige Anfrage.'
          : (english && ENGLISH_ERRORS[error.code]) || error.message
      res
        .status(status)
        .type('text/plain; charset=utf-8')
        .send(status === 500 ? internal : message)
    } else if (error instanceof LanguageError || error instanceof InvalidRequestError) {
      res.status(400).type('text/plain; charset=utf-8').send(error.message)
    } else if (error instanceof PdfUnavailableError) {
      res.status(501).type('text/plain; charset=utf-8').send(error.message)
    } else {
      console.error('[export] internal error:', error)
      res.status(500).type('text/plain; charset=utf-8').send(internal)
    }
  }

  routes.get('/export/bericht.csv', async (req, res) => {
    try {
      const { caller, input, report, language } = await prepare(req)
      const { catalog } = await requireCatalog(store)
      // Comments may hold personal data: only when asked for, and only the caller's own scope.
      const comments =
        req.query.kommentare === '1'
          ? await caller.satisfaction.comments({
              customers: [input.customer],
              from: input.from,
              to: input.to,
              limit: 500,
            })
          : undefined
      const csv = reportCsv(report, catalog, comments, language)
      await recordDownload(req, 'bericht.csv', 'ok')
      res
        .type('text/csv; charset=utf-8')
        .attachment(fileName(input.customer, input.from, input.to, 'csv', language))
        .send(csv)
    } catch (error) {
      await fail(req, res, error, 'bericht.csv')
    }
  })

  routes.get('/export/tickets.csv', async (req, res) => {
    try {
      const language = languageOf(req)
      const caller = createCaller({ ...(await requestContext(store, setup, req)), cache })
      const list = (name: string) => {
        const value = req.query[name]
        const values = (Array.isArray(value) ? value : value === undefined ? [] : [value]).map(String)
        const ids = values.flatMap((v) => v.split(',')).filter(Boolean)
        return ids.length > 0 ? ids : undefined
      }
      const input = {
        from: String(req.query.von ?? ''),
        to: String(req.query.bis ?? ''),
        // Checked by the procedure's schema like every other field of the query.
        outcome: String(req.query.ergebnis ?? 'resolved') as TicketListInput['outcome'],
        customers: list('ressort'),
        services: list('service'),
        priorities: list('prioritaet'),
      }
      // Page by page through the same procedure as the list on screen.
      const tickets: ListedTicket[] = []
      for (let offset = 0; offset < MAX_EXPORTED_TICKETS; offset += EXPORT_PAGE) {
        const page = await caller.sla.tickets({
          ...input,
          priorities: input.priorities as TicketListInput['priorities'],
          limit: EXPORT_PAGE,
          offset,
        })
        tickets.push(...page.tickets)
        if (page.tickets.length < EXPORT_PAGE || tickets.length >= page.total) break
      }
      const { catalog } = await requireCatalog(store)
      const csv = ticketListCsv(tickets, catalog, language)
      await recordDownload(req, 'tickets.csv', 'ok')
      res
        .type('text/csv; charset=utf-8')
        .attachment(`leitstand-tickets-${input.from}-${input.to}.csv`.replace(/[^a-zA-Z0-9._-]/g, '_'))
        .send(csv)
    } catch (error) {
      await fail(req, res, error, 'tickets.csv')
    }
  })

  routes.get('/export/bericht.pdf', async (req, res) => {
    try {
      const { input, language } = await prepare(req)
      const session = parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE] ?? ''
      const pdf = await renderReportPdf({
        baseUrl: `http://127.0.0.1:${req.socket.localPort}`,
        session,
        ...input,
        language,
      })
      await recordDownload(req, 'bericht.pdf', 'ok')
      res
        .type('application/pdf')
        .attachment(fileName(input.customer, input.from, input.to, 'pdf', language))
        .send(pdf)
    } catch (error) {
      await fail(req, res, error, 'bericht.pdf')
    }
  })

  return routes
}
