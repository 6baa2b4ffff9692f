/**
 * The filters of "Tickets je Woche" live in the URL so a view can be shared:
 * `?von=2026-01-01&bis=2026-04-01&ressort=im&ressort=fm`. `bis` is exclusive,
 * as in the API and the CLI; the form shows the day before ("bis einschließlich").
 */
import { t } from '../../i18n'
import { addDays, addMonths, startOfWeek } from '../../lib/dates'

export interface Period {
  /** First day, YYYY-MM-DD. */
  from: string
  /** Day after the last day, YYYY-MM-DD. */
  to: string
}

export interface TicketFilters extends Period {
  /** Ministries to show; empty = all the user may see. */
  customers: string[]
}

/** The presets: the id is the URL's word, the key names the label in the tickets messages. */
export const PRESETS = [
  { id: 'letzte-4-wochen', key: 'lastFourWeeks' },
  { id: 'letzte-3-monate', key: 'lastThreeMonths' },
  { id: 'letzte-12-monate', key: 'lastTwelveMonths' },
  { id: 'laufendes-jahr', key: 'yearToDate' },
] as const
export type PresetId = (typeof PRESETS)[number]['id']

/** "Letzte 4 Wochen" (en: "Last 4 weeks"), in the chosen language. */
export function presetLabel(id: PresetId): string {
  const key = PRESETS.find((preset) => preset.id === id)?.key ?? 'lastThreeMonths'
  return t(`tickets:presets.${key}`)
}

export const DEFAULT_PRESET: PresetId = 'letzte-3-monate'

/**
 * Periods end with today (inclusive). Rolling ones start on a Monday so the
 * first week of the chart is a whole week.
 */
export function presetPeriod(id: PresetId, today: string): Period {
  const to = addDays(today, 1)
  switch (id) {
    case 'letzte-4-wochen':
      return { from: addDays(startOfWeek(today), -21), to }
    case 'letzte-3-monate':
      return { from: startOfWeek(addMonths(today, -3)), to }
    case 'letzte-12-monate':
      return { from: startOfWeek(addMonths(today, -12)), to }
    case 'laufendes-jahr':
      return { from: `${today.slice(0, 4)}-01-01`, to }
  }
}

export function activePreset(period: Period, today: string): PresetId | undefined {
  return PRESETS.find(({ id }) => {
    const preset = presetPeriod(id, today)
    return preset.from === period.from && preset.to === period.to
  })?.id
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

/**
 * Missing dates fall back to the default preset. A malformed date is passed
 * on as it is: the server's validation message then says what is wrong.
 */
export function readTicketFilters(params: URLSearchParams, today: string): TicketFilters {
  const fallback = presetPeriod(DEFAULT_PRESET, today)
  return {
    from: params.get('von') ?? fallback.from,
    to: params.get('bis') ?? fallback.to,
    customers: customersOf(params),
  }
}

export function writeTicketFilters(filters: TicketFilters): URLSearchParams {
  const params = new URLSearchParams({ von: filters.from, bis: filters.to })
  for (const customer of filters.customers) params.append('ressort', customer)
  return params
}
