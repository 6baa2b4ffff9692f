/**
 * The availability views keep their filters in the URL so a view can be shared:
 * `/verfuegbarkeit?tage=30&ressort=im`,
 * `/verfuegbarkeit/email?von=2026-03-01&bis=2026-04-01&ressort=im`.
 * `bis` is exclusive, as in the API. `ressort` is the staff's choice of whose
 * SLA measures; a ministry user is always measured in its own.
 */
import { t } from '../../i18n'
import { addDays, addMonthsToMonth, monthOf } from '../../lib/dates'
import type { Period } from '../tickets/filters'

export const DAY_CHOICES = [30, 60, 90] as const
export type DayChoice = (typeof DAY_CHOICES)[number]
export const DEFAULT_DAYS: DayChoice = 90

export interface OverviewFilters {
  days: DayChoice
  /** Staff only: measure in this ministry's SLAs; undefined: each service's standard SLA. */
  customer: string | undefined
}

function customerOf(params: URLSearchParams): string | undefined {
  return params.get('ressort')?.trim() || undefined
}

export function readOverviewFilters(params: URLSearchParams): OverviewFilters {
  const days = Number(params.get('tage'))
  return {
    days: (DAY_CHOICES as readonly number[]).includes(days) ? (days as DayChoice) : DEFAULT_DAYS,
    customer: customerOf(params),
  }
}

/** Defaults are left out so links stay short. */
export function writeOverviewFilters(filters: OverviewFilters): URLSearchParams {
  const params = new URLSearchParams()
  if (filters.days !== DEFAULT_DAYS) params.set('tage', String(filters.days))
  if (filters.customer) params.set('ressort', filters.customer)
  return params
}

/** The presets' ids are identifiers; `servicePresetLabel` gives their words in the current language. */
export const SERVICE_PRESETS = [
  { id: 'letzte-30-tage' },
  { id: 'letzter-monat' },
  { id: 'letzte-12-monate' },
] as const
export type ServicePresetId = (typeof SERVICE_PRESETS)[number]['id']
export const DEFAULT_SERVICE_PRESET: ServicePresetId = 'letzte-30-tage'

/** "Letzte 30 Tage" (en: "Last 30 days"). */
export function servicePresetLabel(id: ServicePresetId): string {
  return t(`availability:presets.${id}`)
}

/**
 * Periods end with today, except "letzter Monat" (the whole previous calendar
 * month). Twelve months start on the 1st, eleven months back, so they stay
 * within the server's 366 days.
 */
export function servicePresetPeriod(id: ServicePresetId, today: string): Period {
  const to = addDays(today, 1)
  const month = monthOf(today)
  switch (id) {
    case 'letzte-30-tage':
      return { from: addDays(today, -29), to }
    case 'letzter-monat':
      return { from: `${addMonthsToMonth(month, -1)}-01`, to: `${month}-01` }
    case 'letzte-12-monate':
      return { from: `${addMonthsToMonth(month, -11)}-01`, to }
  }
}

export interface ServiceFilters extends Period {
  customer: string | undefined
}

/** Missing dates fall back to the last 30 days; a malformed one goes to the server, whose message says what is wrong. */
export function readServiceFilters(params: URLSearchParams, today: string): ServiceFilters {
  const fallback = servicePresetPeriod(DEFAULT_SERVICE_PRESET, today)
  return {
    from: params.get('von') ?? fallback.from,
    to: params.get('bis') ?? fallback.to,
    customer: customerOf(params),
  }
}

export function writeServiceFilters(filters: ServiceFilters): URLSearchParams {
  const params = new URLSearchParams({ von: filters.from, bis: filters.to })
  if (filters.customer) params.set('ressort', filters.customer)
  return params
}

/** The detail page of a service, in the overview's view (same Ressort). */
export function serviceHref(service: string, customer: string | undefined): string {
  const params = customer ? `?${new URLSearchParams({ ressort: customer }).toString()}` : ''
  return `/verfuegbarkeit/${encodeURIComponent(service)}${params}`
}

export function overviewHref(customer: string | undefined): string {
  return customer
    ? `/verfuegbarkeit?${new URLSearchParams({ ressort: customer }).toString()}`
    : '/verfuegbarkeit'
}
