/** `sla.board` → the board's table rows. Pure, unit-tested. */
import { locale } from '../../i18n'
import { formatDateAndTime, formatInteger, percentOf } from '../../lib/format'
import type { RouterOutputs } from '../../trpc'
import { formatBusinessDuration, percentUsed, timeLeftText } from './durations'
import { type BoardState, clockLabel, nameOf, stateLabel, statusLabel, termsLabel } from './labels'
import { timelineHref } from './params'

export type Board = RouterOutputs['sla']['board']
export type BoardTicket = Board['tickets'][number]

interface Named {
  id: string
  name: string
}

export interface BoardRow {
  ticket: string
  href: string
  customer: string
  service: string
  /** "SLA standard, Fassung ab 01.07.2026" */
  terms: string | null
  priority: string
  status: string
  clock: string
  state: BoardState
  stateLabel: string
  /** "3 Std. 10 Min." of business time used */
  elapsed: string
  target: string
  /** Whole percent of the target used; above 100 once breached. */
  percent: number
  percentText: string
  /** Width of the progress bar, 0 to 100. */
  bar: number
  /** Date and time apart (two lines in the table); null while the clock is paused. */
  deadline: { date: string; time: string } | null
  timeLeft: string
}

const STATE_RANK: Record<BoardState, number> = { breached: 0, at_risk: 1, ok: 2 }

/**
 * Most urgent first: breached before at risk, then by time to breach, the
 * longest overdue first; a paused clock (no deadline) last within its state.
 */
export function byUrgency(a: BoardTicket, b: BoardTicket): number {
  return (
    STATE_RANK[a.state] - STATE_RANK[b.state] ||
    (a.minutesLeft ?? Number.POSITIVE_INFINITY) - (b.minutesLeft ?? Number.POSITIVE_INFINITY) ||
    a.ticket.localeCompare(b.ticket, locale())
  )
}

export function boardRows(
  tickets: readonly BoardTicket[],
  catalog: { customers: readonly Named[]; services: readonly Named[] },
): BoardRow[] {
  return [...tickets].sort(byUrgency).map((ticket) => {
    const percent = percentUsed(ticket.elapsedMinutes, ticket.targetMinutes)
    return {
      ticket: ticket.ticket,
      href: timelineHref(ticket.ticket),
      customer: nameOf(catalog.customers, ticket.customer),
      service: nameOf(catalog.services, ticket.service),
      terms: termsLabel(ticket.sla, ticket.slaSince),
      priority: ticket.priority ?? '–',
      status: statusLabel(ticket.status),
      clock: clockLabel(ticket.clock),
      state: ticket.state,
      stateLabel: stateLabel(ticket.state),
      elapsed: formatBusinessDuration(ticket.elapsedMinutes),
      target: formatBusinessDuration(ticket.targetMinutes),
      percent,
      percentText: percentOf(formatInteger(percent)),
      bar: Math.min(100, Math.max(0, percent)),
      deadline: ticket.deadline === null ? null : formatDateAndTime(ticket.deadline),
      timeLeft: timeLeftText(ticket.minutesLeft, ticket.state),
    }
  })
}
