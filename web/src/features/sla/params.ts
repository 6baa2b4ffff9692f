/**
 * The SLA views keep their filters in the URL so a view can be shared by link:
 * `/sla?ressort=im&service=email&prioritaet=P1&zustand=gefaehrdet`,
 * `/sla/einhaltung?von=2026-01-01&bis=2026-07-01&gruppe=service&raster=woche&ziel=90`,
 * `/sla/tickets?von=2026-03-01&bis=2026-04-01&ergebnis=resolution_breached&ressort=im`.
 * `bis` is exclusive, as in the API.
 */

import { isPriority, type Priority } from '../../../../shared/catalog'
import type { Period } from '../../../../shared/period-presets'
import {
  appendCustomers,
  appendList,
  customersParam,
  listParam,
  periodParams,
  readPeriod,
} from '../../lib/url-filters'
import { isOutcome, type TicketOutcome } from './labels'

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
    customers: customersParam(params),
    services: listParam(params, 'service'),
    priorities: listParam(params, 'prioritaet').filter(isPriority),
    states,
  }
}

export function writeBoardFilters(filters: BoardFilters): URLSearchParams {
  const params = new URLSearchParams()
  appendCustomers(params, filters.customers)
  appendList(params, 'service', filters.services)
  appendList(params, 'prioritaet', filters.priorities)
  appendList(
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
  /**
   * Where the chart draws its target line, in percent; null: none (`ziel=keine`);
   * undefined: the goal's target for the measure (see `targetLine`).
   */
  target: number | null | undefined
}

/** A target line between 1 and 100 %, decimals allowed ("97.5"); anything else is none. */
export function parseTarget(text: string | null): number | undefined {
  if (text === null || text.trim() === '') return undefined
  const value = Number(text.replace(',', '.'))
  return Number.isFinite(value) && value > 0 && value <= 100 ? value : undefined
}

/** The target line drawn: the one chosen, else the goal's target for the measure (none without a goal). */
export function targetLine(
  target: number | null | undefined,
  goalTargets: Record<Measure, number | null> | undefined,
  measure: Measure,
): number | undefined {
  if (target === null) return undefined
  return target ?? goalTargets?.[measure] ?? undefined
}

export function readComplianceFilters(params: URLSearchParams, today: string): ComplianceFilters {
  return {
    ...readPeriod(params, today, 'last-12-months'),
    customers: customersParam(params),
    services: listParam(params, 'service'),
    groupBy: fromParam(GROUP_PARAMS, params.get('gruppe'), 'none'),
    unit: fromParam(UNIT_PARAMS, params.get('raster'), 'month'),
    measure: fromParam(MEASURE_PARAMS, params.get('kennzahl'), 'resolution'),
    target: params.get('ziel') === 'keine' ? null : parseTarget(params.get('ziel')),
  }
}

/** Defaults are left out so links stay short. */
export function writeComplianceFilters(filters: ComplianceFilters): URLSearchParams {
  const params = periodParams(filters)
  appendCustomers(params, filters.customers)
  appendList(params, 'service', filters.services)
  if (filters.groupBy !== 'none') params.set('gruppe', GROUP_PARAMS[filters.groupBy])
  if (filters.unit !== 'month') params.set('raster', UNIT_PARAMS[filters.unit])
  if (filters.measure !== 'resolution') params.set('kennzahl', MEASURE_PARAMS[filters.measure])
  if (filters.target !== undefined)
    params.set('ziel', filters.target === null ? 'keine' : String(filters.target))
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
  const outcome = params.get('ergebnis')
  return {
    ...readPeriod(params, today, 'last-month'),
    outcome: isOutcome(outcome) ? outcome : 'resolved',
    customers: customersParam(params),
    services: listParam(params, 'service'),
    priorities: listParam(params, 'prioritaet').filter(isPriority),
  }
}

export function writeDrillDown(drill: DrillDown): URLSearchParams {
  const params = periodParams(drill)
  params.set('ergebnis', drill.outcome)
  appendCustomers(params, drill.customers)
  appendList(params, 'service', drill.services)
  appendList(params, 'prioritaet', drill.priorities)
  return params
}

/** Tickets per page of a drill-down. */
export const TICKETS_PER_PAGE = 100

/** `seite=3` (1-based); anything else is the first page. */
export function readListPage(params: URLSearchParams): number {
  const page = Number(params.get('seite'))
  return Number.isInteger(page) && page > 1 ? page : 1
}

/** The whole list as CSV, in the page's language. */
export function drillDownCsvHref(drill: DrillDown, language: string): string {
  const params = writeDrillDown(drill)
  if (language !== 'de') params.set('sprache', language)
  return `/export/tickets.csv?${params.toString()}`
}

/** The link to the tickets behind a figure. */
export function drillDownHref(drill: DrillDown): string {
  return `/sla/tickets?${writeDrillDown(drill).toString()}`
}

/** The link to one ticket's timeline; ids may hold any character. */
export function timelineHref(ticket: string): string {
  return `/sla/tickets/${encodeURIComponent(ticket)}`
}
