/**
 * German words for the SLA API's ids (statuses, clocks, outcomes, channels).
 * `Record` over the API's own types: a new value there is a type error here.
 */
import type { TicketListInput } from '../../../../shared/api'
import type { RouterOutputs } from '../../trpc'

export type TicketStatus = RouterOutputs['sla']['board']['tickets'][number]['status']
export type ClockKind = RouterOutputs['sla']['board']['tickets'][number]['clock']
export type BoardState = RouterOutputs['sla']['board']['tickets'][number]['state']
// The router's input types read as `unknown` (the shared schemas are refined
// through `z.ZodType<T>`), so the parsed types of shared/api stand in for them.
export type TicketOutcome = TicketListInput['outcome']
export type Priority = NonNullable<TicketListInput['priorities']>[number]

export const STATUS_LABELS: Record<string, string> = {
  new: 'Neu',
  in_progress: 'In Bearbeitung',
  waiting: 'Wartend',
  resolved: 'Gelöst',
  closed: 'Geschlossen',
}

/** A status the API may add later still reads as something. */
export function statusLabel(status: string): string {
  return STATUS_LABELS[status] ?? status
}

export const CLOCK_LABELS: Record<ClockKind, string> = {
  response: 'Reaktion',
  resolution: 'Lösung',
}

export const STATE_LABELS: Record<BoardState, string> = {
  breached: 'verletzt',
  at_risk: 'gefährdet',
  ok: 'im Plan',
}

export const PRIORITIES: readonly Priority[] = ['P1', 'P2', 'P3', 'P4']

export function isPriority(text: string): text is Priority {
  return (PRIORITIES as readonly string[]).includes(text)
}

export const OUTCOME_LABELS: Record<TicketOutcome, string> = {
  created: 'Erstellt',
  resolved: 'Gelöst',
  resolution_met: 'Lösung eingehalten',
  resolution_breached: 'Lösung verletzt',
  response_met: 'Reaktion eingehalten',
  response_breached: 'Reaktion verletzt',
  open: 'Offen am Periodenende',
  open_breached: 'Offen, Lösungszeit überschritten',
  at_risk: 'Offen, Lösungszeit gefährdet',
  reopened: 'Wiedereröffnet',
}

export const OUTCOMES = Object.keys(OUTCOME_LABELS) as TicketOutcome[]

export function isOutcome(text: string | null): text is TicketOutcome {
  return text !== null && (OUTCOMES as string[]).includes(text)
}

const CHANNEL_LABELS: Record<string, string> = {
  portal: 'Serviceportal',
  phone: 'Telefon',
  email: 'E-Mail',
  unbekannt: 'unbekannt',
}

const CATEGORY_LABELS: Record<string, string> = {
  incident: 'Störung',
  request: 'Serviceanfrage',
  unbekannt: 'unbekannt',
}

/** Channels and categories are free text in the import: known ones in German, others as sent. */
export function channelLabel(channel: string): string {
  return CHANNEL_LABELS[channel] ?? channel
}

export function categoryLabel(category: string): string {
  return CATEGORY_LABELS[category] ?? category
}

/** The name of an id from the catalog overview; an id it does not know stays the id. */
export function nameOf(list: readonly { id: string; name: string }[], id: string): string {
  return list.find((entry) => entry.id === id)?.name ?? id
}
