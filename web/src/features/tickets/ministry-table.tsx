import { t } from '../../i18n'
import { formatInteger } from '../../lib/format'
import type { MinistryTotals } from './adapters'

/** The period's totals per ministry: what the summed chart does not show. */
export function MinistryTable({ rows }: { rows: readonly MinistryTotals[] }) {
  return (
    <table className="data-table">
      <caption>{t('tickets:ministryTable.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('tickets:ministryTable.ministry')}</th>
          <th scope="col" className="num">
            {t('tickets:figures.created')}
          </th>
          <th scope="col" className="num">
            {t('tickets:figures.resolved')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.customer}>
            <th scope="row">{row.name}</th>
            <td className="num">{formatInteger(row.created)}</td>
            <td className="num">{formatInteger(row.resolved)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
