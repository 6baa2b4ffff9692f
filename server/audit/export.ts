/**
 * /export/protokoll.csv?benutzer=…&ressort=…&tag=JJJJ-MM-TT (&sprache=en):
 * the audit trail as CSV, through the same leadership-only procedure as the
 * Protokoll page. The download itself is recorded too.
 */
import { TRPCError } from '@trpc/server'
import { getHTTPStatusCodeFromError } from '@trpc/server/http'
import { Router } from 'express'
import { requestContext, type SignInSetup } from '../auth/context'
import { createCaller } from '../router'
import type { Store } from '../store'
import { auditCsv } from './csv'
import { recordOrLog } from './trail'

const ENGLISH: Partial<Record<TRPCError['code'], string>> = {
  UNAUTHORIZED: 'Please sign in.',
  FORBIDDEN: 'For leadership only.',
  BAD_REQUEST: 'Invalid filter.',
}

export function auditExportRoutes(store: Store, setup: SignInSetup): Router {
  const routes = Router()
  routes.get('/export/protokoll.csv', async (req, res) => {
    const english = req.query.sprache === 'en'
    const ctx = await requestContext(store, setup, req)
    const text = (key: string) =>
      typeof req.query[key] === 'string' && req.query[key] ? req.query[key] : undefined
    const filter = { user: text('benutzer'), ministry: text('ressort'), day: text('tag') }
    let outcome = 'ok'
    let reply: () => void
    try {
      const { entries, more } = await createCaller(ctx).audit.list(filter)
      const csv = auditCsv(entries, english ? 'en' : 'de', more)
      reply = () =>
        res
          .type('text/csv; charset=utf-8')
          .attachment(english ? 'leitstand-audit-trail.csv' : 'leitstand-protokoll.csv')
          .send(csv)
    } catch (error) {
      const known = error instanceof TRPCError && error.code !== 'INTERNAL_SERVER_ERROR'
      outcome = error instanceof TRPCError ? error.code : 'INTERNAL_SERVER_ERROR'
      if (!known) console.error('[export] internal error:', error)
      const status = known ? getHTTPStatusCodeFromError(error) : 500
      const message = known
        ? (english && ENGLISH[error.code]) ||
          (error.code === 'BAD_REQUEST' ? 'Ungültiger Filter.' : error.message)
        : english
          ? 'Internal error'
          : 'Interner Fehler'
      reply = () => res.status(status).type('text/plain; charset=utf-8').send(message)
    }
    // Recorded before the file or the refusal goes out.
    await recordOrLog(store, {
      action: 'download',
      user: ctx.user,
      customer: filter.ministry?.slice(0, 100),
      subject: 'protokoll.csv',
      outcome,
      ip: ctx.ip,
    })
    reply()
  })
  return routes
}
