/** The current state as a word with a sign; the colour repeats what the word says. */
import { t } from '../../i18n'
import { formatDateAndTime, formatInstant } from '../../lib/format'
import { type CurrentState, stateLabel } from './labels'

const SIGNS: Record<CurrentState, string> = { up: '✓', degraded: '!', down: '✕', unknown: '?' }

/** `noDataSince`: the state is unknown because the checks stopped then. */
export function StateBadge({
  state,
  since,
  noDataSince = null,
}: {
  state: CurrentState
  since: string | null
  noDataSince?: string | null
}) {
  return (
    <span className="avail-state-line">
      <span className={`avail-state avail-state-${state}`}>
        <span aria-hidden="true">{SIGNS[state]} </span>
        {state === 'unknown' && noDataSince
          ? t('availability:noDataSince', { time: formatStaleTime(noDataSince) })
          : stateLabel(state)}
      </span>
      {since ? (
        <span className="avail-since">{t('availability:since', { time: formatInstant(since) })}</span>
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
