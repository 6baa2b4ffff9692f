import { MIN_MEANINGFUL_RESPONSES } from '../../../../shared/satisfaction'
import { WEAK_LABEL } from './adapters'

/** The mark on a value from fewer than MIN_MEANINGFUL_RESPONSES responses. */
export function WeakBadge() {
  return (
    <span className="badge badge-warn" title={`Weniger als ${MIN_MEANINGFUL_RESPONSES} Antworten`}>
      {WEAK_LABEL}
      <span className="visually-hidden"> (weniger als {MIN_MEANINGFUL_RESPONSES} Antworten)</span>
    </span>
  )
}
