/** The traffic light: a shape and a word, the colour only repeats them. */
import type { GoalStatus } from '../../../../shared/metric-catalogue'
import { STATUS } from './adapters'
import './status-badge.css'

function StatusIcon({ status }: { status: GoalStatus }) {
  const { shape } = STATUS[status]
  return (
    <svg
      className="status-icon"
      viewBox="0 0 16 16"
      width="14"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      {shape === 'circle' ? <circle cx="8" cy="8" r="7" /> : null}
      {shape === 'triangle' ? <path d="M8 1 L15.5 14.5 H0.5 Z" /> : null}
      {shape === 'square' ? <rect x="1.5" y="1.5" width="13" height="13" /> : null}
      {shape === 'dash' ? <rect x="1" y="6" width="14" height="4" /> : null}
    </svg>
  )
}

/** "● grün" with the meaning for screen readers and in the tooltip; `long` shows the meaning too. */
export function StatusBadge({ status, long = false }: { status: GoalStatus; long?: boolean }) {
  const info = STATUS[status]
  return (
    <span className={`goal-status goal-status-${status}`} title={info.meaning} data-status={status}>
      <StatusIcon status={status} />
      <span className="goal-status-label">{info.label}</span>
      {long ? (
        <span className="goal-status-meaning"> – {info.meaning}</span>
      ) : (
        <span className="visually-hidden"> ({info.meaning})</span>
      )}
    </span>
  )
}
