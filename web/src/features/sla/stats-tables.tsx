/** Volume by channel and category, backlog by age: tables with a bar in each row. */
import { ValueOrNoData } from '../../components/no-data'
import { t } from '../../i18n'
import type { ShareRow, StatsView } from './stats'

function ShareTable({
  caption,
  head,
  rows,
  total,
}: {
  caption: string
  head: string
  rows: readonly ShareRow[]
  total?: string
}) {
  return (
    <table className="data-table share-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col" className="num">
            {t('sla:words.tickets')}
          </th>
          <th scope="col" className="num">
            {t('sla:stats.share')}
          </th>
          <th scope="col" className="bar-col">
            <span className="visually-hidden">{t('sla:stats.bar')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={4} className="muted">
              {t('sla:stats.none')}
            </td>
          </tr>
        ) : (
          rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="num">{row.count}</td>
              <td className="num">
                <ValueOrNoData value={row.share} />
              </td>
              <td className="bar-col" aria-hidden="true">
                <span className="share-bar" style={{ width: `${row.bar}%` }} />
              </td>
            </tr>
          ))
        )}
      </tbody>
      {total !== undefined ? (
        <tfoot>
          <tr>
            <th scope="row">{t('sla:stats.total')}</th>
            <td className="num">{total}</td>
            <td colSpan={2} />
          </tr>
        </tfoot>
      ) : null}
    </table>
  )
}

export function StatsTables({ view }: { view: StatsView }) {
  return (
    <>
      <dl className="stat-row">
        <div className="stat">
          <dt>{t('sla:stats.created')}</dt>
          <dd>{view.created}</dd>
        </div>
        <div className="stat">
          <dt>{t('sla:stats.resolved')}</dt>
          <dd>{view.resolved}</dd>
        </div>
        <div className="stat">
          <dt>{t('sla:stats.reopenRate')}</dt>
          <dd>
            <ValueOrNoData value={view.reopenRate} />
          </dd>
          <dd className="stat-detail">{view.reopenDetail}</dd>
        </div>
      </dl>
      <div className="share-grid">
        <ShareTable caption={t('sla:stats.channels')} head={t('sla:stats.channel')} rows={view.channels} />
        <ShareTable
          caption={t('sla:stats.categories')}
          head={t('sla:stats.category')}
          rows={view.categories}
        />
        <ShareTable
          caption={t('sla:stats.backlog')}
          head={t('sla:stats.age')}
          rows={view.backlog}
          total={view.backlogTotal}
        />
      </div>
    </>
  )
}
