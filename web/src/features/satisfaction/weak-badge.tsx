import { MIN_MEANINGFUL_RESPONSES } from '../../../../shared/satisfaction'
import { t } from '../../i18n'
import { weakLabel } from './adapters'

/** The mark on a value from fewer than MIN_MEANINGFUL_RESPONSES responses. */
export function WeakBadge() {
  return (
    <span className="badge badge-warn" title={t('satisfaction:weak.title', { n: MIN_MEANINGFUL_RESPONSES })}>
      {weakLabel()}
      <span className="visually-hidden">
        {t('satisfaction:weak.hidden', { n: MIN_MEANINGFUL_RESPONSES })}
      </span>
    </span>
  )
}
