/**
 * The views one click away computed ahead, while nobody waits for the store:
 * at start, each new day, after a catalog load and after new data (the
 * result cache also computes again what a change dropped). Leadership
 * opening "Ziele" in the morning, a ministry its report of last month, the
 * service managers a preset of their compliance: their first call is
 * answered from the cache.
 *
 * The calls go through the router as a staff member and as a member of each
 * ministry would make them, so they are kept under exactly the keys those
 * users ask with (the key holds the caller's scope: nothing crosses over).
 * Audited procedures (the report) are not called ahead: every entry of the
 * audit trail is a person's view. Their figures, a ministry's own whoever
 * asks, are computed ahead directly (server/report/figures.ts).
 */
import type { User } from '../../shared/auth'
import { today as localToday } from '../../shared/local-dates'
import {
  last30Days,
  monthsBefore,
  PERIOD_PRESETS,
  type Period,
  presetPeriod,
  quartersBefore,
} from '../../shared/period-presets'
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

/** The periods one click away: every preset of the period picker (shared/period-presets). */
function presetPeriods(today: string): Period[] {
  return PERIOD_PRESETS.map((preset) => presetPeriod(preset, today))
}

/**
 * What one viewer sees one click away on the SLA and satisfaction pages in a
 * period: each grouping and bucket of the compliance, the statistics, and
 * the satisfaction figures; `customer` for the staff looking through one
 * ministry's eyes.
 */
function periodCalls(caller: Caller, staff: boolean, period: Period, customer?: string) {
  const scope = { ...period, customers: customer ? [customer] : undefined }
  const groups = staff
    ? (['none', 'customer', 'service', 'priority'] as const)
    : (['none', 'service', 'priority'] as const)
  return [
    ...groups.flatMap((groupBy) =>
      (['month', 'week'] as const).map(
        (bucket) => () => caller.sla.compliance({ ...scope, bucket, groupBy }),
      ),
    ),
    () => caller.sla.compliance({ ...scope, bucket: 'month', groupBy: 'customer_service' }),
    () => caller.sla.stats(scope),
    () => caller.satisfaction.trend(scope),
    () => caller.satisfaction.summary({ ...scope, byService: false }),
    () => caller.satisfaction.summary({ ...scope, byService: true }),
    () => caller.satisfaction.bySlaOutcome(scope),
    () => caller.satisfaction.comments({ ...scope, limit: 100 }),
  ]
}

/** A service's page in a period: the same answer for the staff through a ministry's eyes and that ministry. */
function servicePageCalls(caller: Caller, services: readonly string[], period: Period) {
  return services.flatMap((service) => [
    () => caller.availability.service({ ...period, service }),
    () => caller.services.page({ ...period, service }),
  ])
}

/** The error budget of each service on its page (the rolling 30 days, computed for its 5-minute step). */
function burnCalls(caller: Caller, services: readonly string[]) {
  return services.map((service) => () => caller.availability.burn({ service }))
}

/** The goal cockpit's recent months, quarters and last year (the page's period choices). */
function goalPeriods(today: string): Period[] {
  const year = Number(today.slice(0, 4))
  return [
    ...monthsBefore(today, 12),
    ...quartersBefore(today, 4),
    { from: `${year - 1}-01-01`, to: `${year}-01-01` },
  ]
}

/** The report's recent whole months (its archive) besides the presets. */
function reportPeriods(today: string): Period[] {
  const seen = new Set<string>()
  return [...monthsBefore(today, 6), ...presetPeriods(today)].filter(({ from, to }) => {
    const key = `${from}/${to}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * Computes every view one click away (each period preset of every page, for
 * the staff, the staff through each ministry's eyes and each ministry; the
 * report's recent months; the cockpit's periods), the pages opened first
 * first, one call at a time, each only once no caller waits for a
 * computation. A view still in the cache costs a lookup. Returns how many
 * calls it made; failures (a store that went down) end it quietly: the pages
 * compute on demand as before.
 */
export async function computeAhead(
  store: Store,
  cache: ResultCache,
  options: { now?: number; stopped?: () => boolean } = {},
): Promise<number> {
  const current = await currentCatalog(store)
  if (!current) return 0
  const { catalog } = current
  const today = localToday(new Date(options.now ?? Date.now()), catalog.timezone)
  const services = catalog.services.map((service) => service.id)
  const staff = callerFor(store, cache, { ...AHEAD, role: 'leadership' })
  const ministries = catalog.customers.map((customer) => ({
    customer,
    caller: callerFor(store, cache, { ...AHEAD, role: 'ministry', customer: customer.id }),
  }))
  const figures = { store, catalog, catalogVersion: current.version, cache }
  const report = (period: Period) => {
    const { from, to } = periodBounds(period, catalog.timezone)
    return catalog.customers.flatMap((customer) => [
      () => reportOf(figures, customer.id, from, to),
      () => verdictOf(figures, customer.id, from, to),
    ])
  }
  const servicePages = (period: Period) => [
    ...servicePageCalls(staff, services, period),
    ...ministries.flatMap(({ customer, caller }) => servicePageCalls(caller, customer.services, period)),
  ]
  const periods = presetPeriods(today)
  // The start pages first: the status overview, last month's reports (each list starts with last month) and cockpit.
  const plan: Array<() => Promise<unknown>> = [
    () => staff.availability.overview({ days: 90 }),
    ...ministries.map(
      ({ caller }) =>
        () =>
          caller.availability.overview({ days: 90 }),
    ),
    ...reportPeriods(today).flatMap(report),
    ...goalPeriods(today).map((period) => () => staff.goals.cockpit(period)),
  ]
  for (const period of periods) {
    plan.push(...periodCalls(staff, true, period))
    for (const { customer, caller } of ministries) {
      plan.push(...periodCalls(caller, false, period))
      plan.push(...periodCalls(staff, true, period, customer.id))
    }
  }
  // A service's figures up to now are computed for their 5-minute step: they come last, fresh
  // when the views are ready (on a large store computing ahead takes minutes).
  const running = [last30Days(today), ...periods].filter((period) => period.to > today)
  for (const period of periods.filter((period) => period.to <= today)) plan.push(...servicePages(period))
  for (const period of running) plan.push(...servicePages(period))
  plan.push(...burnCalls(staff, services))
  for (const { customer, caller } of ministries) plan.push(...burnCalls(caller, customer.services))
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

/** How often it looks whether to compute ahead again: a new day moves the presets, a catalog load or new data drops answers. */
const CHECK_MS = 10 * 60_000

/**
 * Computes ahead now, and again on each new day (in the catalog's time zone),
 * after a catalog load and after new data (at most every ten minutes: the
 * views a change did not touch are still kept and cost a lookup). Logs when
 * the views are ready; returns the function that stops it.
 */
export function keepComputingAhead(store: Store, cache: ResultCache): () => void {
  let stopped = false
  let running = false
  let done = ''
  const run = async () => {
    if (running) return
    const current = await currentCatalog(store).catch(() => undefined)
    if (!current) return
    const state = `${localToday(new Date(), current.catalog.timezone)}/${current.version}/${cache.changedAt}`
    if (state === done) return
    done = state
    running = true
    const started = Date.now()
    const calls = await computeAhead(store, cache, { stopped: () => stopped }).catch(() => 0)
    running = false
    if (stopped) return
    const { answers, size } = cache.kept
    console.log(
      `[compute-ahead] ${calls} views ready in ${((Date.now() - started) / 1000).toFixed(0)} s (cache: ${answers} answers, ${(size / 2 ** 20).toFixed(0)} MiB)`,
    )
  }
  void run()
  const timer = setInterval(() => void run(), CHECK_MS).unref()
  return () => {
    stopped = true
    clearInterval(timer)
  }
}
