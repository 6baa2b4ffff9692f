/**
 * The five event kinds of formats.md section 2: how a raw record (a JSON
 * object, or a CSV row whose empty cells are absent) becomes a row of its
 * table, or the reason it goes to quarantine.
 */
import { z } from 'zod'
import { type Catalog, PRIORITIES } from '../shared/catalog'
import type { EventKind } from '../shared/events'
import { TICKET_STATUSES } from '../shared/ticket-clock'
import {
  EARLIEST_DATE,
  isSupportedDate,
  isSupportedInstant,
  LATEST_DATE,
  parseTimestamp,
  skippedLocalTimeProblem,
} from '../shared/time'

export interface RecordContext {
  zone: string
  customers: ReadonlySet<string>
  services: ReadonlySet<string>
}

export function recordContext(catalog: Catalog): RecordContext {
  return {
    zone: catalog.timezone,
    customers: new Set(catalog.customers.map((c) => c.id)),
    services: new Set(catalog.services.map((s) => s.id)),
  }
}

/** A kind's table, its columns (without `version`) and the record → row mapping. */
export interface KindSpec {
  table: string
  columns: readonly string[]
  /** The row values in column order, or a reason for quarantine. */
  toRow(record: Record<string, unknown>, context: RecordContext): unknown[] | string
  /** The first and last instant a stored row is about (what figures over which days it can change). */
  span(row: unknown[]): [number, number]
}

const at =
  (index: number) =>
  (row: unknown[]): [number, number] => [row[index] as number, row[index] as number]
const localDay = (value: unknown) => Date.parse(`${value as string}T00:00:00Z`)

/** Longest id (ticket, event, customer, service, probe, KPI and the like), in characters. */
export const MAX_ID_CHARS = 200
/** Longest maintenance title, in characters. */
export const MAX_TITLE_CHARS = 1000
/** Longest survey comment, in characters. */
export const MAX_COMMENT_CHARS = 10_000

/**
 * A number: a JSON number, or numeric text as CSV cells are. The reason
 * names the problem ("'0x4' is not a decimal number"), so that a present but
 * bad value never reads as a missing one.
 */
const number = z.unknown().transform((value, context) => {
  if (typeof value === 'number') {
    // JSON.parse reads 1e400 as Infinity.
    if (Number.isFinite(value)) return value
    context.addIssue({ code: 'custom', message: `${value} is out of range (not a finite number)` })
  } else if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) {
    return Number(value)
  } else {
    const shown = typeof value === 'string' ? `'${value.slice(0, 40)}'` : JSON.stringify(value)
    context.addIssue({ code: 'custom', message: `${shown} is not a decimal number` })
  }
  return z.NEVER
})
/** Text of at most `max` characters; a number is taken as its text. */
const text = (max = MAX_ID_CHARS) =>
  z
    .union([z.string(), z.number().transform(String)])
    .pipe(z.string().max(max, `is longer than ${max.toLocaleString('en')} characters`))
const optionalText = (max = MAX_ID_CHARS) => text(max).optional()

/** Quarantine reasons: a field absent from the record is missing; any other problem is named. */
function describe(error: z.ZodError, record: Record<string, unknown>): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.join('.')
      const top = issue.path[0]
      if (typeof top === 'string' && record[top] === undefined) return `missing field '${field}'`
      return field ? `${field}: ${issue.message}` : issue.message
    })
    .join('; ')
}

function instant(value: string, field: string, context: RecordContext): number | string {
  const ms = parseTimestamp(value, context.zone)
  if (ms === undefined)
    return skippedLocalTimeProblem(value, context.zone)
      ? `${field}: ${skippedLocalTimeProblem(value, context.zone)}`
      : `${field}: '${value}' is not an ISO 8601 timestamp`
  if (!isSupportedInstant(ms))
    return `${field}: '${value}' is outside the supported range ${EARLIEST_DATE} to ${LATEST_DATE}`
  return ms
}

function known(set: ReadonlySet<string>, value: string | undefined, what: string): string | undefined {
  return value !== undefined && !set.has(value) ? `unknown ${what} '${value}'` : undefined
}

const ticketEvent = z.object({
  id: text(),
  ticket: text(),
  at: z.string(),
  type: z.enum(['created', 'status', 'priority', 'responded', 'assign', 'update']),
  customer: optionalText(),
  service: optionalText(),
  priority: z.enum(PRIORITIES).optional(),
  status: z.enum(TICKET_STATUSES).optional(),
  category: optionalText(),
  channel: optionalText(),
  title: optionalText(),
  group: optionalText(),
})

const check = z.object({
  service: text(),
  at: z.string(),
  status: z.enum(['up', 'degraded', 'down']),
  probe: optionalText(),
  latency_ms: number.pipe(z.number().nonnegative()).optional(),
  id: optionalText(),
})

const maintenanceWindow = z.object({
  id: text(),
  service: text(),
  from: z.string(),
  to: z.string(),
  title: optionalText(MAX_TITLE_CHARS),
})

const survey = z.object({
  id: text(),
  at: z.string(),
  customer: text(),
  kind: z.enum(['csat', 'nps']),
  score: number.pipe(z.number().int('must be a whole number')),
  ticket: optionalText(),
  service: optionalText(),
  comment: optionalText(MAX_COMMENT_CHARS),
})

const kpiMeasurement = z.object({
  kpi: z
    .string()
    .max(MAX_ID_CHARS, `is longer than ${MAX_ID_CHARS} characters`)
    .regex(/^[a-z0-9][a-z0-9_-]*$/, 'must be a lowercase slug'),
  period: text(),
  value: number,
  customer: optionalText(),
})

/** `2026`, `2026-Q1` or `2026-03` → [first day, first day after] as local dates. */
export function periodRange(period: string): [string, string] | undefined {
  const pad = (n: number) => String(n).padStart(2, '0')
  let match = /^(\d{4})$/.exec(period)
  if (match) return [`${match[1]}-01-01`, `${Number(match[1]) + 1}-01-01`]
  match = /^(\d{4})-Q([1-4])$/.exec(period)
  if (match) {
    const year = Number(match[1])
    const quarter = Number(match[2])
    const end = quarter === 4 ? `${year + 1}-01-01` : `${year}-${pad(quarter * 3 + 1)}-01`
    return [`${year}-${pad(quarter * 3 - 2)}-01`, end]
  }
  match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(period)
  if (match) {
    const year = Number(match[1])
    const month = Number(match[2])
    return [`${year}-${pad(month)}-01`, month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`]
  }
  return undefined
}

export const KINDS: Record<EventKind, KindSpec> = {
  tickets: {
    table: 'ticket_events',
    columns: [
      'id',
      'ticket',
      'at',
      'type',
      'customer',
      'service',
      'priority',
      'status',
      'category',
      'channel',
      'title',
      'assignee_group',
    ],
    span: at(2),
    toRow(record, context) {
      const parsed = ticketEvent.safeParse(record)
      if (!parsed.success) return describe(parsed.error, record)
      const event = parsed.data
      const at = instant(event.at, 'at', context)
      if (typeof at === 'string') return at
      if (event.type === 'created') {
        for (const field of ['customer', 'service', 'priority'] as const) {
          if (event[field] === undefined) return `missing field '${field}' (required on 'created')`
        }
      }
      if (event.type === 'status' && event.status === undefined)
        return "missing field 'status' (required on 'status')"
      if (event.type === 'priority' && event.priority === undefined)
        return "missing field 'priority' (required on 'priority')"
      if (event.type === 'assign' && !event.group) return "missing field 'group' (required on 'assign')"
      if (event.type === 'update' && !event.title && !event.group)
        return "missing field 'title' or 'group' (one is required on 'update')"
      const problem =
        known(context.customers, event.customer, 'customer') ??
        known(context.services, event.service, 'service')
      if (problem) return problem
      return [
        event.id,
        event.ticket,
        at,
        event.type,
        event.customer ?? '',
        event.service ?? '',
        event.priority ?? '',
        event.status ?? '',
        event.category ?? '',
        event.channel ?? '',
        event.title ?? '',
        event.group ?? '',
      ]
    },
  },
  checks: {
    table: 'checks',
    columns: ['service', 'probe', 'at', 'id', 'status', 'latency_ms'],
    span: at(2),
    toRow(record, context) {
      const parsed = check.safeParse(record)
      if (!parsed.success) return describe(parsed.error, record)
      const result = parsed.data
      const at = instant(result.at, 'at', context)
      if (typeof at === 'string') return at
      const problem = known(context.services, result.service, 'service')
      if (problem) return problem
      // The id defaults to service + probe + at, which the sort key already holds: '' stands for it.
      return [
        result.service,
        result.probe ?? 'default',
        at,
        result.id ?? '',
        result.status,
        result.latency_ms ?? null,
      ]
    },
  },
  maintenance: {
    table: 'maintenance',
    columns: ['id', 'service', 'from', 'to', 'title'],
    span: (row) => [row[2] as number, row[3] as number],
    toRow(record, context) {
      const parsed = maintenanceWindow.safeParse(record)
      if (!parsed.success) return describe(parsed.error, record)
      const window = parsed.data
      const from = instant(window.from, 'from', context)
      if (typeof from === 'string') return from
      const to = instant(window.to, 'to', context)
      if (typeof to === 'string') return to
      if (to <= from) return `to (${window.to}) must be after from (${window.from})`
      const problem = known(context.services, window.service, 'service')
      if (problem) return problem
      return [window.id, window.service, from, to, window.title ?? '']
    },
  },
  surveys: {
    table: 'surveys',
    columns: ['id', 'at', 'customer', 'kind', 'score', 'ticket', 'service', 'comment'],
    span: at(1),
    toRow(record, context) {
      const parsed = survey.safeParse(record)
      if (!parsed.success) return describe(parsed.error, record)
      const response = parsed.data
      const at = instant(response.at, 'at', context)
      if (typeof at === 'string') return at
      const [low, high] = response.kind === 'csat' ? [1, 5] : [0, 10]
      if (response.score < low || response.score > high)
        return `score ${response.score} is out of range ${low}-${high} for ${response.kind}`
      const problem =
        known(context.customers, response.customer, 'customer') ??
        known(context.services, response.service, 'service')
      if (problem) return problem
      return [
        response.id,
        at,
        response.customer,
        response.kind,
        response.score,
        response.ticket ?? '',
        response.service ?? '',
        response.comment ?? '',
      ]
    },
  },
  kpis: {
    table: 'kpis',
    columns: ['kpi', 'customer', 'period', 'period_start', 'period_end', 'value'],
    span: (row) => [localDay(row[3]), localDay(row[4])],
    toRow(record, context) {
      const parsed = kpiMeasurement.safeParse(record)
      if (!parsed.success) return describe(parsed.error, record)
      const measurement = parsed.data
      const range = periodRange(measurement.period)
      if (!range)
        return `period: '${measurement.period}' is not a year (2026), quarter (2026-Q1) or month (2026-03)`
      if (!isSupportedDate(range[0]))
        return `period: '${measurement.period}' is outside the supported range ${EARLIEST_DATE} to ${LATEST_DATE}`
      const problem = known(context.customers, measurement.customer, 'customer')
      if (problem) return problem
      return [
        measurement.kpi,
        measurement.customer ?? '',
        measurement.period,
        range[0],
        range[1],
        measurement.value,
      ]
    },
  },
}
