/** Input schemas the web and the server share. Browser-safe. */
import { z } from 'zod'

export const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Datum im Format JJJJ-MM-TT erwartet')
const customerId = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/)

/** Longest period one request may span: keeps the expensive queries bounded. */
export const MAX_PERIOD_DAYS = 3 * 366

function periodDays(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000
}

const period = { from: localDate, to: localDate }
const periodRefinements = <T extends { from: string; to: string }>(schema: z.ZodType<T>) =>
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

/** Which tickets a percentage stands for: the drill-down. */
export const TICKET_OUTCOMES = [
  'created',
  'resolved',
  'resolution_met',
  'resolution_breached',
  'response_met',
  'response_breached',
  'open',
  'open_breached',
  'at_risk',
  'reopened',
] as const
export const ticketListInput = periodRefinements(
  z.object({
    ...period,
    customers: z.array(customerId).max(50).optional(),
    services: z.array(serviceId).max(100).optional(),
    priorities: z
      .array(z.enum(['P1', 'P2', 'P3', 'P4']))
      .max(4)
      .optional(),
    outcome: z.enum(TICKET_OUTCOMES).default('resolved'),
    limit: z.number().int().min(1).max(1000).default(200),
  }),
)
export type TicketListInput = z.infer<typeof ticketListInput>

export const boardInput = z.object({
  customers: z.array(customerId).max(50).optional(),
  services: z.array(serviceId).max(100).optional(),
  limit: z.number().int().min(1).max(500).default(100),
})

export const timelineInput = z.object({ ticket: z.string().min(1).max(200) })
