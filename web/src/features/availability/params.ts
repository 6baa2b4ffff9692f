/**
 * The availability views keep their filters in the URL so a view can be shared:
 * `/verfuegbarkeit?tage=30&ressort=im`,
 * `/verfuegbarkeit/email?von=2026-03-01&bis=2026-04-01&ressort=im`.
 * `bis` is exclusive, as in the API. `ressort` is the staff's choice of whose
 * SLA measures; a ministry user is always measured in its own.
 */
import { last30Days, type Period } from '../../../../shared/period-presets'
import { customerParam, periodParam, periodParams, setCustomer } from '../../lib/url-filters'
import type { StatusOrder } from './status-bar'

export const DAY_CHOICES = [30, 60, 90] as const
export type DayChoice = (typeof DAY_CHOICES)[number]
export const DEFAULT_DAYS: DayChoice = 90

export interface OverviewFilters {
  days: DayChoice
  /** `reihenfolge=unter-ziel`: services below target first. */
  order: StatusOrder
  /** Staff only: measure in this ministry's SLAs; undefined: each service's standard SLA. */
  customer: string | undefined
}

export function readOverviewFilters(params: URLSearchParams): OverviewFilters {
  const days = Number(params.get('tage'))
  return {
    days: (DAY_CHOICES as readonly number[]).includes(days) ? (days as DayChoice) : DEFAULT_DAYS,
    order: params.get('reihenfolge') === 'unter-ziel' ? 'below-target' : 'catalog',
    customer: customerParam(params),
  }
}

/** Defaults are left out so links stay short. */
export function writeOverviewFilters(filters: OverviewFilters): URLSearchParams {
  const params = new URLSearchParams()
  if (filters.days !== DEFAULT_DAYS) params.set('tage', String(filters.days))
  setCustomer(params, filters.customer)
  if (filters.order === 'below-target') params.set('reihenfolge', 'unter-ziel')
  return params
}

export interface ServiceFilters extends Period {
  customer: string | undefined
}

/**
 * Missing dates fall back to the last 30 days up to today, the window of the
 * page's burn-rate alerts, so the page's error budget and its alerts speak of
 * the same days. A malformed date goes to the server, whose message says what is wrong.
 */
export function readServiceFilters(params: URLSearchParams, today: string): ServiceFilters {
  return {
    ...(periodParam(params) ?? last30Days(today)),
    customer: customerParam(params),
  }
}

export function writeServiceFilters(filters: ServiceFilters): URLSearchParams {
  const params = periodParams(filters)
  setCustomer(params, filters.customer)
  return params
}

/** The detail page of a service, in the overview's view (same Ressort). */
export function serviceHref(service: string, customer: string | undefined): string {
  return withCustomer(`/verfuegbarkeit/${encodeURIComponent(service)}`, customer)
}

export function overviewHref(customer: string | undefined): string {
  return withCustomer('/verfuegbarkeit', customer)
}

function withCustomer(path: string, customer: string | undefined): string {
  const params = new URLSearchParams()
  setCustomer(params, customer)
  return params.size > 0 ? `${path}?${params.toString()}` : path
}
