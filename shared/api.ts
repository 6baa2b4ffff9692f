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
