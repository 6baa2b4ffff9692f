/** The current state as a word with a sign; the colour repeats what the word says. */
import { formatInstant } from '../../lib/format'
import { type CurrentState, STATE_LABELS } from './labels'

const SIGNS: Record<CurrentState, string> = { up: '✓', degraded: '!', down: '✕', unknown: '?' }

export function StateBadge({ state, since }: { state: CurrentState; since: string | null }) {
  return (
    <span className="avail-state-line">
      <span className={`avail-state avail-state-${state}`}>
        <span aria-hidden="true">{SIGNS[state]} </span>
        {STATE_LABELS[state]}
      </span>
      {since ? <span className="avail-since">seit {formatInstant(since)}</span> : null}
    </span>
  )
}
