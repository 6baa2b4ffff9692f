import { t } from '../../i18n'
import { formatInteger } from '../../lib/format'
import type { Totals } from './adapters'

/** Key figures of the period above the chart. */
export function TicketSummary({ sum }: { sum: Totals }) {
  const balance = sum.created - sum.resolved
  return (
    <dl className="stat-row">
      <div className="stat">
        <dt>{t('tickets:figures.created')}</dt>
        <dd>{formatInteger(sum.created)}</dd>
      </div>
      <div className="stat">
        <dt>{t('tickets:figures.resolved')}</dt>
        <dd>{formatInteger(sum.resolved)}</dd>
      </div>
      <div className="stat">
        <dt>
          {t('tickets:figures.balance')} <span className="muted">{t('tickets:figures.balanceHint')}</span>
        </dt>
        <dd>{balance > 0 ? `+${formatInteger(balance)}` : formatInteger(balance)}</dd>
      </div>
    </dl>
  )
}
