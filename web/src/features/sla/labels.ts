/**
 * Words for the SLA API's ids (statuses, clocks, outcomes, channels), in the
 * current language (sla messages). Keys typed by the API's own types: a new
 * value there is a type error here.
 */
import type { TicketListInput } from '../../../../shared/api'
import { t } from '../../i18n'
import { formatDate } from '../../lib/format'
import type { RouterOutputs } from '../../trpc'
import { de } from './messages'

export type TicketStatus = RouterOutputs['sla']['board']['tickets'][number]['status']
export type ClockKind = RouterOutputs['sla']['board']['tickets'][number]['clock']
export type BoardState = RouterOutputs['sla']['board']['tickets'][number]['state']
// The router's input types read as `unknown` (the shared schemas are refined
// through `z.ZodType<T>`), so the parsed types of shared/api stand in for them.
export type TicketOutcome = TicketListInput['outcome']

/** An own key of a message table: the API's id has words in both languages. */
function hasKey<T extends object>(table: T, key: string): key is Extract<keyof T, string> {
  return Object.hasOwn(table, key)
}

/** A status the API may add later still reads as something. */
export function statusLabel(status: string): string {
  return hasKey(de.status, status) ? t(`sla:status.${status}`) : status
}

/**
 * The SLA terms a ticket runs under (those in force at its creation):
 * "SLA standard, Fassung ab 01.07.2026"; null without an SLA.
 */
export function termsLabel(sla: string | null, since: string | null): string | null {
  if (!sla) return null
  return since ? t('sla:words.termsSince', { sla, date: formatDate(since) }) : t('sla:words.terms', { sla })
}

export function clockLabel(clock: ClockKind): string {
  return t(`sla:clock.${clock}`)
}

export function stateLabel(state: BoardState): string {
  return t(`sla:state.${state}`)
}

/** Every outcome once, in the order the drill-down offers them: the keys of its words (a new outcome needs words). */
export const OUTCOMES = Object.keys(de.outcome) as TicketOutcome[]

export function outcomeLabel(outcome: TicketOutcome): string {
  return t(`sla:outcome.${outcome}`)
}

export function isOutcome(text: string | null): text is TicketOutcome {
  return text !== null && (OUTCOMES as string[]).includes(text)
}

/** Channels and categories are free text in the import: known ones in words, others as sent. */
export function channelLabel(channel: string): string {
  return hasKey(de.channel, channel) ? t(`sla:channel.${channel}`) : channel
}

export function categoryLabel(category: string): string {
  return hasKey(de.category, category) ? t(`sla:category.${category}`) : category
}

/** The name of an id from the catalog overview; an id it does not know stays the id. */
export function nameOf(list: readonly { id: string; name: string }[], id: string): string {
  return list.find((entry) => entry.id === id)?.name ?? id
}
