/** The current state as a word with a sign; the colour repeats what the word says. */
import { t } from '../../i18n'
import { formatInstant } from '../../lib/format'
import { type CurrentState, stateLabel } from './labels'

const SIGNS: Record<CurrentState, string> = { up: '✓', degraded: '!', down: '✕', unknown: '?' }

export function StateBadge({ state, since }: { state: CurrentState; since: string | null }) {
  return (
    <span className="avail-state-line">
      <span className={`avail-state avail-state-${state}`}>
        <span aria-hidden="true">{SIGNS[state]} </span>
        {stateLabel(state)}
      </span>
      {since ? (
        <span className="avail-since">{t('availability:since', { time: formatInstant(since) })}</span>
      ) : null}
    </span>
  )
}
