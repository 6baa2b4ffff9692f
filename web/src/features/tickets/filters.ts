/**
 * The filters of "Tickets je Woche" live in the URL so a view can be shared:
 * `?von=2026-01-01&bis=2026-04-01&ressort=im&ressort=fm`. `bis` is exclusive,
 * as in the API and the CLI; the form shows the day before ("bis einschließlich").
 */
import type { Period } from '../../../../shared/period-presets'
import { appendCustomers, customersParam, periodParams, readPeriod } from '../../lib/url-filters'

export interface TicketFilters extends Period {
  /** Ministries to show; empty = all the user may see. */
  customers: string[]
}

/** Missing dates fall back to the last 12 full months. */
export function readTicketFilters(params: URLSearchParams, today: string): TicketFilters {
  return { ...readPeriod(params, today, 'last-12-months'), customers: customersParam(params) }
}

export function writeTicketFilters(filters: TicketFilters): URLSearchParams {
  const params = periodParams(filters)
  appendCustomers(params, filters.customers)
  return params
}
