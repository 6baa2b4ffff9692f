/** The current state as a word with a sign; the colour repeats what the word says. */
import { t } from '../../i18n'
import { formatInstant } from '../../lib/format'
import { type CurrentState, stateLabel } from './labels'

const SIGNS: Record<CurrentState, string> = { up: '✓', degraded: '!', down: '✕', unknown: '?' }

/** An unknown state names its newest check, so "Unbekannt" says how old the last word is. */
export function StateBadge({
  state,
  since,
  lastCheck = null,
}: {
  state: CurrentState
  since: string | null
  lastCheck?: string | null
}) {
  return (
    <span className="avail-state-line">
      <span className={`avail-state avail-state-${state}`}>
        <span aria-hidden="true">{SIGNS[state]} </span>
        {stateLabel(state)}
      </span>
      {since ? (
        <span className="avail-since">{t('availability:since', { time: formatInstant(since) })}</span>
      ) : state === 'unknown' ? (
        <span className="avail-since">
          {lastCheck
            ? t('availability:overview.lastCheck', { time: formatInstant(lastCheck) })
            : t('availability:overview.neverChecked')}
        </span>
      ) : null}
    </span>
  )
}
