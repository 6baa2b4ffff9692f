/**
 * Error budget over the rolling 30 days and the multi-window burn-rate
 * alerts (shared/availability-burn.ts), each window measured in the SLA's W
 * (calendar open time minus maintenance) like every availability figure: an
 * hour outside office hours has no known time there, so no burn rate (null)
 * and no alert. Per customer and service in the customer's SLA; in the
 * staff's view per service in its standard SLA (basis.ts).
 */

import { clipIntervals, serviceAvailability, timelineWithin } from '../../shared/availability'
import { alertFiring, BUDGET_DAYS, BURN_ALERT_RULES, burnRate } from '../../shared/availability-burn'
import type { Catalog, Service } from '../../shared/catalog'
import { formatInstant } from '../../shared/time'
import type { Store } from '../store'
import { type AvailabilityBasis, measuredTerms, openTimeOf } from './basis'
import { maintenanceOf, monitoredService } from './queries'
import { stateTimelinesOf } from './timelines'

const MINUTE = 60_000

export interface BurnAlert {
  id: (typeof BURN_ALERT_RULES)[number]['id']
  severity: 'page' | 'ticket'
  long_window_minutes: number
  short_window_minutes: number
  threshold: number
  /** Null without known time in the window or without a target. */
  long_burn_rate: number | null
  short_burn_rate: number | null
  /** Both windows burn faster than the threshold. */
  firing: boolean
}

export interface ServiceBurn {
  service: string
  name: string
  basis: AvailabilityBasis
  /** The rolling budget period, `[from, to)` = the last 30 days until now. */
  from: string
  to: string
  known_minutes: number
  down_minutes: number
  /** (1 - target/100) * known minutes; null without a target. */
  allowed_minutes: number | null
  /** (allowed - down) / allowed * 100, negative once overspent; null without a target or known time. */
  budget_remaining: number | null
  /** Over the whole 30 days: 1 spends the budget exactly. */
  burn_rate: number | null
  alerts: BurnAlert[]
}

export interface Burn {
  /** The customer whose SLAs measure the figures; null: the staff's view (standard SLA per service). */
  customer: string | null
  as_of: string
  budget_days: number
  services: ServiceBurn[]
}

export async function burnRates(
  store: Store,
  catalog: Catalog,
  options: {
    customer: string | null
    services: ReadonlyArray<{ service: Service; basis: AvailabilityBasis }>
    now: number
  },
): Promise<Burn> {
  const { services, now } = options
  const from = now - BUDGET_DAYS * 24 * 60 * MINUTE
  const timelines = await stateTimelinesOf(
    store,
    services.map(({ service }) => monitoredService(service)),
    from,
    now,
  )
  const maintenance = await maintenanceOf(
    store,
    services.map(({ service }) => service.id),
    from,
    now,
  )
  const openTime = openTimeOf(catalog)
  const rows = services.map(({ service, basis }): ServiceBurn => {
    const timeline = timelines.get(service.id) ?? []
    const terms = measuredTerms(catalog, basis, service.id, from, now, openTime)
    const within = (windowFrom: number) =>
      serviceAvailability({
        service: service.id,
        target: basis.target,
        stretches: terms.stretches,
        subscribed: clipIntervals(terms.subscribed, windowFrom, now),
        timeline: timelineWithin(timeline, windowFrom, now),
        open: clipIntervals(terms.open, windowFrom, now),
        maintenance: maintenance.get(service.id) ?? [],
        from: windowFrom,
        to: now,
      })
    const budget = within(from)
    const known = budget.up_minutes + budget.degraded_minutes + budget.down_minutes
    return {
      service: service.id,
      name: service.name,
      basis,
      from: formatInstant(from, catalog.timezone),
      to: formatInstant(now, catalog.timezone),
      known_minutes: known,
      down_minutes: budget.down_minutes,
      // The effective target of the window (metrics.md 4b): the plain one unless the terms changed in it.
      allowed_minutes: budget.target === null ? null : (1 - budget.target / 100) * known,
      budget_remaining: budget.budget_remaining,
      burn_rate: burnRate(budget, budget.target),
      alerts: BURN_ALERT_RULES.map((rule): BurnAlert => {
        const longWindow = within(now - rule.longMinutes * MINUTE)
        const shortWindow = within(now - rule.shortMinutes * MINUTE)
        const long = burnRate(longWindow, longWindow.target)
        const short = burnRate(shortWindow, shortWindow.target)
        return {
          id: rule.id,
          severity: rule.severity,
          long_window_minutes: rule.longMinutes,
          short_window_minutes: rule.shortMinutes,
          threshold: rule.threshold,
          long_burn_rate: long,
          short_burn_rate: short,
          firing: alertFiring(long, short, rule.threshold),
        }
      }),
    }
  })
  return {
    customer: options.customer,
    as_of: formatInstant(now, catalog.timezone),
    budget_days: BUDGET_DAYS,
    services: rows,
  }
}
