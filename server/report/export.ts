/**
 * Downloads of a ministry's report: /export/bericht.csv and /export/bericht.pdf
 * with ?ressort=ID&von=DATE&bis=DATE (bis exclusive). Both go through the
 * same tRPC procedures as the dashboard, so the same scope check applies.
 */

import { TRPCError } from '@trpc/server'
import { getHTTPStatusCodeFromError } from '@trpc/server/http'
import { parse as parseCookies } from 'cookie'
import { type Request, type Response, Router } from 'express'
import { readSession, SESSION_COOKIE, type SessionKeys } from '../auth/session'
import { requireCatalog } from '../catalog/catalog'
import { createCaller } from '../router'
import type { Store } from '../store'
import { reportCsv } from './csv'
import { PdfUnavailableError, renderReportPdf } from './pdf'

function fileName(customer: string, from: string, to: string, extension: string): string {
  return `leitstand-bericht-${customer}-${from}-bis-${to}.${extension}`.replace(/[^a-zA-Z0-9._-]/g, '_')
}

export function exportRoutes(store: Store, keys: SessionKeys, demo: boolean): Router {
  const routes = Router()

  async function prepare(req: Request) {
    const user = await readSession(keys, req.headers.cookie)
    const caller = createCaller({ store, keys, demo, user, secure: req.secure })
    const input = {
      customer: String(req.query.ressort ?? ''),
      from: String(req.query.von ?? ''),
      to: String(req.query.bis ?? ''),
    }
    const report = await caller.report.get(input)
    return { caller, input, report }
  }

  function fail(res: Response, error: unknown) {
    if (error instanceof TRPCError) {
      const status = getHTTPStatusCodeFromError(error)
      res
        .status(status)
        .type('text/plain; charset=utf-8')
        .send(status === 500 ? 'Interner Fehler' : error.message)
    } else if (error instanceof PdfUnavailableError) {
      res.status(501).type('text/plain; charset=utf-8').send(error.message)
    } else {
      console.error('[export] internal error:', error)
      res.status(500).type('text/plain; charset=utf-8').send('Interner Fehler')
    }
  }

  routes.get('/export/bericht.csv', async (req, res) => {
    try {
      const { caller, input, report } = await prepare(req)
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
      res
        .type('text/csv; charset=utf-8')
        .attachment(fileName(input.customer, input.from, input.to, 'csv'))
        .send(reportCsv(report, catalog, comments))
    } catch (error) {
      fail(res, error)
    }
  })

  routes.get('/export/bericht.pdf', async (req, res) => {
    try {
      const { input } = await prepare(req)
      const session = parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE] ?? ''
      const pdf = await renderReportPdf({
        baseUrl: `http://127.0.0.1:${req.socket.localPort}`,
        session,
        ...input,
      })
      res
        .type('application/pdf')
        .attachment(fileName(input.customer, input.from, input.to, 'pdf'))
        .send(pdf)
    } catch (error) {
      fail(res, error)
    }
  })

  return routes
}
