/** Seeded random ticket events for tests that compare two ways of computing the same figures. */
import { mulberry32 } from '../../ingest/demo/random'
import type { TicketEvent } from '../../shared/ticket-clock'

export const START = Date.parse('2026-03-01T00:00:00+01:00')
export const HOUR = 3_600_000

/** Seeded random ticket lifecycles over about three months from 2026-03-01, for customers im and fm. */
export function randomTicketEvents(count: number, seed = 42): TicketEvent[] {
  const events: TicketEvent[] = []
  const next = mulberry32(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T
  let id = 0
  for (let n = 0; n < count; n++) {
    const ticket = `T${n}`
    let at = START + Math.floor(next() * 60 * 24) * HOUR + Math.floor(next() * 4) * 15 * 60_000
    const add = (event: Omit<TicketEvent, 'id' | 'ticket'>) =>
      events.push({ id: `e${id++}`, ticket, ...event })
    const customer = pick(['im', 'fm'])
    // Some tickets have an event before their creation, which must be ignored.
    if (next() < 0.1) add({ at: at - HOUR, type: 'status', status: 'in_progress' })
    if (next() > 0.03)
      add({
        at,
        type: 'created',
        customer,
        service: pick(['email', 'email', 'eakte']),
        priority: pick(['P1', 'P2', 'P3', 'P4']),
      })
    const steps = 1 + Math.floor(next() * 7)
    for (let s = 0; s < steps; s++) {
      // Same-instant events now and then: they apply in type order, then id.
      if (next() > 0.15) at += Math.floor(next() * 30) * HOUR + Math.floor(next() * 60) * 60_000
      const roll = next()
      if (roll < 0.15) add({ at, type: 'responded' })
      else if (roll < 0.25) add({ at, type: 'priority', priority: pick(['P1', 'P2', 'P3', 'P4']) })
      else
        add({
          at,
          type: 'status',
          status: pick(['in_progress', 'waiting', 'resolved', 'resolved', 'closed', 'new']),
        })
    }
  }
  return events
}

export const day = (n: number) => START + n * 24 * HOUR

export function toCsv(records: object[]): string {
  const columns = ['id', 'ticket', 'at', 'type', 'customer', 'service', 'priority', 'status']
  const lines = records.map((r) => columns.map((c) => (r as Record<string, unknown>)[c] ?? '').join(','))
  return `${columns.join(',')}\n${lines.join('\n')}\n`
}
