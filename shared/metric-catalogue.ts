/**
 * The computed figures leadership goals can name (metrics.md section 6),
 * declared once as data: the API computes them, the goal cockpit rates them,
 * the web labels and formats them. Browser-safe.
 */
import type { ComputedGoalMetric } from './catalog'

export type Direction = 'higher' | 'lower'

export interface MetricDefinition {
  id: ComputedGoalMetric
  label: { de: string; en: string }
  unit: '%' | 'min' | 'Tickets' | ''
  /** Whether more is better; a goal's KPI may override it with `direction`. */
  direction: Direction
  /** How it is computed, in one line, for the details panel. */
  explanation: string
}

export const METRICS: Record<ComputedGoalMetric, MetricDefinition> = {
  response_compliance: {
    id: 'response_compliance',
    label: { de: 'Reaktionszeit eingehalten', en: 'Response within SLA' },
    unit: '%',
    direction: 'higher',
    explanation: 'Erstreaktionen im Zeitraum innerhalb der Reaktionszeit des SLA, über alle Ressorts.',
  },
  resolution_compliance: {
    id: 'resolution_compliance',
    label: { de: 'Lösungszeit eingehalten', en: 'Resolution within SLA' },
    unit: '%',
    direction: 'higher',
    explanation: 'Im Zeitraum gelöste Tickets innerhalb der Lösungszeit des SLA, über alle Ressorts.',
  },
  availability: {
    id: 'availability',
    label: { de: 'Verfügbarkeit', en: 'Availability' },
    unit: '%',
    direction: 'higher',
    explanation:
      'Verfügbare Zeit (up + eingeschränkt) geteilt durch bekannte Zeit in der vereinbarten Servicezeit ohne Wartung, über alle Ressorts und Services.',
  },
  csat: {
    id: 'csat',
    label: { de: 'Kundenzufriedenheit (CSAT)', en: 'Customer satisfaction (CSAT)' },
    unit: '%',
    direction: 'higher',
    explanation: 'Anteil der Bewertungen 4 oder 5 von 5 an allen CSAT-Bewertungen im Zeitraum.',
  },
  nps: {
    id: 'nps',
    label: { de: 'Net Promoter Score', en: 'Net promoter score' },
    unit: '',
    direction: 'higher',
    explanation: 'Prozent Empfehlende (9–10) minus Prozent Kritiker (0–6) im Zeitraum.',
  },
  mttr_minutes: {
    id: 'mttr_minutes',
    label: { de: 'Mittlere Ausfalldauer (MTTR)', en: 'Mean time to recover' },
    unit: 'min',
    direction: 'lower',
    explanation:
      'Mittlere Länge der Ausfälle (durchgehend „down“, außerhalb von Wartung) aller Services im Zeitraum.',
  },
  reopen_rate: {
    id: 'reopen_rate',
    label: { de: 'Wiedereröffnungsquote', en: 'Reopen rate' },
    unit: '%',
    direction: 'lower',
    explanation: 'Wiedereröffnungen im Zeitraum je gelöstem Ticket im Zeitraum.',
  },
  backlog: {
    id: 'backlog',
    label: { de: 'Offene Tickets (Rückstand)', en: 'Backlog' },
    unit: 'Tickets',
    direction: 'lower',
    explanation: 'Tickets, die am Ende des Zeitraums angelegt und nicht gelöst sind.',
  },
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
