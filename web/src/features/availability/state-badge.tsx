/** The current state as a word with a sign; the colour repeats what the word says. */
import { t } from '../../i18n'
import { formatDateAndTime, formatInstant } from '../../lib/format'
import { type CurrentState, stateLabel } from './labels'
import './state-badge.css'

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
        {state === 'unknown' && lastCheck
          ? t('availability:noDataSince', { time: formatStaleTime(lastCheck) })
          : stateLabel(state)}
      </span>
      {since ? (
        <span className="avail-since">{t('availability:since', { time: formatInstant(since) })}</span>
      ) : state === 'unknown' && !lastCheck ? (
        <span className="avail-since">{t('availability:overview.neverChecked')}</span>
      ) : null}
    </span>
  )
}

/** "10:37" today, else the date and time. */
function formatStaleTime(instant: string): string {
  const ms = Date.parse(instant)
  const sameDay = new Date(ms).toDateString() === new Date().toDateString()
  return sameDay ? formatDateAndTime(ms).time : formatInstant(instant)
}
