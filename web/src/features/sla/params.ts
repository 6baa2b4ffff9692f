/**
 * The SLA views keep their filters in the URL so a view can be shared by link:
 * `/sla?ressort=im&service=email&prioritaet=P1&zustand=gefaehrdet`,
 * `/sla/einhaltung?von=2026-01-01&bis=2026-07-01&gruppe=service&raster=woche&ziel=90`,
 * `/sla/tickets?von=2026-03-01&bis=2026-04-01&ergebnis=resolution_breached&ressort=im`.
 * `bis` is exclusive, as in the API.
 */
import { t } from '../../i18n'
import { addDays, addMonthsToMonth, monthOf } from '../../lib/dates'
import type { Period } from '../tickets/filters'
import { isOutcome, isPriority, type Priority, type TicketOutcome } from './labels'

/** Repeated parameters, commas accepted too, each value once. */
export function listParam(params: URLSearchParams, name: string): string[] {
  const values = params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean)
  return [...new Set(values)]
}

function appendAll(params: URLSearchParams, name: string, values: readonly string[]) {
  for (const value of values) params.append(name, value)
}

// ---------------------------------------------------------------- board

export type BoardStateFilter = 'at_risk' | 'breached'
const STATE_PARAMS: Record<BoardStateFilter, string> = { at_risk: 'gefaehrdet', breached: 'verletzt' }
export const BOARD_STATE_FILTERS: readonly BoardStateFilter[] = ['at_risk', 'breached']
export function isBoardStateFilter(text: string): text is BoardStateFilter {
  return (BOARD_STATE_FILTERS as readonly string[]).includes(text)
}

export interface BoardFilters {
  customers: string[]
  services: string[]
  priorities: Priority[]
  states: BoardStateFilter[]
}

export function readBoardFilters(params: URLSearchParams): BoardFilters {
  const states = listParam(params, 'zustand').flatMap((value) => {
    const entry = Object.entries(STATE_PARAMS).find(([, param]) => param === value)
    return entry ? [entry[0] as BoardStateFilter] : []
  })
  return {
    customers: listParam(params, 'ressort'),
    services: listParam(params, 'service'),
    priorities: listParam(params, 'prioritaet').filter(isPriority),
    states,
  }
}

export function writeBoardFilters(filters: BoardFilters): URLSearchParams {
  const params = new URLSearchParams()
  appendAll(params, 'ressort', filters.customers)
  appendAll(params, 'service', filters.services)
  appendAll(params, 'prioritaet', filters.priorities)
  appendAll(
    params,
    'zustand',
    filters.states.map((state) => STATE_PARAMS[state]),
  )
  return params
}

/** The board with some filters, e.g. from the situation page. */
export function boardHref(filters: Partial<BoardFilters>): string {
  const query = writeBoardFilters({
    customers: [],
    services: [],
    priorities: [],
    states: [],
    ...filters,
  }).toString()
  return query ? `/sla?${query}` : '/sla'
}

// ----------------------------------------------------------- compliance

export type GroupBy = 'none' | 'customer' | 'service' | 'priority'
export type BucketUnit = 'week' | 'month'
export type Measure = 'resolution' | 'response'

const GROUP_PARAMS: Record<GroupBy, string> = {
  none: 'keine',
  customer: 'ressort',
  service: 'service',
  priority: 'prioritaet',
}
const UNIT_PARAMS: Record<BucketUnit, string> = { month: 'monat', week: 'woche' }
const MEASURE_PARAMS: Record<Measure, string> = { resolution: 'loesung', response: 'reaktion' }

function fromParam<T extends string>(table: Record<T, string>, value: string | null, fallback: T): T {
  const entry = Object.entries(table).find(([, param]) => param === value)
  return entry ? (entry[0] as T) : fallback
}

export interface ComplianceFilters extends Period {
  customers: string[]
  services: string[]
  groupBy: GroupBy
  unit: BucketUnit
  measure: Measure
  /** Where the chart draws its target line, in percent; none when undefined. */
  target: number | undefined
}

/** The ids are URL-like identifiers; the words come from `slaPresetLabel`. */
export const SLA_PRESETS = [
  { id: 'laufender-monat', months: 1 },
  { id: 'letzte-3-monate', months: 3 },
  { id: 'letzte-6-monate', months: 6 },
  { id: 'letzte-12-monate', months: 12 },
] as const
export type SlaPresetId = (typeof SLA_PRESETS)[number]['id']

/** "Letzte 6 Monate" (en: "Last 6 months"). */
export function slaPresetLabel(id: SlaPresetId): string {
  return t(`sla:presets.${id}`)
}

/**
 * Compliance is read per month: periods start on the 1st, so the first month
 * is whole, and end with today (the current month counts as far as it goes).
 */
export function slaPresetPeriod(id: SlaPresetId, today: string): Period {
  const months = SLA_PRESETS.find((preset) => preset.id === id)?.months ?? 6
  return { from: `${addMonthsToMonth(monthOf(today), 1 - months)}-01`, to: addDays(today, 1) }
}

export const DEFAULT_SLA_PRESET: SlaPresetId = 'letzte-6-monate'

/** A target line between 1 and 100 %, decimals allowed ("97.5"); anything else is none. */
export function parseTarget(text: string | null): number | undefined {
  if (text === null || text.trim() === '') return undefined
  const value = Number(text.replace(',', '.'))
  return Number.isFinite(value) && value > 0 && value <= 100 ? value : undefined
}

export function readComplianceFilters(params: URLSearchParams, today: string): ComplianceFilters {
  const fallback = slaPresetPeriod(DEFAULT_SLA_PRESET, today)
  return {
    from: params.get('von') ?? fallback.from,
    to: params.get('bis') ?? fallback.to,
    customers: listParam(params, 'ressort'),
    services: listParam(params, 'service'),
    groupBy: fromParam(GROUP_PARAMS, params.get('gruppe'), 'none'),
    unit: fromParam(UNIT_PARAMS, params.get('raster'), 'month'),
    measure: fromParam(MEASURE_PARAMS, params.get('kennzahl'), 'resolution'),
    target: parseTarget(params.get('ziel')),
  }
}

/** Defaults are left out so links stay short. */
export function writeComplianceFilters(filters: ComplianceFilters): URLSearchParams {
  const params = new URLSearchParams({ von: filters.from, bis: filters.to })
  appendAll(params, 'ressort', filters.customers)
  appendAll(params, 'service', filters.services)
  if (filters.groupBy !== 'none') params.set('gruppe', GROUP_PARAMS[filters.groupBy])
  if (filters.unit !== 'month') params.set('raster', UNIT_PARAMS[filters.unit])
  if (filters.measure !== 'resolution') params.set('kennzahl', MEASURE_PARAMS[filters.measure])
  if (filters.target !== undefined) params.set('ziel', String(filters.target))
  return params
}

// ----------------------------------------------------------- drill-down

export interface DrillDown extends Period {
  outcome: TicketOutcome
  customers: string[]
  services: string[]
  priorities: Priority[]
}

export function readDrillDown(params: URLSearchParams, today: string): DrillDown {
  const fallback = slaPresetPeriod('laufender-monat', today)
  const outcome = params.get('ergebnis')
  return {
    from: params.get('von') ?? fallback.from,
    to: params.get('bis') ?? fallback.to,
    outcome: isOutcome(outcome) ? outcome : 'resolved',
    customers: listParam(params, 'ressort'),
    services: listParam(params, 'service'),
    priorities: listParam(params, 'prioritaet').filter(isPriority),
  }
}

export function writeDrillDown(drill: DrillDown): URLSearchParams {
  const params = new URLSearchParams({ von: drill.from, bis: drill.to, ergebnis: drill.outcome })
  appendAll(params, 'ressort', drill.customers)
  appendAll(params, 'service', drill.services)
  appendAll(params, 'prioritaet', drill.priorities)
  return params
}

/** The link to the tickets behind a figure. */
export function drillDownHref(drill: DrillDown): string {
  return `/sla/tickets?${writeDrillDown(drill).toString()}`
}

/** The link to one ticket's timeline; ids may hold any character. */
export function timelineHref(ticket: string): string {
  return `/sla/tickets/${encodeURIComponent(ticket)}`
}
