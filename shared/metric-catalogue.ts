/**
 * The computed figures leadership goals can name (metrics.md section 6),
 * declared once as data: each with its source, and its value as a numerator
 * over a denominator of named counts. The goals sum the counts per period and
 * ministry, the report shows the entries marked `report`, the drill-down lists
 * the tickets behind a ticket count, and the web labels and formats them.
 * Browser-safe.
 */

export type Direction = 'higher' | 'lower'

/** A text in the dashboard's two languages (German first, see web/src/i18n). */
export interface Localized {
  de: string
  en: string
}

/**
 * The ticket counts of a period [from, to) as of T = to (metrics.md section 3);
 * `server/tickets/outcomes.ts` says which tickets each one counts.
 */
export const TICKET_COUNTS = [
  'created',
  'no_sla',
  'resolved',
  'reopened',
  'open_at_end',
  'response_met',
  'response_breached',
  'resolution_met',
  'resolution_breached',
  'resolved_first_time',
] as const
export type TicketCount = (typeof TICKET_COUNTS)[number]

/** The survey counts of a period (metrics.md section 5); `server/satisfaction/counts.ts` counts them. */
export const SURVEY_COUNTS = [
  'csat_responses',
  'csat_satisfied',
  'nps_responses',
  'promoters',
  'detractors',
] as const
export type SurveyCount = (typeof SURVEY_COUNTS)[number]

/** Known minutes by state and the outages (metrics.md section 4), summed over services. */
export const AVAILABILITY_COUNTS = [
  'up_minutes',
  'degraded_minutes',
  'down_minutes',
  'outages',
  'outage_minutes',
] as const
export type AvailabilityCount = (typeof AVAILABILITY_COUNTS)[number]

export type Count = TicketCount | SurveyCount | AvailabilityCount

export interface MetricDefinition {
  label: Localized
  unit: '%' | 'min' | 'Tickets' | ''
  /** Whether more is better; a goal's KPI may override it with `direction`, and defaults to it. */
  direction: Direction
  /** How it is computed, in one line, for the details panel. */
  explanation: Localized
  /** Where its counts come from: availability is the expensive one. */
  source: 'tickets' | 'satisfaction' | 'availability'
  /** value = (sum of numerator − sum of minus) / sum of denominator × scale; null when the denominator is 0. */
  numerator: readonly Count[]
  minus?: readonly Count[]
  /** Without one, the value is the numerator itself (a count). */
  denominator?: readonly Count[]
  /** 100 for a percentage (and the NPS), 1 for a mean. */
  scale?: 100 | 1
  /** Shown in the report (terminal table, CSV, JSON `metrics`) as well. */
  report?: boolean
}

/** `part` of `whole` in percent; null without a whole (drawn as a gap, never as 0 or 100). */
export const percent = (part: number, whole: number) => (whole === 0 ? null : (part / whole) * 100)

export const METRICS = {
  response_compliance: {
    label: { de: 'Reaktionszeit eingehalten', en: 'Response time met' },
    unit: '%',
    direction: 'higher',
    source: 'tickets',
    numerator: ['response_met'],
    denominator: ['response_met', 'response_breached'],
    scale: 100,
    explanation: {
      de: 'Erstreaktionen im Zeitraum innerhalb der Reaktionszeit des SLA, über alle Ressorts.',
      en: 'First responses in the period within the response time of the SLA, over all ministries.',
    },
  },
  resolution_compliance: {
    label: { de: 'Lösungszeit eingehalten', en: 'Resolution time met' },
    unit: '%',
    direction: 'higher',
    source: 'tickets',
    numerator: ['resolution_met'],
    denominator: ['resolution_met', 'resolution_breached'],
    scale: 100,
    explanation: {
      de: 'Im Zeitraum gelöste Tickets innerhalb der Lösungszeit des SLA, über alle Ressorts.',
      en: 'Tickets resolved in the period within the resolution time of the SLA, over all ministries.',
    },
  },
  availability: {
    label: { de: 'Verfügbarkeit', en: 'Availability' },
    unit: '%',
    direction: 'higher',
    source: 'availability',
    numerator: ['up_minutes', 'degraded_minutes'],
    denominator: ['up_minutes', 'degraded_minutes', 'down_minutes'],
    scale: 100,
    explanation: {
      de: 'Verfügbare Zeit (up + eingeschränkt) geteilt durch bekannte Zeit in der vereinbarten Servicezeit ohne Wartung, über alle Ressorts und Services.',
      en: 'Available time (up + degraded) divided by known time within the agreed service time, maintenance excluded, over all ministries and services.',
    },
  },
  csat: {
    label: { de: 'Kundenzufriedenheit (CSAT)', en: 'Customer satisfaction (CSAT)' },
    unit: '%',
    direction: 'higher',
    source: 'satisfaction',
    numerator: ['csat_satisfied'],
    denominator: ['csat_responses'],
    scale: 100,
    explanation: {
      de: 'Anteil der Bewertungen 4 oder 5 von 5 an allen CSAT-Bewertungen im Zeitraum.',
      en: 'Share of ratings of 4 or 5 out of 5 among all CSAT ratings in the period.',
    },
  },
  nps: {
    label: { de: 'Net Promoter Score', en: 'Net Promoter Score' },
    unit: '',
    direction: 'higher',
    source: 'satisfaction',
    numerator: ['promoters'],
    minus: ['detractors'],
    denominator: ['nps_responses'],
    scale: 100,
    explanation: {
      de: 'Prozent Empfehlende (9–10) minus Prozent Kritiker (0–6) im Zeitraum.',
      en: 'Percent promoters (9–10) minus percent detractors (0–6) in the period.',
    },
  },
  mttr_minutes: {
    label: { de: 'Mittlere Ausfalldauer (MTTR)', en: 'Mean outage duration (MTTR)' },
    unit: 'min',
    direction: 'lower',
    source: 'availability',
    numerator: ['outage_minutes'],
    denominator: ['outages'],
    scale: 1,
    explanation: {
      de: 'Mittlere Länge der Ausfälle (durchgehend „down“, außerhalb von Wartung) aller Services im Zeitraum.',
      en: 'Mean length of the outages (down throughout, outside maintenance) of all services in the period.',
    },
  },
  reopen_rate: {
    label: { de: 'Wiedereröffnungsquote', en: 'Reopen rate' },
    unit: '%',
    direction: 'lower',
    source: 'tickets',
    numerator: ['reopened'],
    denominator: ['resolved'],
    scale: 100,
    explanation: {
      de: 'Wiedereröffnungen im Zeitraum je gelöstem Ticket im Zeitraum.',
      en: 'Reopenings in the period per ticket resolved in the period.',
    },
  },
  backlog: {
    label: { de: 'Offene Tickets (Rückstand)', en: 'Open tickets (backlog)' },
    unit: 'Tickets',
    direction: 'lower',
    source: 'tickets',
    numerator: ['open_at_end'],
    explanation: {
      de: 'Tickets, die am Ende des Zeitraums angelegt und nicht gelöst sind.',
      en: 'Tickets created and not resolved at the end of the period.',
    },
  },
  first_time_resolution: {
    label: { de: 'Erstlösungsquote', en: 'First-time resolution rate' },
    unit: '%',
    direction: 'higher',
    source: 'tickets',
    numerator: ['resolved_first_time'],
    denominator: ['resolved'],
    scale: 100,
    report: true,
    explanation: {
      de: 'Anteil der im Zeitraum gelösten Tickets, die bis zum Ende des Zeitraums nie wiedereröffnet wurden.',
      en: 'Share of the tickets resolved in the period that were never reopened up to the end of the period.',
    },
  },
} as const satisfies Record<string, MetricDefinition>

export type ComputedGoalMetric = keyof typeof METRICS
export const COMPUTED_GOAL_METRICS = Object.keys(METRICS) as ComputedGoalMetric[]

export function isComputedGoalMetric(metric: string): metric is ComputedGoalMetric {
  return Object.hasOwn(METRICS, metric)
}

/** A metric's definition; the literal types of `METRICS` widened to the shape every entry has. */
export function metricDefinition(metric: ComputedGoalMetric): MetricDefinition {
  return METRICS[metric]
}

/** The computed metrics the report shows, in catalogue order. */
export const REPORT_METRICS = COMPUTED_GOAL_METRICS.filter((metric) => metricDefinition(metric).report)

/** A metric's numerator and denominator (null for a count) from its counts. */
export function metricParts(
  metric: ComputedGoalMetric,
  count: (name: Count) => number,
): { part: number; whole: number | null } {
  const { numerator, minus = [], denominator } = metricDefinition(metric)
  const sum = (names: readonly Count[]) => names.reduce((total, name) => total + count(name), 0)
  return { part: sum(numerator) - sum(minus), whole: denominator ? sum(denominator) : null }
}

/** A metric's value from its counts; null where its denominator is zero. */
export function metricValue(metric: ComputedGoalMetric, count: (name: Count) => number): number | null {
  const { part, whole } = metricParts(metric, count)
  if (whole === null) return part
  return whole === 0 ? null : (part / whole) * (metricDefinition(metric).scale ?? 1)
}

/** The explanation of a hand-measured KPI (`kpi:NAME`): its values come from the KPI import. */
export const HAND_MEASURED_EXPLANATION: Localized = {
  de: 'Von Hand gemessene Kennzahl, dem Zeitraum zugeordnet, den die Messung nennt.',
  en: 'A KPI measured by hand, attributed to the period the measurement names.',
}

export type GoalStatus = 'green' | 'amber' | 'red' | 'grey'

/**
 * Green when the value meets the target, amber when it meets `warn`, red
 * otherwise, grey without a value (metrics.md section 6).
 */
export function goalStatus(
  value: number | null,
  kpi: { target: number; warn?: number; direction: Direction },
): GoalStatus {
  if (value === null) return 'grey'
  const meets = (bound: number) => (kpi.direction === 'higher' ? value >= bound : value <= bound)
  if (meets(kpi.target)) return 'green'
  if (kpi.warn !== undefined && meets(kpi.warn)) return 'amber'
  return 'red'
}
