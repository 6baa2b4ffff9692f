/** Input schemas the web and the server share. Browser-safe. */
import { z } from 'zod'
import { PRIORITIES } from './catalog'
import { TICKET_COUNTS, type TicketCount } from './metric-catalogue'
import { EARLIEST_DATE, isCalendarDate, isSupportedDate, LATEST_DATE } from './time'

/** A local date YYYY-MM-DD that exists and lies in the supported range (shared/time.ts). */
export const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Datum im Format JJJJ-MM-TT erwartet')
  .refine(isCalendarDate, 'Dieses Datum gibt es nicht')
  .refine(isSupportedDate, `Das Datum muss zwischen ${EARLIEST_DATE} und ${LATEST_DATE} liegen`)
const customerId = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/)

/** Most calls one tRPC batch request may carry; the client splits larger batches. */
export const MAX_BATCH_CALLS = 20

/** Longest period one request may span: keeps the expensive queries bounded. */
export const MAX_PERIOD_DAYS = 3 * 366

function periodDays(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000
}

const period = { from: localDate, to: localDate }
// Generic over the schema so that routers keep the precise input and output types.
const periodRefinements = <S extends z.ZodType<{ from: string; to: string }>>(schema: S) =>
  schema
    .refine((input) => periodDays(input.from, input.to) > 0, {
      message: '„bis“ muss nach „von“ liegen',
      path: ['to'],
    })
    .refine((input) => periodDays(input.from, input.to) <= MAX_PERIOD_DAYS, {
      message: `Der Zeitraum darf höchstens ${MAX_PERIOD_DAYS} Tage umfassen`,
      path: ['to'],
    })

/** A period of local dates, `to` exclusive, optionally narrowed to some customers. */
export const periodInput = periodRefinements(
  z.object({ ...period, customers: z.array(customerId).max(50).optional() }),
)
export type PeriodInput = z.infer<typeof periodInput>

/** One customer's report over a period. */
export const reportInput = periodRefinements(z.object({ ...period, customer: customerId }))
export type ReportInput = z.infer<typeof reportInput>

const serviceId = customerId

/** Compliance and MTTR by week or month, grouped by ministry, service or priority. */
export const complianceInput = periodRefinements(
  z.object({
    ...period,
    customers: z.array(customerId).max(50).optional(),
    services: z.array(serviceId).max(100).optional(),
    bucket: z.enum(['week', 'month']).default('month'),
    groupBy: z.enum(['none', 'customer', 'service', 'priority', 'customer_service']).default('none'),
  }),
)
export type ComplianceInput = z.infer<typeof complianceInput>

/**
 * Which tickets a figure stands for, the drill-down: each ticket count of the
 * metric catalogue (`open_at_end` as `open`), and the open tickets by state at T.
 */
export const TICKET_OUTCOMES = [
  ...TICKET_COUNTS.filter((count): count is Exclude<TicketCount, 'open_at_end'> => count !== 'open_at_end'),
  'open',
  'open_breached',
  'at_risk',
] as const
export const ticketListInput = periodRefinements(
  z.object({
    ...period,
    customers: z.array(customerId).max(50).optional(),
    services: z.array(serviceId).max(100).optional(),
    priorities: z.array(z.enum(PRIORITIES)).max(4).optional(),
    outcome: z.enum(TICKET_OUTCOMES).default('resolved'),
    limit: z.number().int().min(1).max(1000).default(200),
    /** Tickets to skip, newest first: the list is read page by page. */
    offset: z.number().int().min(0).max(10_000_000).default(0),
  }),
)
export type TicketListInput = z.infer<typeof ticketListInput>

/** A ticket on the board: its most urgent clock breached, or at risk of breaching. */
export const BOARD_STATES = ['at_risk', 'breached'] as const
export type BoardState = (typeof BOARD_STATES)[number]

export const boardInput = z.object({
  customers: z.array(customerId).max(50).optional(),
  services: z.array(serviceId).max(100).optional(),
  priorities: z.array(z.enum(PRIORITIES)).max(4).optional(),
  states: z.array(z.enum(BOARD_STATES)).max(2).optional(),
  limit: z.number().int().min(1).max(500).default(100),
})

export const timelineInput = z.object({ ticket: z.string().min(1).max(200) })

/** Availability status overview: the last `days` local days until now. */
export const availabilityOverviewInput = z.object({
  days: z.number().int().min(1).max(120).default(90),
  /** Staff only: measure in this ministry's SLAs instead of each service's standard SLA. */
  customer: customerId.optional(),
})
export type AvailabilityOverviewInput = z.infer<typeof availabilityOverviewInput>

/** Longest period of one service's availability detail: latency percentiles read the raw checks. */
export const MAX_SERVICE_PERIOD_DAYS = 366

/** One service's availability over a period, in a ministry's SLA (its own, for a ministry user). */
export const availabilityServiceInput = periodRefinements(
  z.object({ ...period, service: serviceId, customer: customerId.optional() }),
).refine((input) => periodDays(input.from, input.to) <= MAX_SERVICE_PERIOD_DAYS, {
  message: `Der Zeitraum darf höchstens ${MAX_SERVICE_PERIOD_DAYS} Tage umfassen`,
  path: ['to'],
})
export type AvailabilityServiceInput = z.infer<typeof availabilityServiceInput>

/** Error budget over the rolling 30 days and the burn-rate alerts, optionally of one service. */
export const availabilityBurnInput = z.object({
  customer: customerId.optional(),
  service: serviceId.optional(),
})
export type AvailabilityBurnInput = z.infer<typeof availabilityBurnInput>

/** Satisfaction by month (and optionally by service). */
export const satisfactionInput = periodRefinements(
  z.object({
    ...period,
    customers: z.array(customerId).max(50).optional(),
    byService: z.boolean().default(false),
  }),
)

/** Survey comments: free text that may hold personal data. */
export const commentsInput = periodRefinements(
  z.object({
    ...period,
    customers: z.array(customerId).max(50).optional(),
    limit: z.number().int().min(1).max(500).default(100),
  }),
)
