/**
 * tRPC building blocks: the context, the procedures and the error shape.
 * Tenant scope is enforced here once, before any handler runs: a ministry
 * user's `ctx.scope.customers` is its own id, and any input naming another
 * customer is rejected.
 */
import { randomUUID } from 'node:crypto'
import { initTRPC, TRPCError } from '@trpc/server'
import { ZodError, type z } from 'zod'
import type { User } from '../shared/auth'
import type { Catalog } from '../shared/catalog'
import { recordOrLog } from './audit/trail'
import type { OidcSignIn } from './auth/oidc'
import type { SignInLimits } from './auth/rate-limit'
import type { Session, SessionPolicy } from './auth/session'
import type { ResultCache } from './cache/results'
import { CatalogInvalidError, type CatalogVersion, currentCatalog, NoCatalogError } from './catalog/catalog'
import { procedureDuration } from './metrics'
import { periodBounds } from './period'
import { type Store, StoreQueryError, StoreTimeoutError, StoreUnavailableError } from './store'

export interface Context {
  store: Store
  /** Offers the demo login. */
  demo: boolean
  user: User | undefined
  /** The request's live session; absent in direct calls. */
  session?: Session
  /** The store could not be asked for the session. */
  sessionUnavailable?: StoreUnavailableError
  /** Sign-in set-up of the server: OpenID Connect, session timeouts, attempt limits. */
  signIn?: { oidc?: OidcSignIn; policy: SessionPolicy; limits: SignInLimits }
  /** The caller's address, for the audit trail and the sign-in limits. */
  ip?: string
  /** Sets a response header (the session cookie); absent in direct calls. */
  setHeader?: (name: string, value: string) => void
  secure: boolean
  /** The server's result cache; direct calls (CLI, tests) may go without. */
  cache?: ResultCache
}

export interface Scope {
  /** The customers this call may see, already narrowed to what the input asked for. */
  customers: string[]
}

export interface Meta {
  /** Calls of this procedure go to the audit trail as views, with their outcome. */
  audited?: boolean
}

/** What the caller reads when the store refused or failed a statement (its text stays in the log). */
const STORE_QUERY_FAILED = 'Die Datenbank konnte die Abfrage nicht ausführen'

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim()

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    errorFormatter({ shape, error }) {
      if (error.code === 'INTERNAL_SERVER_ERROR') {
        // Never pass database or stack text to the client: log it with an id.
        const id = randomUUID().slice(0, 8)
        const { cause } = error
        if (cause instanceof StoreQueryError)
          console.error(`[trpc] store error ${id} (${cause.code ?? 'unknown'}): ${oneLine(cause.message)}`)
        else console.error(`[trpc] internal error ${id}:`, cause ?? error)
        return {
          ...shape,
          message: `${cause instanceof StoreQueryError ? STORE_QUERY_FAILED : 'Interner Fehler'} (ID ${id})`,
          data: { code: shape.data.code, httpStatus: shape.data.httpStatus, errorId: id },
        }
      }
      // Invalid input: one readable line per problem instead of zod's JSON.
      const message =
        error.cause instanceof ZodError
          ? error.cause.issues
              .map((issue) => `${issue.path.join('.') || 'Eingabe'}: ${issue.message}`)
              .join('; ')
          : shape.message
      return { ...shape, message, data: { code: shape.data.code, httpStatus: shape.data.httpStatus } }
    },
  })

export const router = t.router
export const createCallerFactory = t.createCallerFactory

/**
 * Expected failures become typed tRPC errors, once, here. A statement the
 * store failed otherwise (StoreQueryError) stays an internal error: the
 * formatter above says it was the database, with an id for the log.
 */
const mapErrors = t.middleware(async ({ next }) => {
  const result = await next()
  if (!result.ok) {
    const cause = result.error.cause
    if (cause instanceof StoreUnavailableError) {
      throw new TRPCError({
        code: 'SERVICE_UNAVAILABLE',
        message: 'Die Datenbank ist nicht erreichbar.',
        cause,
      })
    }
    if (cause instanceof StoreTimeoutError) {
      throw new TRPCError({
        code: 'TIMEOUT',
        message: 'Die Abfrage hat zu lange gedauert. Bitte wählen Sie einen kürzeren Zeitraum.',
        cause,
      })
    }
    if (cause instanceof NoCatalogError) {
      throw new TRPCError({
        code: 'PRECONDITION_FAILED',
        message: 'Es ist noch kein Katalog geladen.',
        cause,
      })
    }
    if (cause instanceof CatalogInvalidError) {
      throw new TRPCError({ code: 'BAD_REQUEST', message: cause.message, cause })
    }
  }
  return result
})

/** Times every call for /metrics, by procedure and outcome. */
const measure = t.middleware(async ({ path, next }) => {
  const stop = procedureDuration.startTimer({ procedure: path })
  const result = await next()
  stop({ outcome: result.ok ? 'ok' : result.error.code })
  return result
})

/**
 * Audited procedures record every call, refused ones included: it runs before
 * the sign-in and scope checks, and records the outcome after them, while the
 * answer is sent. A view that waited for its entry waited for the store,
 * which computes the pages' figures meanwhile (about 100 ms per report under
 * load, bench:serve); a read of the trail still shows it (`listAudit` waits
 * for the inserts under way).
 */
const auditTrail = t.middleware(async ({ ctx, meta, path, next, getRawInput }) => {
  if (!meta?.audited) return next()
  const result = await next()
  const input = await getRawInput().catch(() => undefined)
  const asked = requestedCustomers(input)
  void recordOrLog(ctx.store, {
    action: 'view',
    user: ctx.user,
    customer: (asked?.join(',') ?? ctx.user?.customer ?? '').slice(0, 100),
    subject: path,
    outcome: result.ok ? 'ok' : result.error.code,
    ip: ctx.ip,
  })
  return result
})

export const publicProcedure = t.procedure.use(measure).use(mapErrors).use(auditTrail)

const authed = publicProcedure.use(({ ctx, next }) => {
  if (ctx.sessionUnavailable) throw ctx.sessionUnavailable
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Bitte melden Sie sich an.' })
  return next({ ctx: { ...ctx, user: ctx.user } })
})

async function loadCatalog(store: Store, cache: ResultCache | undefined): Promise<CatalogVersion> {
  // The catalog in force is read once per load: a catalog load drops it from the cache.
  const current = await (cache ? cache.catalogInForce(() => currentCatalog(store)) : currentCatalog(store))
  if (!current)
    throw new TRPCError({ code: 'PRECONDITION_FAILED', message: 'Es ist noch kein Katalog geladen.' })
  return current
}

const FORBIDDEN_MESSAGE = 'Kein Zugriff auf dieses Ressort.'

/** Customer ids an input asks for: `customer` and/or `customers`. */
function requestedCustomers(input: unknown): string[] | undefined {
  if (typeof input !== 'object' || input === null) return undefined
  const { customer, customers } = input as { customer?: unknown; customers?: unknown }
  const asked: string[] = []
  if (typeof customer === 'string') asked.push(customer)
  if (Array.isArray(customers)) asked.push(...customers.filter((c): c is string => typeof c === 'string'))
  return asked.length > 0 ? asked : undefined
}

/**
 * Every data procedure derives from this: signed in, catalog loaded, and
 * `ctx.scope.customers` = the customers the user may see, narrowed to those
 * the input asks for. Asking for any other customer is FORBIDDEN; the message
 * does not say whether that customer exists.
 */
export const scopedProcedure = authed.use(async ({ ctx, next, getRawInput }) => {
  const { catalog, version } = await loadCatalog(ctx.store, ctx.cache)
  const allowed =
    ctx.user.role === 'ministry'
      ? catalog.customers.filter((c) => c.id === ctx.user.customer).map((c) => c.id)
      : catalog.customers.map((c) => c.id)
  const asked = requestedCustomers(await getRawInput())
  if (asked?.some((customer) => !allowed.includes(customer))) {
    throw new TRPCError({ code: 'FORBIDDEN', message: FORBIDDEN_MESSAGE })
  }
  const scope: Scope = { customers: asked ?? allowed }
  return next({ ctx: { ...ctx, catalog: catalog as Catalog, catalogVersion: version, scope } })
})

/**
 * Every procedure about a period derives from this: a scoped procedure whose
 * input (`schema`, with local dates `from` and `to`) is resolved once to
 * instants in the catalog's timezone, `ctx.period` (`to` exclusive). `base`:
 * a procedure derived from the scoped one, such as `staffProcedure`.
 */
export function periodProcedure<S extends z.ZodType<{ from: string; to: string }>>(
  schema: S,
  base: typeof scopedProcedure = scopedProcedure,
) {
  return base
    .input(schema)
    .use(({ ctx, input, next }) => next({ ctx: { period: periodBounds(input, ctx.catalog.timezone) } }))
}

/** For the agency's own staff only (leadership and service management). */
export const staffProcedure = scopedProcedure.use(({ ctx, next }) => {
  if (ctx.user.role === 'ministry')
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Nur für die Mitarbeitenden des Dienstleisters.' })
  return next()
})

/** For the agency's leadership only (the audit trail). */
export const leadershipProcedure = scopedProcedure.use(({ ctx, next }) => {
  if (ctx.user.role !== 'leadership')
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Nur für die Leitung.' })
  return next()
})
