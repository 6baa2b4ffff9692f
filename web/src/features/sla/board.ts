/** `sla.board` → the board's table rows. Pure, unit-tested. */
import { boardOrder } from '../../../../shared/board-order'
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
  /** The subject and the assignee group; '' when the source sent none. */
  title: string
  group: string
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

/** In the board's order (shared/board-order.ts): at risk by time left, then breached, the latest first. */
export function boardRows(
  tickets: readonly BoardTicket[],
  catalog: { customers: readonly Named[]; services: readonly Named[] },
): BoardRow[] {
  return [...tickets].sort(boardOrder).map((ticket) => {
    const percent = percentUsed(ticket.elapsedMinutes, ticket.targetMinutes)
    return {
      ticket: ticket.ticket,
      href: timelineHref(ticket.ticket),
      title: ticket.title,
      group: ticket.group,
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
