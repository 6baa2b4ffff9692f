/**
 * The filters of "Tickets je Woche" live in the URL so a view can be shared:
 * `?von=2026-01-01&bis=2026-04-01&ressort=im&ressort=fm`. `bis` is exclusive,
 * as in the API and the CLI; the form shows the day before ("bis einschließlich").
 */
import { type Period, readPeriod } from '../../lib/period'

export interface TicketFilters extends Period {
  /** Ministries to show; empty = all the user may see. */
  customers: string[]
}

/** Ministry ids of the URL: repeated `ressort` parameters, commas accepted too. */
function customersOf(params: URLSearchParams): string[] {
  const ids = params
    .getAll('ressort')
    .flatMap((value) => value.split(','))
    .map((id) => id.trim())
    .filter(Boolean)
  return [...new Set(ids)]
}

/** Missing dates fall back to the last 12 full months (see lib/period). */
export function readTicketFilters(params: URLSearchParams, today: string): TicketFilters {
  return { ...readPeriod(params, today, 'last-12-months'), customers: customersOf(params) }
}

export function writeTicketFilters(filters: TicketFilters): URLSearchParams {
  const params = new URLSearchParams({ von: filters.from, bis: filters.to })
  for (const customer of filters.customers) params.append('ressort', customer)
  return params
}
