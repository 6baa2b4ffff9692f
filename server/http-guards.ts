/**
 * Guards in front of the API that no procedure can forget: requests that
 * change state come from the dashboard's own origin and as JSON (never as a
 * form another site can post), and answers with personal data are never
 * cached.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express'

/** Methods that only read: every other method changes state. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** The origin this server is reached at: the configured public URL's, else the request's own. */
function ownOrigin(req: Request, publicUrl: URL | undefined): string {
  return publicUrl ? publicUrl.origin : `${req.protocol}://${req.get('host')}`
}

function refuse(res: Response, status: number, message: string) {
  res.status(status).type('text/plain; charset=utf-8').send(message)
}

/**
 * Refuses a state-changing request from another site: its `Origin` must be
 * this server's (a browser always sends it on a cross-site POST), or, when a
 * browser sends no Origin, `Sec-Fetch-Site` must not say cross-site.
 * Clients that are not browsers (curl, scripts) send neither and pass.
 */
export function sameOriginGuard(publicUrl: URL | undefined): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method)) return next()
    const origin = req.get('origin')
    const crossSite =
      origin !== undefined ? origin !== ownOrigin(req, publicUrl) : req.get('sec-fetch-site') === 'cross-site'
    if (crossSite) return refuse(res, 403, 'Anfrage von einer anderen Website abgelehnt.')
    next()
  }
}

/**
 * Refuses a state-changing API call that is not JSON. An HTML form, and a
 * cross-site fetch without a CORS preflight, can only send
 * multipart/form-data, application/x-www-form-urlencoded or text/plain (and
 * tRPC would take the first as input): the dashboard's mutations are JSON.
 */
export const jsonOnlyGuard: RequestHandler = (req, res, next) => {
  if (SAFE_METHODS.has(req.method)) return next()
  const type = (req.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase()
  if (type !== 'application/json')
    return refuse(res, 415, 'Änderungen werden nur als application/json angenommen.')
  next()
}

/**
 * Behind an https public URL every request counts as https, whatever a proxy
 * forwards or leaves out: `req.secure` is true, so every cookie the server
 * sets (the session's, the sign-in flow's) is `Secure`.
 */
export const httpsPublicUrl: RequestHandler = (req, _res, next) => {
  // Express derives req.secure from req.protocol.
  Object.defineProperty(req, 'protocol', { value: 'https', configurable: true, enumerable: true })
  next()
}

/** Answers that may hold personal data stay out of every cache (browser, proxy). */
export const noStore: RequestHandler = (_req, res, next) => {
  res.set('Cache-Control', 'no-store')
  next()
}
