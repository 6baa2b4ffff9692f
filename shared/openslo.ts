/**
 * The OpenSLO v1 specification (openslo/v1: Service, SLI, SLO) as a zod
 * schema: what `leitstand slo export` writes is checked against it, and what
 * `leitstand slo import` reads must pass it before it is mapped. Only the
 * object kinds Leitstand reads or writes are spelled out; the others
 * (DataSource, AlertPolicy, …) are recognised by kind and skipped.
 */
import { z } from 'zod'

/** RFC 1123 labels, as the spec asks every implementation to support. */
export const objectName = z
  .string()
  .max(63, 'at most 63 characters (RFC 1123)')
  .regex(
    /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/,
    'lowercase letters, digits and -, starting and ending alphanumeric',
  )

const labelKey = z.string().regex(/^[A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])?$/, 'not a label key')
const annotationKey = z
  .string()
  .regex(
    /^([a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\/)?[A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])?$/,
    'not an annotation key',
  )

const metadata = z.object({
  name: objectName,
  displayName: z.string().optional(),
  labels: z.record(labelKey, z.union([z.string(), z.array(z.string())])).optional(),
  annotations: z.record(annotationKey, z.string()).optional(),
})

const description = z.string().max(1050, 'at most 1050 characters').optional()

/** `12h`, `4w`, `1M`, `1Q`, `1Y`: a positive integer and one unit letter. */
export const durationShorthand = z
  .string()
  .regex(/^[1-9]\d*[mhdwMQY]$/, 'not a duration shorthand such as 1M or 28d')

const metricSource = z.object({
  metricSourceRef: z.string().optional(),
  type: z.string().optional(),
  spec: z.record(z.string(), z.unknown()),
})
const metric = z.object({ metricSource })

const ratioMetric = z
  .object({
    counter: z.boolean().optional(),
    good: metric.optional(),
    bad: metric.optional(),
    total: metric.optional(),
    rawType: z.enum(['success', 'failure']).optional(),
    raw: metric.optional(),
  })
  .superRefine((ratio, ctx) => {
    if (ratio.raw) {
      if (ratio.good || ratio.bad || ratio.total)
        ctx.addIssue({ code: 'custom', message: 'raw cannot be used with good, bad or total' })
      if (!ratio.rawType) ctx.addIssue({ code: 'custom', message: 'raw needs rawType' })
    } else {
      if (!ratio.total) ctx.addIssue({ code: 'custom', message: 'total (or raw) is required' })
      if (!ratio.good === !ratio.bad) ctx.addIssue({ code: 'custom', message: 'exactly one of good and bad' })
    }
  })

const sliSpec = z
  .object({ description, thresholdMetric: metric.optional(), ratioMetric: ratioMetric.optional() })
  .refine(
    (spec) => !spec.thresholdMetric !== !spec.ratioMetric,
    'exactly one of thresholdMetric and ratioMetric',
  )

const inlineSli = z.object({ metadata, spec: sliSpec })

const timeWindow = z
  .object({
    duration: durationShorthand,
    isRolling: z.boolean().optional(),
    calendar: z
      .object({
        startTime: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/, 'a date and time like 2026-01-01 00:00:00'),
        timeZone: z.string().min(1),
      })
      .optional(),
  })
  .refine((window) => !(window.isRolling && window.calendar), 'a rolling window has no calendar')

const objective = z
  .object({
    displayName: z.string().optional(),
    op: z.enum(['lte', 'gte', 'lt', 'gt']).optional(),
    value: z.number().optional(),
    target: z.number().gte(0).lt(1).optional(),
    targetPercent: z.number().gte(0).lt(100).optional(),
    timeSliceTarget: z.number().gt(0).lte(1).optional(),
    timeSliceWindow: z.union([z.number().positive(), durationShorthand]).optional(),
    indicator: inlineSli.optional(),
    indicatorRef: z.string().optional(),
    compositeWeight: z.number().positive().optional(),
  })
  .refine(
    (o) => (o.target === undefined) !== (o.targetPercent === undefined),
    'exactly one of target and targetPercent',
  )

export const openSloSchema = z.object({
  apiVersion: z.literal('openslo/v1'),
  kind: z.literal('SLO'),
  metadata,
  spec: z
    .object({
      description,
      service: z.string().min(1),
      indicator: inlineSli.optional(),
      indicatorRef: z.string().optional(),
      timeWindow: z.array(timeWindow).length(1, 'exactly one time window').optional(),
      budgetingMethod: z.enum(['Occurrences', 'Timeslices', 'RatioTimeslices']),
      objectives: z.array(objective).min(1),
      alertPolicies: z.array(z.unknown()).optional(),
    })
    .superRefine((spec, ctx) => {
      const composite = spec.objectives.some((o) => o.indicator || o.indicatorRef)
      if (!composite && !spec.indicator === !spec.indicatorRef)
        ctx.addIssue({ code: 'custom', message: 'exactly one of indicator and indicatorRef' })
      spec.objectives.forEach((o, index) => {
        if (spec.budgetingMethod !== 'Occurrences' && o.timeSliceWindow === undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['objectives', index, 'timeSliceWindow'],
            message: `required with ${spec.budgetingMethod}`,
          })
        if (spec.budgetingMethod === 'Timeslices' && o.timeSliceTarget === undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['objectives', index, 'timeSliceTarget'],
            message: 'required with Timeslices',
          })
      })
    }),
})

export const openSloServiceSchema = z.object({
  apiVersion: z.literal('openslo/v1'),
  kind: z.literal('Service'),
  metadata,
  spec: z.object({ description }),
})

export const openSloSliSchema = z.object({
  apiVersion: z.literal('openslo/v1'),
  kind: z.literal('SLI'),
  metadata,
  spec: sliSpec,
})

export type OpenSlo = z.infer<typeof openSloSchema>
export type OpenSloService = z.infer<typeof openSloServiceSchema>
export type OpenSloSli = z.infer<typeof openSloSliSchema>

/** The kinds of openslo/v1 that Leitstand recognises but has no use for. */
export const OTHER_OPENSLO_KINDS = [
  'DataSource',
  'AlertPolicy',
  'AlertCondition',
  'AlertNotificationTarget',
] as const
