/**
 * The report of formats.md section 4 → figure groups to render. Each figure
 * carries its formatted value (null = no data, shown as "–", never 0), the
 * counts behind it and one line on how it is computed. Pure, unit-tested.
 */
import { MIN_MEANINGFUL_RESPONSES } from '../../../../shared/satisfaction'
import { formatDecimal, formatInteger, formatPercent } from '../../lib/format'
import type { RouterOutputs } from '../../trpc'
import type { TicketOutcome } from '../sla/labels'
import { drillDownHref } from '../sla/params'

type ReportOutput = RouterOutputs['report']['get']

/**
 * The report as the router returns it. `availability` is optional here so a
 * server without it (or a response from before it existed) still renders.
 */
export type ReportView = Omit<ReportOutput, 'availability'> & Partial<Pick<ReportOutput, 'availability'>>

export interface Figure {
  id: string
  label: string
  /** Formatted value; null when there is no data. */
  value: string | null
  /** A long unit, set smaller after the value. */
  unit?: string
  /** The counts behind the value. */
  detail?: string
  /** How it is computed, in one line. */
  explanation: string
  /** Too few survey responses for the value to mean much. */
  weak?: boolean
  /** The tickets behind the figure: "83 eingehalten" → the drill-down. */
  links?: FigureLink[]
}

export interface FigureLink {
  /** "83 eingehalten" */
  text: string
  /** null for a count of 0: there is nothing behind it to open. */
  href: string | null
}

export interface FigureGroup {
  id: string
  title: string
  figures: Figure[]
}

const availabilityNumber = new Intl.NumberFormat('de-DE', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 3,
})

const percentOrNull = (value: number | null) => (value === null ? null : formatPercent(value))

const signed = new Intl.NumberFormat('de-DE', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
})

/** Minutes of business time → hours, "6,5" (minutes are hard to compare at a glance). */
export function businessHours(minutes: number | null): string | null {
  return minutes === null ? null : formatDecimal(minutes / 60)
}

export function isWeak(responses: number): boolean {
  return responses > 0 && responses < MIN_MEANINGFUL_RESPONSES
}

const answers = (n: number) => (n === 1 ? '1 Antwort' : `${formatInteger(n)} Antworten`)

export function reportGroups(report: ReportView): FigureGroup[] {
  const { tickets, satisfaction } = report
  const { response, resolution } = tickets
  // The report's period as local dates: its instants carry the Berlin offset ("2026-03-01T00:00:00+01:00").
  const link = (count: number, words: string, outcome: TicketOutcome): FigureLink => ({
    text: `${formatInteger(count)} ${words}`,
    href:
      count === 0
        ? null
        : drillDownHref({
            from: report.from.slice(0, 10),
            to: report.to.slice(0, 10),
            outcome,
            customers: [report.customer],
            services: [],
            priorities: [],
          }),
  })
  return [
    {
      id: 'tickets',
      title: 'Tickets',
      figures: [
        {
          id: 'created',
          label: 'Erstellt',
          value: formatInteger(tickets.created),
          explanation: 'Tickets, die im Zeitraum angelegt wurden.',
          links: [link(tickets.created, 'erstellt', 'created')],
        },
        {
          id: 'resolved',
          label: 'Gelöst',
          value: formatInteger(tickets.resolved),
          explanation: 'Tickets, die im Zeitraum (zuletzt) gelöst oder geschlossen wurden.',
          links: [link(tickets.resolved, 'gelöst', 'resolved')],
        },
        {
          id: 'reopened',
          label: 'Wiedereröffnet',
          value: formatInteger(tickets.reopened),
          explanation: 'Wiedereröffnungen im Zeitraum; ein Ticket kann mehrfach zählen.',
          links: [link(tickets.reopened, 'Wiedereröffnungen', 'reopened')],
        },
        {
          id: 'open_at_end',
          label: 'Offen am Periodenende',
          value: formatInteger(tickets.open_at_end),
          explanation: 'Vor dem Periodenende angelegt und zu diesem Zeitpunkt nicht gelöst.',
          links: [link(tickets.open_at_end, 'offen', 'open')],
        },
        {
          id: 'no_sla',
          label: 'Ohne SLA',
          value: formatInteger(tickets.no_sla),
          explanation: 'Im Zeitraum angelegte Tickets ohne SLA; sie zählen in keiner Einhaltungsquote.',
        },
      ],
    },
    {
      id: 'sla',
      title: 'Einhaltung der Service-Level',
      figures: [
        {
          id: 'response',
          label: 'Reaktion eingehalten',
          value: percentOrNull(response.compliance),
          detail: `${formatInteger(response.met)} von ${formatInteger(response.met + response.breached)} eingehalten · ${formatInteger(response.open_breached)} offen und überschritten`,
          explanation:
            'Erstreaktionen im Zeitraum innerhalb der Reaktionszeit: eingehalten ÷ (eingehalten + verletzt).',
          links: [
            link(response.met, 'eingehalten', 'response_met'),
            link(response.breached, 'verletzt', 'response_breached'),
          ],
        },
        {
          id: 'resolution',
          label: 'Lösung eingehalten',
          value: percentOrNull(resolution.compliance),
          detail: `${formatInteger(resolution.met)} von ${formatInteger(resolution.met + resolution.breached)} eingehalten · offen: ${formatInteger(resolution.open_breached)} überschritten, ${formatInteger(resolution.at_risk)} gefährdet`,
          explanation:
            'Im Zeitraum gelöste Tickets innerhalb der Lösungszeit: eingehalten ÷ (eingehalten + verletzt).',
          links: [
            link(resolution.met, 'eingehalten', 'resolution_met'),
            link(resolution.breached, 'verletzt', 'resolution_breached'),
            link(resolution.open_breached, 'offen und überschritten', 'open_breached'),
            link(resolution.at_risk, 'gefährdet', 'at_risk'),
          ],
        },
        {
          id: 'mean_resolution',
          label: 'Mittlere Lösungszeit',
          value: businessHours(resolution.mean_minutes),
          unit: 'Geschäftsstunden',
          detail:
            resolution.mean_minutes === null
              ? undefined
              : `${formatDecimal(resolution.mean_minutes)} Geschäftsminuten`,
          explanation:
            'Mittel der Lösungszeit im Zeitraum gelöster Tickets, gezählt in der Servicezeit des SLA (ohne Wartezeit).',
        },
      ],
    },
    {
      id: 'satisfaction',
      title: 'Zufriedenheit',
      figures: [
        {
          id: 'csat',
          label: 'CSAT',
          value: percentOrNull(satisfaction.csat),
          detail: answers(satisfaction.csat_responses),
          weak: isWeak(satisfaction.csat_responses),
          explanation: 'Anteil der Bewertungen 4 oder 5 (Skala 1–5) an allen Bewertungen im Zeitraum.',
        },
        {
          id: 'nps',
          label: 'NPS',
          value: satisfaction.nps === null ? null : signed.format(satisfaction.nps),
          detail: answers(satisfaction.nps_responses),
          weak: isWeak(satisfaction.nps_responses),
          explanation: 'Prozent Empfehlende (9–10) minus Prozent Kritiker (0–6); Spanne −100 bis +100.',
        },
      ],
    },
  ]
}

/**
 * Availability with up to three decimals, cut rather than rounded: 99.4996 %
 * against a 99.5 % target must not read "99,5 %".
 */
export function formatAvailability(value: number | null): string | null {
  if (value === null) return null
  // The epsilon undoes binary fractions: 1.005 * 1000 is 1004.999…, which must stay 1,005.
  return `${availabilityNumber.format(Math.floor(value * 1000 + 1e-6) / 1000)}\u00a0%`
}

export interface AvailabilityRow {
  service: string
  name: string
  availability: string | null
  target: string | null
  met: 'eingehalten' | 'verfehlt' | null
  /** Known time of the window, "99,2 %" */
  coverage: string | null
  outages: string
  /** Mean outage length, "30,0 min" */
  mttr: string | null
  /** Error budget left, "-316,7 %" once overspent */
  budget: string | null
}

export interface AvailabilityView {
  overall: string | null
  services: AvailabilityRow[]
}

/** The availability part, when the response has one; services keep the report's (catalog) order. */
export function availabilityView(
  report: ReportView,
  services: readonly { id: string; name: string }[],
): AvailabilityView | undefined {
  if (!report.availability) return undefined
  return {
    overall: formatAvailability(report.availability.overall),
    services: report.availability.services.map((entry) => ({
      service: entry.service,
      name: services.find((s) => s.id === entry.service)?.name ?? entry.service,
      availability: formatAvailability(entry.availability),
      target: entry.target === null ? null : formatAvailability(entry.target),
      met: entry.met === null ? null : entry.met ? 'eingehalten' : 'verfehlt',
      coverage: percentOrNull(entry.coverage),
      outages: formatInteger(entry.outages),
      mttr: entry.mttr_minutes === null ? null : `${formatDecimal(entry.mttr_minutes)}\u00a0min`,
      budget: percentOrNull(entry.budget_remaining),
    })),
  }
}
