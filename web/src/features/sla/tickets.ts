/** `sla.tickets` → the drill-down's rows. Pure, unit-tested. */
import { t } from '../../i18n'
import { formatDateAndTime } from '../../lib/format'
import type { RouterOutputs } from '../../trpc'
import { formatBusinessDuration } from './durations'
import { nameOf, statusLabel, termsLabel } from './labels'
import { timelineHref } from './params'

export type TicketList = RouterOutputs['sla']['tickets']
export type ListedTicket = TicketList['tickets'][number]

interface Named {
  id: string
  name: string
}

export type ClockVerdict = 'met' | 'breached' | 'at_risk' | 'running'

export function verdictLabel(verdict: ClockVerdict): string {
  return t(`sla:verdict.${verdict}`)
}

export interface ClockCell {
  /** "3 Std. 10 Min. von 4 Std." (en: "3 h 10 min of 4 h") */
  text: string
  verdict: ClockVerdict
  verdictLabel: string
}

export interface TicketRow {
  ticket: string
  href: string
  customer: string
  service: string
  /** "SLA standard, Fassung ab 01.07.2026": the terms in force at the ticket's creation */
  terms: string | null
  priority: string
  status: string
  /** Date and time apart: two short lines in the table. */
  created: { date: string; time: string }
  /** null while the ticket is open */
  resolved: { date: string; time: string } | null
  reopens: number
  /** null: the ticket has no SLA for this clock */
  response: ClockCell | null
  resolution: ClockCell | null
}

function clockCell(clock: {
  elapsedMinutes: number
  targetMinutes: number
  breached: boolean
  met: boolean | null
  atRisk?: boolean
}): ClockCell {
  const verdict: ClockVerdict = clock.breached
    ? 'breached'
    : clock.met === true
      ? 'met'
      : clock.atRisk
        ? 'at_risk'
        : 'running'
  return {
    text: t('sla:duration.usedOf', {
      elapsed: formatBusinessDuration(clock.elapsedMinutes),
      target: formatBusinessDuration(clock.targetMinutes),
    }),
    verdict,
    verdictLabel: verdictLabel(verdict),
  }
}

/** In the server's order: newest first. */
export function ticketRows(
  tickets: readonly ListedTicket[],
  catalog: { customers: readonly Named[]; services: readonly Named[] },
): TicketRow[] {
  return tickets.map((ticket) => ({
    ticket: ticket.ticket,
    href: timelineHref(ticket.ticket),
    customer: nameOf(catalog.customers, ticket.customer),
    service: nameOf(catalog.services, ticket.service),
    terms: termsLabel(ticket.sla, ticket.slaSince),
    priority: ticket.priority ?? '–',
    status: statusLabel(ticket.status),
    created: formatDateAndTime(ticket.createdAt),
    resolved: ticket.resolvedAt === null ? null : formatDateAndTime(ticket.resolvedAt),
    reopens: ticket.reopens,
    response: ticket.response && clockCell(ticket.response),
    resolution: ticket.resolution && clockCell(ticket.resolution),
  }))
}
