/**
 * The service page's tickets as rows for the web: figures with their
 * drill-down, the table per ministry, and the timeline of tickets created
 * beside the outages and maintenance windows. Pure, unit-tested.
 */

import { t } from '../../i18n'
import { formatDecimal, formatInteger, formatPercent } from '../../lib/format'
import type { RouterOutputs } from '../../trpc'
import { formatAvailability, formatTarget, type ServiceDetail } from '../availability/labels'
import { type DrillDown, drillDownHref } from '../sla/params'

export type ServicePage = RouterOutputs['services']['page']
type TicketOutcome = DrillDown['outcome']

export interface Period {
  from: string
  to: string
}

export interface TicketFigure {
  key: string
  label: string
  value: string | null
  href: string
  /** Met or missed against the agency's goal; null without a goal or a value. */
  verdict: { met: boolean; text: string } | null
}

const drill = (period: Period, service: string, outcome: TicketOutcome, customers: string[] = []) =>
  drillDownHref({ ...period, outcome, customers, services: [service], priorities: [] })

function verdict(value: number | null, target: number | null): TicketFigure['verdict'] {
  if (value === null || target === null) return null
  const met = value >= target
  return {
    met,
    text: `${t('services:target', { target: formatTarget(target) })}: ${t(met ? 'services:met' : 'services:missed')}`,
  }
}

export function ticketFigures(page: ServicePage, period: Period): TicketFigure[] {
  const { tickets, targets, service } = page
  const link = (outcome: TicketOutcome) => drill(period, service, outcome)
  const count = (value: number) => formatInteger(value)
  const percent = (value: number | null) => (value === null ? null : formatPercent(value))
  return [
    {
      key: 'created',
      label: t('services:figures.created'),
      value: count(tickets.created),
      href: link('created'),
      verdict: null,
    },
    {
      key: 'resolved',
      label: t('services:figures.resolved'),
      value: count(tickets.resolved),
      href: link('resolved'),
      verdict: null,
    },
    {
      key: 'response',
      label: t('services:figures.response'),
      value: percent(tickets.response.compliance),
      href: link('response_breached'),
      verdict: verdict(tickets.response.compliance, targets.response),
    },
    {
      key: 'resolution',
      label: t('services:figures.resolution'),
      value: percent(tickets.resolution.compliance),
      href: link('resolution_breached'),
      verdict: verdict(tickets.resolution.compliance, targets.resolution),
    },
    {
      key: 'open_breached',
      label: t('services:figures.openBreached'),
      value: count(tickets.resolution.open_breached),
      href: link('open_breached'),
      verdict: null,
    },
    {
      key: 'at_risk',
      label: t('services:figures.atRisk'),
      value: count(tickets.resolution.at_risk),
      href: link('at_risk'),
      verdict: null,
    },
    {
      key: 'backlog',
      label: t('services:figures.backlog'),
      value: count(tickets.open_at_end),
      href: link('open'),
      verdict: null,
    },
    {
      key: 'mean_resolution',
      label: t('services:figures.meanResolution'),
      value:
        tickets.resolution.mean_minutes === null
          ? null
          : t('services:minutes', { value: formatDecimal(tickets.resolution.mean_minutes) }),
      href: link('resolved'),
      verdict: null,
    },
  ]
}

export interface MinistryRow {
  customer: string
  name: string
  availability: string | null
  /** The ministry's SLA target; null without one (or without a subscription). */
  target: string | null
  met: boolean | null
  subscribed: boolean
  outages: string | null
  created: string
  createdHref: string
  response: string | null
  responseHref: string
  resolution: string | null
  resolutionHref: string
  openBreached: string
  openBreachedHref: string
}

export function ministryRows(page: ServicePage, period: Period): MinistryRow[] {
  return page.ministries.map((row) => {
    const link = (outcome: TicketOutcome) => drill(period, page.service, outcome, [row.customer])
    const a = row.availability
    return {
      customer: row.customer,
      name: row.name,
      availability: a?.availability == null ? null : formatAvailability(a.availability),
      target: a?.target == null ? null : formatTarget(a.target),
      met: a?.met ?? null,
      subscribed: a !== null,
      outages: a === null ? null : formatInteger(a.outages),
      created: formatInteger(row.tickets.created),
      createdHref: link('created'),
      response:
        row.tickets.response.compliance === null ? null : formatPercent(row.tickets.response.compliance),
      responseHref: link('response_breached'),
      resolution:
        row.tickets.resolution.compliance === null ? null : formatPercent(row.tickets.resolution.compliance),
      resolutionHref: link('resolution_breached'),
      openBreached: formatInteger(row.tickets.resolution.open_breached),
      openBreachedHref: link('open_breached'),
    }
  })
}

export interface WaveBar {
  /** Start of the bucket, epoch ms (the chart's x). */
  at: number
  tickets: number
  /** Whether an outage (outside maintenance) was running during the bucket. */
  duringOutage: boolean
}

export interface WaveArea {
  kind: 'outage' | 'maintenance'
  from: number
  to: number
}

export interface Wave {
  from: number
  to: number
  bucketMs: number
  bars: WaveBar[]
  areas: WaveArea[]
}

const HOUR = 3_600_000

/** Tickets per bucket beside the outages and maintenance windows of the detail, clipped to the period. */
export function waveOf(page: ServicePage, detail: Pick<ServiceDetail, 'outages' | 'maintenance'>): Wave {
  const from = Date.parse(page.from)
  const to = Date.parse(page.to)
  const bucketMs = page.created_bucket === 'hour' ? HOUR : 24 * HOUR
  const clip = (start: string, end: string) =>
    [Math.max(from, Date.parse(start)), Math.min(to, Date.parse(end))] as const
  const areas: WaveArea[] = [
    ...detail.outages
      .filter((part) => !part.in_maintenance)
      .map((part) => {
        const [start, end] = clip(part.start, part.end)
        return { kind: 'outage' as const, from: start, to: end }
      }),
    ...detail.maintenance.map((window) => {
      const [start, end] = clip(window.start, window.end)
      return { kind: 'maintenance' as const, from: start, to: end }
    }),
  ].filter((area) => area.to > area.from)
  const outages = areas.filter((area) => area.kind === 'outage')
  const bars = page.created.map((bucket) => {
    const at = Date.parse(bucket.at)
    return {
      at,
      tickets: bucket.tickets,
      duringOutage: outages.some((outage) => outage.from < at + bucketMs && outage.to > at),
    }
  })
  return { from, to, bucketMs, bars, areas }
}
