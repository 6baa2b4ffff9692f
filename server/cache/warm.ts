/**
 * The default view of each main page computed ahead, while nobody waits for
 * the store: at start, and again after each change (the result cache then
 * computes what a change dropped). Leadership opening "Ziele" in the morning,
 * a ministry its report of last month, the service managers their
 * compliance of this month: their first call is answered from the cache.
 *
 * The calls go through the router as a staff member and as a member of each
 * ministry would make them, so they are kept under exactly the keys those
 * users ask with (the key holds the caller's scope: nothing crosses over).
 * Audited procedures (the report) are not called ahead: every entry of the
 * audit trail is a person's view. Their figures, a ministry's own whoever
 * asks, are computed ahead directly (server/report/figures.ts).
 */
import { DateTime } from 'luxon'
import type { User } from '../../shared/auth'
import { currentCatalog } from '../catalog/catalog'
import { periodBounds } from '../period'
import { reportOf, verdictOf } from '../report/figures'
import { createCaller } from '../router'
import type { Store } from '../store'
import type { Context } from '../trpc'
import type { ResultCache } from './results'

/** Who computes ahead: never a person, never signed in, only a context of this process. */
const AHEAD = { id: 'leitstand-vorberechnung', name: 'Vorberechnung' } as const

type Caller = ReturnType<typeof callerFor>

function callerFor(store: Store, cache: ResultCache, user: User) {
  const context: Context = { store, demo: false, user, secure: false, cache }
  return createCaller(context)
}

/** The pages' default inputs on a day (web/src: last month, this month so far, the last 30 and 90 days). */
export function defaultViews(today: DateTime) {
  const day = (value: DateTime) => value.toISODate() as string
  const thisMonth = today.startOf('month')
  const tomorrow = today.plus({ days: 1 })
  return {
    lastMonth: { from: day(thisMonth.minus({ months: 1 })), to: day(thisMonth) },
    monthSoFar: { from: day(thisMonth), to: day(tomorrow) },
    last30Days: { from: day(today.minus({ days: 29 })), to: day(tomorrow) },
  }
}

/** Each page's default calls for one caller: staff see all ministries, a ministry its own. */
function defaultCalls(caller: Caller, staff: boolean, today: DateTime) {
  const { lastMonth, monthSoFar } = defaultViews(today)
  const calls: Array<() => Promise<unknown>> = [
    () => caller.availability.overview({ days: 90 }),
    () => caller.sla.compliance({ ...monthSoFar, bucket: 'month', groupBy: 'none' }),
    () => caller.sla.compliance({ ...monthSoFar, bucket: 'month', groupBy: 'customer_service' }),
    () => caller.sla.stats(monthSoFar),
    () => caller.satisfaction.trend(monthSoFar),
    () => caller.satisfaction.summary({ ...monthSoFar, byService: false }),
    () => caller.satisfaction.bySlaOutcome(monthSoFar),
  ]
  if (staff) calls.unshift(() => caller.goals.cockpit(lastMonth))
  return calls
}

/** The staff's view of each service over the last 30 days (the service page's default). */
function serviceCalls(caller: Caller, services: readonly string[], today: DateTime) {
  const { last30Days } = defaultViews(today)
  return services.flatMap((service) => [
    () => caller.availability.service({ ...last30Days, service }),
    () => caller.services.page({ ...last30Days, service }),
  ])
}

/**
 * Computes the default views one call at a time, each only once no caller
 * waits for a computation. Returns how many it computed; failures (a store
 * that went down) end it quietly: the pages compute on demand as before.
 */
export async function computeAhead(
  store: Store,
  cache: ResultCache,
  options: { now?: number; stopped?: () => boolean } = {},
): Promise<number> {
  const current = await currentCatalog(store)
  if (!current) return 0
  const { catalog } = current
  const today = DateTime.fromMillis(options.now ?? Date.now(), { zone: catalog.timezone }).startOf('day')
  const services = catalog.services.map((service) => service.id)
  const staff = callerFor(store, cache, { ...AHEAD, role: 'leadership' })
  const plan = defaultCalls(staff, true, today)
  // Each ministry's report of last month (the report page's default) with its verdict.
  const figures = { store, catalog, catalogVersion: current.version, cache }
  const lastMonth = periodBounds(defaultViews(today).lastMonth, catalog.timezone)
  for (const customer of catalog.customers) {
    plan.push(() => reportOf(figures, customer.id, lastMonth.from, lastMonth.to))
    plan.push(() => verdictOf(figures, customer.id, lastMonth.from, lastMonth.to))
  }
  for (const customer of catalog.customers) {
    const ministry = callerFor(store, cache, { ...AHEAD, role: 'ministry', customer: customer.id })
    plan.push(...defaultCalls(ministry, false, today))
  }
  plan.push(...serviceCalls(staff, services, today))
  let computed = 0
  for (const call of plan) {
    if (options.stopped?.()) break
    await cache.idle()
    try {
      await call()
      computed++
    } catch {
      return computed
    }
  }
  return computed
}

/** How often the day and the catalog are looked at: a new day has new default periods, a new catalog new answers. */
const DAY_CHECK_MS = 10 * 60_000

/** Computes ahead now, on each new day (in the catalog's time zone) and after a catalog load; returns the function that stops it. */
export function computeAheadDaily(store: Store, cache: ResultCache): () => void {
  let stopped = false
  let day = ''
  const run = async () => {
    const current = await currentCatalog(store).catch(() => undefined)
    if (!current) return
    const today = `${DateTime.now().setZone(current.catalog.timezone).toISODate()}/${current.version}`
    if (today === day) return
    day = today
    await computeAhead(store, cache, { stopped: () => stopped }).catch(() => undefined)
  }
  void run()
  const timer = setInterval(() => void run(), DAY_CHECK_MS).unref()
  return () => {
    stopped = true
    clearInterval(timer)
  }
}
