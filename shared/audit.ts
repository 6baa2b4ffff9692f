/** The audit trail's entries and filter. Browser-safe. */
import { z } from 'zod'
import { localDate } from './api'

export const AUDIT_ACTIONS = ['sign_in', 'sign_in_refused', 'sign_out', 'view', 'download'] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export interface AuditEntry {
  /** ISO 8601, UTC. */
  at: string
  action: AuditAction
  userId: string
  userName: string
  /** `leadership`, `service_manager`, `ministry`, or '' (a refused sign-in). */
  role: string
  /** The ministry asked for; '' when none. */
  customer: string
  /** The procedure, file or sign-in method. */
  subject: string
  /** `ok` or the refusal. */
  outcome: string
  detail: string
}

/**
 * Filters of the Protokoll page: a user (id or name, exactly), a ministry id
 * (any, also one no longer in the catalog) and a day in German time.
 */
export const auditFilter = z.object({
  user: z.string().trim().max(200).optional(),
  ministry: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]*$/)
    .max(100)
    .optional(),
  day: localDate.optional(),
})
export type AuditFilter = z.infer<typeof auditFilter>
