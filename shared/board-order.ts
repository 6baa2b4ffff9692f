/**
 * The SLA board's order, one rule for the server and the web: at risk before
 * breached, because an at-risk ticket can still be saved. At risk by time
 * left (least first), breached by how long ago (the latest breach first); a
 * paused clock (no time left) last within its state.
 */
export interface BoardOrdered {
  ticket: string
  state: 'breached' | 'at_risk' | 'ok'
  /** Minutes to the deadline, negative once breached; null while paused. */
  minutesLeft: number | null
}

const RANK: Record<BoardOrdered['state'], number> = { at_risk: 0, breached: 1, ok: 2 }

function urgencyWithinState(ticket: BoardOrdered): number {
  if (ticket.minutesLeft === null) return Number.POSITIVE_INFINITY
  return ticket.state === 'breached' ? -ticket.minutesLeft : ticket.minutesLeft
}

export function boardOrder(a: BoardOrdered, b: BoardOrdered): number {
  return (
    RANK[a.state] - RANK[b.state] ||
    urgencyWithinState(a) - urgencyWithinState(b) ||
    (a.ticket < b.ticket ? -1 : a.ticket > b.ticket ? 1 : 0)
  )
}
