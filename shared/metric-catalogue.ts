/**
 * The computed figures leadership goals can name (metrics.md section 6),
 * declared once as data: the API computes them, the goal cockpit rates them,
 * the web labels and formats them. Browser-safe.
 */
import type { ComputedGoalMetric } from './catalog'

export type Direction = 'higher' | 'lower'

/** A text in the dashboard's two languages (German first, see web/src/i18n). */
export interface Localized {
  de: string
  en: string
}

export interface MetricDefinition {
  id: ComputedGoalMetric
  label: Localized
  unit: '%' | 'min' | 'Tickets' | ''
  /** Whether more is better; a goal's KPI may override it with `direction`. */
  direction: Direction
  /** How it is computed, in one line, for the details panel. */
  explanation: Localized
}

export const METRICS: Record<ComputedGoalMetric, MetricDefinition> = {
  response_compliance: {
    id: 'response_compliance',
    label: { de: 'Reaktionszeit eingehalten', en: 'Response time met' },
    unit: '%',
    direction: 'higher',
    explanation: {
      de: 'Erstreaktionen im Zeitraum innerhalb der Reaktionszeit des SLA, über alle Ressorts.',
      en: 'First responses in the period within the response time of the SLA, over all ministries.',
    },
  },
  resolution_compliance: {
    id: 'resolution_compliance',
    label: { de: 'Lösungszeit eingehalten', en: 'Resolution time met' },
    unit: '%',
    direction: 'higher',
    explanation: {
      de: 'Im Zeitraum gelöste Tickets innerhalb der Lösungszeit des SLA, über alle Ressorts.',
      en: 'Tickets resolved in the period within the resolution time of the SLA, over all ministries.',
    },
  },
  availability: {
    id: 'availability',
    label: { de: 'Verfügbarkeit', en: 'Availability' },
    unit: '%',
    direction: 'higher',
    explanation: {
      de: 'Verfügbare Zeit (up + eingeschränkt) geteilt durch bekannte Zeit in der vereinbarten Servicezeit ohne Wartung, über alle Ressorts und Services.',
      en: 'Available time (up + degraded) divided by known time within the agreed service time, maintenance excluded, over all ministries and services.',
    },
  },
  csat: {
    id: 'csat',
    label: { de: 'Kundenzufriedenheit (CSAT)', en: 'Customer satisfaction (CSAT)' },
    unit: '%',
    direction: 'higher',
    explanation: {
      de: 'Anteil der Bewertungen 4 oder 5 von 5 an allen CSAT-Bewertungen im Zeitraum.',
      en: 'Share of ratings of 4 or 5 out of 5 among all CSAT ratings in the period.',
    },
  },
  nps: {
    id: 'nps',
    label: { de: 'Net Promoter Score', en: 'Net Promoter Score' },
    unit: '',
    direction: 'higher',
    explanation: {
      de: 'Prozent Empfehlende (9–10) minus Prozent Kritiker (0–6) im Zeitraum.',
      en: 'Percent promoters (9–10) minus percent detractors (0–6) in the period.',
    },
  },
  mttr_minutes: {
    id: 'mttr_minutes',
    label: { de: 'Mittlere Ausfalldauer (MTTR)', en: 'Mean outage duration (MTTR)' },
    unit: 'min',
    direction: 'lower',
    explanation: {
      de: 'Mittlere Länge der Ausfälle (durchgehend „down“, außerhalb von Wartung) aller Services im Zeitraum.',
      en: 'Mean length of the outages (down throughout, outside maintenance) of all services in the period.',
    },
  },
  reopen_rate: {
    id: 'reopen_rate',
    label: { de: 'Wiedereröffnungsquote', en: 'Reopen rate' },
    unit: '%',
    direction: 'lower',
    explanation: {
      de: 'Wiedereröffnungen im Zeitraum je gelöstem Ticket im Zeitraum.',
      en: 'Reopenings in the period per ticket resolved in the period.',
    },
  },
  backlog: {
    id: 'backlog',
    label: { de: 'Offene Tickets (Rückstand)', en: 'Open tickets (backlog)' },
    unit: 'Tickets',
    direction: 'lower',
    explanation: {
      de: 'Tickets, die am Ende des Zeitraums angelegt und nicht gelöst sind.',
      en: 'Tickets created and not resolved at the end of the period.',
    },
  },
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
