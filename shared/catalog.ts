/**
 * The catalog (formats.md section 1): calendars, customers (Ressorts),
 * services, SLAs and goals. Validation lists every problem with its path.
 * Browser-safe: zod only.
 */
import { z } from 'zod'
import { isHolidayRegion, WEEKDAYS, type Weekday } from './calendar'
import {
  COMPUTED_GOAL_METRICS,
  type ComputedGoalMetric,
  isComputedGoalMetric,
  metricDefinition,
} from './metric-catalogue'
import { isCalendarDate, isValidTimeZone } from './time'

export const slug = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'must be a lowercase slug [a-z0-9][a-z0-9_-]*')

/** `30m`, `4h`, `2h30m` → minutes. Days are ambiguous in business time. */
export function parseDuration(text: string): number | undefined {
  const match = /^(?:(\d+)h)?(?:(\d+)m)?$/.exec(text.trim())
  if (!match || (!match[1] && !match[2])) return undefined
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0)
}

const duration = z.string().transform((text, ctx) => {
  const minutes = parseDuration(text)
  if (minutes === undefined || minutes <= 0) {
    ctx.addIssue({
      code: 'custom',
      message: /\d+d/.test(text)
        ? `'${text}': days are not accepted (a day of business time is ambiguous); write hours, e.g. 40h`
        : `'${text}' is not a duration like 30m, 4h or 2h30m`,
    })
    return z.NEVER
  }
  return minutes
})

const timeOfDay = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/

/** `07:00-18:00,19:00-20:00` → minute ranges of the local day. */
export function parseDayHours(text: string): Array<[number, number]> | string {
  const ranges: Array<[number, number]> = []
  for (const part of text.split(',')) {
    const [from, to, extra] = part.trim().split('-')
    if (!from || !to || extra !== undefined || !timeOfDay.test(from) || !timeOfDay.test(to)) {
      return `'${part.trim()}' is not a range like 07:00-18:00`
    }
    const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3))
    const start = minutes(from)
    const end = minutes(to)
    if (end <= start)
      return `'${part.trim()}' ends before it starts (a range cannot cross midnight; split it)`
    const previous = ranges.at(-1)
    if (previous && start < previous[1]) return `'${part.trim()}' overlaps or precedes the range before it`
    ranges.push([start, end])
  }
  return ranges
}

const dayHours = z.string().transform((text, ctx) => {
  const parsed = parseDayHours(text)
  if (typeof parsed === 'string') {
    ctx.addIssue({ code: 'custom', message: parsed })
    return z.NEVER
  }
  return parsed
})

const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a local date YYYY-MM-DD')
  .refine(isCalendarDate, 'is not a real date')

const timezone = z
  .string()
  .refine(isValidTimeZone, { message: 'unknown timezone (expected an IANA name like Europe/Berlin)' })

export const calendarSchema = z.strictObject({
  id: slug,
  timezone: timezone.optional(),
  holidays: z
    .string()
    .regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, 'must be a region code like DE or DE-MV')
    .refine(isHolidayRegion, { message: 'unknown holiday region (date-holidays codes such as DE or DE-MV)' })
    .optional(),
  closed: z.array(localDate).default([]),
  hours: z.union([
    z.literal('24x7'),
    z.strictObject(
      Object.fromEntries(WEEKDAYS.map((day) => [day, dayHours.optional()])) as Record<
        Weekday,
        z.ZodOptional<typeof dayHours>
      >,
    ),
  ]),
})

const customerList = z.union([z.literal('*'), z.array(slug).min(1)])

/** Ticket priorities, most urgent first: an SLA sets a target for each. */
export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const
export type Priority = (typeof PRIORITIES)[number]

export function isPriority(text: string | null | undefined): text is Priority {
  return (PRIORITIES as readonly (string | null | undefined)[]).includes(text)
}

const priorityTargets = z.strictObject({
  calendar: slug,
  P1: duration,
  P2: duration,
  P3: duration,
  P4: duration,
})

const availabilityTarget = z.number().gt(0).lte(100)
const atRiskPercent = z.number().gt(0).lte(100)

/**
 * From `from` on (a local date, the start of that day), the SLA's terms
 * change: each field named replaces the one before, the rest carries on
 * (formats.md, "Agreements over time").
 */
export const slaChangeSchema = z.strictObject({
  from: localDate,
  availability: z
    .strictObject({ target: availabilityTarget.optional(), calendar: slug.optional() })
    .optional(),
  response: priorityTargets.partial().optional(),
  resolution: priorityTargets.partial().optional(),
  at_risk: atRiskPercent.optional(),
})

export const slaSchema = z.strictObject({
  id: slug,
  customers: customerList,
  services: customerList,
  availability: z.strictObject({ target: availabilityTarget, calendar: slug }).optional(),
  response: priorityTargets.optional(),
  resolution: priorityTargets.optional(),
  at_risk: atRiskPercent.default(75),
  changes: z.array(slaChangeSchema).default([]),
  /** The agreed share of tickets (percent) whose response / resolution time must be met. */
  compliance: z
    .strictObject({
      response: z.number().gt(0).lte(100).optional(),
      resolution: z.number().gt(0).lte(100).optional(),
    })
    .optional(),
})

/**
 * A customer's service, subscribed always (`email`) or from/to a local date
 * (`{ service: eakte, from: "2026-04-01" }`; `from` inclusive, `to` exclusive).
 */
const subscriptionSchema = z.union([
  slug.transform((service): { service: string; from?: string; to?: string } => ({ service })),
  z.strictObject({ service: slug, from: localDate.optional(), to: localDate.optional() }),
])
export type Subscription = z.output<typeof subscriptionSchema>

/** `services` lists every service the customer subscribes at some time; `subscriptions` says when. */
const customerSchema = z
  .strictObject({ id: slug, name: z.string().min(1), services: z.array(subscriptionSchema).default([]) })
  .transform(({ id, name, services }) => ({
    id,
    name,
    services: [...new Set(services.map((subscription) => subscription.service))],
    subscriptions: services,
  }))

export const kpiSchema = z
  .strictObject({
    id: slug,
    name: z.string().min(1).optional(),
    metric: z.string().regex(/^(kpi:[a-z0-9][a-z0-9_-]*|[a-z_]+)$/, 'must be a metric id or kpi:NAME'),
    target: z.number(),
    warn: z.number().optional(),
    /** Without it: the computed metric's natural direction (the catalogue's), `higher` for `kpi:NAME`. */
    direction: z.enum(['higher', 'lower']).optional(),
    unit: z.string().optional(),
  })
  .transform((kpi) => ({
    ...kpi,
    direction:
      kpi.direction ??
      (isComputedGoalMetric(kpi.metric) ? metricDefinition(kpi.metric).direction : ('higher' as const)),
  }))

export const goalSchema = z.strictObject({
  id: slug,
  name: z.string().min(1),
  description: z.string().optional(),
  kpis: z.array(kpiSchema).default([]),
})

export const catalogSchema = z
  .strictObject({
    timezone: timezone.default('Europe/Berlin'),
    calendars: z.array(calendarSchema).default([]),
    customers: z.array(customerSchema),
    services: z.array(
      z.strictObject({
        id: slug,
        name: z.string().min(1),
        check_interval: z.number().int().positive().default(60),
      }),
    ),
    slas: z.array(slaSchema).default([]),
    goals: z.array(goalSchema).default([]),
  })
  .superRefine((catalog, ctx) => {
    const problem = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message })
    const duplicates = (list: { id: string }[], path: string) => {
      const seen = new Set<string>()
      list.forEach((item, i) => {
        if (seen.has(item.id)) problem([path, i, 'id'], `duplicate id '${item.id}'`)
        seen.add(item.id)
      })
    }
    duplicates(catalog.calendars, 'calendars')
    duplicates(catalog.customers, 'customers')
    duplicates(catalog.services, 'services')
    duplicates(catalog.slas, 'slas')
    duplicates(catalog.goals, 'goals')
    const calendars = new Set(catalog.calendars.map((c) => c.id))
    const customers = new Set(catalog.customers.map((c) => c.id))
    const services = new Set(catalog.services.map((s) => s.id))
    catalog.customers.forEach((customer, i) => {
      // A customer that failed its own checks reaches here untransformed: without subscriptions.
      ;(customer.subscriptions ?? []).forEach(({ service, from, to }, j) => {
        if (!services.has(service)) problem(['customers', i, 'services', j], `unknown service '${service}'`)
        if (from !== undefined && to !== undefined && to <= from)
          problem(['customers', i, 'services', j, 'to'], `'${to}' is not after from '${from}'`)
      })
    })
    catalog.slas.forEach((sla, i) => {
      if (sla.customers !== '*')
        sla.customers.forEach((id, j) => {
          if (!customers.has(id)) problem(['slas', i, 'customers', j], `unknown customer '${id}'`)
        })
      if (sla.services !== '*')
        sla.services.forEach((id, j) => {
          if (!services.has(id)) problem(['slas', i, 'services', j], `unknown service '${id}'`)
        })
      for (const part of ['availability', 'response', 'resolution'] as const) {
        const calendar = sla[part]?.calendar
        if (calendar && !calendars.has(calendar))
          problem(['slas', i, part, 'calendar'], `unknown calendar '${calendar}'`)
      }
      const changes = sla.changes ?? []
      changes.forEach((change, j) => {
        const previous = changes[j - 1]
        if (previous && change.from === previous.from)
          problem(['slas', i, 'changes', j, 'from'], `two changes on ${change.from}: merge them into one`)
        else if (previous && change.from < previous.from)
          problem(
            ['slas', i, 'changes', j, 'from'],
            `${change.from} comes before the change above it (${previous.from}): changes must be in date order`,
          )
        for (const part of ['availability', 'response', 'resolution'] as const) {
          if (!change[part]) continue
          // A change replaces terms the SLA has; it cannot add a part with half its fields.
          if (!sla[part])
            problem(
              ['slas', i, 'changes', j, part],
              `SLA '${sla.id}' has no ${part} terms to change (add them to the SLA itself)`,
            )
          const calendar = change[part].calendar
          if (calendar && !calendars.has(calendar))
            problem(['slas', i, 'changes', j, part, 'calendar'], `unknown calendar '${calendar}'`)
        }
      })
    })
    // Two equally specific SLAs for one (customer, service) pair are an error.
    for (const customer of catalog.customers) {
      for (const service of catalog.services) {
        const matches = matchingSlas(catalog.slas, customer.id, service.id)
        const best = matches[0]
        const tied = matches.filter((match) => match.rank === best?.rank)
        if (tied.length > 1) {
          problem(
            ['slas', tied[1]?.index ?? 0],
            `ambiguous: SLAs ${tied.map((t) => `'${t.sla.id}'`).join(' and ')} match customer '${customer.id}' and service '${service.id}' equally`,
          )
        }
      }
    }
    catalog.goals.forEach((goal, i) => {
      goal.kpis.forEach((kpi, j) => {
        if (!kpi.metric.startsWith('kpi:') && !isComputedGoalMetric(kpi.metric)) {
          problem(
            ['goals', i, 'kpis', j, 'metric'],
            `unknown metric '${kpi.metric}' (one of ${COMPUTED_GOAL_METRICS.join(', ')} or kpi:NAME)`,
          )
        }
        if (kpi.warn !== undefined) {
          const wrongSide = kpi.direction === 'higher' ? kpi.warn > kpi.target : kpi.warn < kpi.target
          if (wrongSide)
            problem(
              ['goals', i, 'kpis', j, 'warn'],
              `warn must lie on the worse side of the target (${kpi.direction} is better)`,
            )
        }
      })
    })
  })

export { COMPUTED_GOAL_METRICS, type ComputedGoalMetric }

export type CatalogInput = z.input<typeof catalogSchema>
export type Catalog = z.output<typeof catalogSchema>
export type CalendarDef = Catalog['calendars'][number]
export type Sla = Catalog['slas'][number]
export type Customer = Catalog['customers'][number]
export type Service = Catalog['services'][number]

function matchingSlas(slas: readonly Sla[], customer: string, service: string) {
  return slas
    .map((sla, index) => {
      const customerListed = sla.customers !== '*' && sla.customers.includes(customer)
      const serviceListed = sla.services !== '*' && sla.services.includes(service)
      const customerMatches = sla.customers === '*' || customerListed
      const serviceMatches = sla.services === '*' || serviceListed
      // both listed > customer listed > service listed > both '*'
      const rank = (customerListed ? 2 : 0) + (serviceListed ? 1 : 0)
      return customerMatches && serviceMatches ? { sla, index, rank } : undefined
    })
    .filter((match) => match !== undefined)
    .sort((a, b) => b.rank - a.rank)
}

/** The SLA for a (customer, service) pair: the most specific match, or none. */
export function slaFor(catalog: Catalog, customer: string, service: string): Sla | undefined {
  return matchingSlas(catalog.slas, customer, service)[0]?.sla
}

export interface CatalogProblem {
  path: string
  message: string
}

/** `slas[2].response.P1` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`
    return text ? `${text}.${String(key)}` : String(key)
  }, '')
}

/**
 * A union (`hours: 24x7 | {mon: ...}`) fails as one issue at its own path;
 * the problems of the branch that had the right shape say more.
 */
function explainIssue(issue: z.core.$ZodIssue): Array<{ path: PropertyKey[]; message: string }> {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue]
  const shapeMismatch = (branch: z.core.$ZodIssue[]) =>
    branch.some(
      (inner) => inner.path.length === 0 && (inner.code === 'invalid_type' || inner.code === 'invalid_value'),
    )
  const branch = issue.errors.find((candidate) => !shapeMismatch(candidate))
  if (!branch) return [issue]
  return branch.flatMap((inner) => explainIssue({ ...inner, path: [...issue.path, ...inner.path] }))
}

export function validateCatalog(
  input: unknown,
): { ok: true; catalog: Catalog } | { ok: false; problems: CatalogProblem[] } {
  const result = catalogSchema.safeParse(input)
  if (result.success) return { ok: true, catalog: result.data }
  return {
    ok: false,
    problems: result.error.issues.flatMap(explainIssue).map((issue) => ({
      path: formatPath(issue.path) || '(root)',
      message: issue.message,
    })),
  }
}

/** The target of the first goal KPI measuring `metric` (e.g. resolution_compliance), or null when no goal does. */
export function goalTarget(catalog: Pick<Catalog, 'goals'>, metric: string): number | null {
  for (const goal of catalog.goals) {
    const kpi = goal.kpis.find((k) => k.metric === metric)
    if (kpi) return kpi.target
  }
  return null
}
