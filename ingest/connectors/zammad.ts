/**
 * Tickets from Zammad: each webhook delivery (the default payload of a
 * trigger, as Zammad 5.2 to 6.x send it: `ticket` with state, priority,
 * group, organization, created_at and updated_at, and `article` when the
 * trigger has one) becomes ticket events.
 *
 * A delivery tells the ticket's state now, not what changed, so the events
 * are derived against what the store already knows of the ticket: `created`
 * once (with the organisation as ministry and the group as service), a
 * `status` or `priority` event at `updated_at` only where it differs from
 * the state in force then, and the first public agent reply as `responded`.
 * Event ids are made of the ticket and the instant, so a delivery that
 * Zammad retries, or that arrives out of order, changes nothing twice.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'
import type { Store } from '../../server/store'
import { sql } from '../../server/store/sql'
import type { RawRecord } from '../reader'
import type { ZammadMapping } from './mapping'

/** `X-Hub-Signature: sha1=<hex HMAC-SHA1 of the raw body>`, as Zammad signs with the trigger's token. */
export function verifyZammadSignature(body: Buffer, header: string | undefined, secret: string): boolean {
  const given = /^(?:sha1=)?([0-9a-f]{40})$/i.exec(header?.trim() ?? '')?.[1]?.toLowerCase()
  if (!given) return false
  const expected = createHmac('sha1', secret).update(body).digest('hex')
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected))
}

/** The parts of Zammad's default payload that Leitstand reads. */
export interface ZammadPayload {
  ticket?: {
    id?: number
    number?: string
    title?: string
    state?: string
    created_at?: string
    updated_at?: string
    priority?: { name?: string } | string
    group?: { name?: string } | string
    organization?: { name?: string } | string | null
  }
  article?: {
    id?: number
    sender?: string
    internal?: boolean
    created_at?: string
  } | null
}

const nameOf = (value: { name?: string } | string | null | undefined) =>
  typeof value === 'string' ? value : (value?.name ?? undefined)

interface KnownEvent {
  type: string
  at: number
  status: string
  priority: string
}

/** The ticket's events as stored, oldest first. */
async function knownEvents(store: Store, ticket: string): Promise<KnownEvent[]> {
  return store.query<KnownEvent>(sql`
    SELECT type, toUnixTimestamp64Milli(at) AS at, status, priority
    FROM ticket_events FINAL WHERE ticket = ${ticket} ORDER BY at, type`)
}

/** The status and priority in force at `at` by the stored events (created: new and its priority). */
function stateAt(events: readonly KnownEvent[], at: number): { status?: string; priority?: string } {
  const state: { status?: string; priority?: string } = {}
  for (const event of events) {
    if (event.at > at) break
    if (event.type === 'created') {
      state.status = 'new'
      state.priority = event.priority
    } else if (event.type === 'status') state.status = event.status
    else if (event.type === 'priority') state.priority = event.priority
  }
  return state
}

/**
 * The ticket events of one delivery, as records for the ingest. A delivery
 * the mapping does not cover gives one record with the reason, which the
 * ingest quarantines.
 */
export async function zammadRecords(
  store: Store,
  payload: ZammadPayload,
  mapping: ZammadMapping,
  delivery: string,
): Promise<RawRecord[]> {
  const raw = JSON.stringify(payload).slice(0, 2000)
  const refuse = (reason: string): RawRecord[] => [{ line: 1, raw, record: { error: reason } }]
  const ticket = payload.ticket
  if (!ticket?.id || !ticket.number || !ticket.created_at || !ticket.updated_at || !ticket.state)
    return refuse(
      `delivery ${delivery}: not a Zammad ticket payload (ticket.id, number, state, created_at, updated_at)`,
    )
  const id = `${mapping.ticket_prefix}${ticket.number}`
  const createdAt = Date.parse(ticket.created_at)
  const updatedAt = Date.parse(ticket.updated_at)
  if (Number.isNaN(createdAt) || Number.isNaN(updatedAt))
    return refuse(`ticket ${id}: created_at or updated_at is no timestamp`)

  const status = mapping.states[ticket.state]
  if (!status) return refuse(`ticket ${id}: Zammad state '${ticket.state}' is not mapped (zammad.states)`)
  const priorityName = nameOf(ticket.priority)
  const priority = priorityName === undefined ? undefined : mapping.priorities[priorityName]
  if (!priority)
    return refuse(`ticket ${id}: Zammad priority '${priorityName}' is not mapped (zammad.priorities)`)

  const events: Array<Record<string, unknown>> = []
  const known = await knownEvents(store, id)
  if (!known.some((event) => event.type === 'created')) {
    const organization = nameOf(ticket.organization)
    const customer = organization === undefined ? undefined : mapping.organizations[organization]
    if (!customer)
      return refuse(
        organization === undefined
          ? `ticket ${id}: has no organization, so no ministry`
          : `ticket ${id}: organization '${organization}' is not mapped to a ministry (zammad.organizations)`,
      )
    const group = nameOf(ticket.group)
    const service = group === undefined ? undefined : mapping.groups[group]
    if (!service) return refuse(`ticket ${id}: group '${group}' is not mapped to a service (zammad.groups)`)
    const created = {
      id: `${id}-created`,
      ticket: id,
      at: ticket.created_at,
      type: 'created',
      customer,
      service,
      priority,
    }
    events.push(created)
    known.unshift({ type: 'created', at: createdAt, status: '', priority })
  }

  // Events at `updated_at` only where the delivery differs from the state then.
  const before = stateAt(known, updatedAt)
  if (status !== before.status && !(status === 'new' && before.status === undefined))
    events.push({
      id: `${id}-status-${updatedAt}`,
      ticket: id,
      at: ticket.updated_at,
      type: 'status',
      status,
    })
  if (priority !== before.priority)
    events.push({
      id: `${id}-priority-${updatedAt}`,
      ticket: id,
      at: ticket.updated_at,
      type: 'priority',
      priority,
    })

  // The first public reply of an agent is the response; a later one changes nothing.
  const article = payload.article
  if (article?.sender === 'Agent' && article.internal !== true && article.created_at) {
    const at = Date.parse(article.created_at)
    const responded = known.find((event) => event.type === 'responded')
    if (!Number.isNaN(at) && (!responded || at < responded.at))
      events.push({ id: `${id}-responded`, ticket: id, at: article.created_at, type: 'responded' })
  }
  return events.map((record, index) => ({ line: index + 1, raw: JSON.stringify(record), record }))
}
