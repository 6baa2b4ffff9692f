/**
 * Every page keeps its filters in the URL so a view can be shared by link.
 * This module is the one place that knows how the common ones are written:
 * the period `?von=2026-03-01&bis=2026-04-01` (`bis` exclusive, as in the API
 * and the CLI), the ministries `ressort` (repeated, commas accepted too) and
 * any other list. Each feature's params module builds its own filters from
 * these; `useUrlFilters` reads and writes them on a page.
 */
import { useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { isLocalDate, today as todayInBerlin } from '../../../shared/local-dates'
import { type Period, type PeriodPreset, presetPeriod } from '../../../shared/period-presets'

const FROM = 'von'
const TO = 'bis'
const CUSTOMER = 'ressort'

/**
 * `von` and `bis` as they stand, when both are there. A malformed date is
 * passed on as it is: the server's validation message then says what is wrong.
 */
export function periodParam(params: URLSearchParams): Period | undefined {
  const from = params.get(FROM)
  const to = params.get(TO)
  return from && to ? { from, to } : undefined
}

/** The period of the URL; without `von` and `bis` the page's default preset. */
export function readPeriod(params: URLSearchParams, today: string, fallback: PeriodPreset): Period {
  return periodParam(params) ?? presetPeriod(fallback, today)
}

/** New parameters holding the period; append a page's other filters to them. */
export function periodParams(period: Period): URLSearchParams {
  return new URLSearchParams({ [FROM]: period.from, [TO]: period.to })
}

/** The period a navigation link carries: `von`/`bis` of the current URL when both are dates. */
export function carriedPeriod(search: string): Period | undefined {
  const period = periodParam(new URLSearchParams(search))
  return period && isLocalDate(period.from) && isLocalDate(period.to) && period.from < period.to
    ? period
    : undefined
}

/** A link to `path` that keeps the period (and nothing else: other filters belong to their page). */
export function linkWithPeriod(path: string, period: Period | undefined): string {
  return period ? `${path}?${periodParams(period).toString()}` : path
}

/** Repeated parameters, commas accepted too, each value once. */
export function listParam(params: URLSearchParams, name: string): string[] {
  const values = params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean)
  return [...new Set(values)]
}

/** Appends each value as its own parameter (`ressort=im&ressort=fm`). */
export function appendList(params: URLSearchParams, name: string, values: readonly string[]): void {
  for (const value of values) params.append(name, value)
}

/** The ministries chosen; empty = all the user may see. */
export function customersParam(params: URLSearchParams): string[] {
  return listParam(params, CUSTOMER)
}

export function appendCustomers(params: URLSearchParams, customers: readonly string[]): void {
  appendList(params, CUSTOMER, customers)
}

/** The one ministry chosen, on pages that show one at a time. */
export function customerParam(params: URLSearchParams): string | undefined {
  return params.get(CUSTOMER)?.trim() || undefined
}

export function setCustomer(params: URLSearchParams, customer: string | undefined): void {
  if (customer) params.set(CUSTOMER, customer)
}

/**
 * A page's filters from the URL and a setter that writes them back, one
 * history entry per change. `today` (in Berlin) is fixed for the page's life,
 * so the default period does not move at midnight.
 */
export function useUrlFilters<F, W = F>(
  read: (params: URLSearchParams, today: string) => F,
  write: (filters: W) => URLSearchParams,
) {
  const [params, setParams] = useSearchParams()
  const today = useMemo(() => todayInBerlin(), [])
  const filters = read(params, today)
  // flushSync: a controlled checkbox or select must show its new state at once,
  // not snap back until a navigation transition commits.
  const setFilters = (next: W) => setParams(write(next), { flushSync: true })
  return { filters, today, setFilters, params, setParams }
}
