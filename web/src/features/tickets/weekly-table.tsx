import { t } from '../../i18n'
import { formatInteger } from '../../lib/format'
import type { Totals, WeekRow } from './adapters'

export function WeeklyTable({ weeks, sum }: { weeks: readonly WeekRow[]; sum: Totals }) {
  return (
    <table className="data-table">
      <caption>{t('tickets:weeklyTable.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('tickets:weeklyTable.week')}</th>
          <th scope="col">{t('tickets:weeklyTable.period')}</th>
          <th scope="col" className="num">
            {t('tickets:figures.created')}
          </th>
          <th scope="col" className="num">
            {t('tickets:figures.resolved')}
          </th>
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week.week}>
            <th scope="row">{week.title}</th>
            <td>
              {week.range}
              {week.partial ? <span className="muted">{t('tickets:weeklyTable.partial')}</span> : null}
            </td>
            <td className="num">{formatInteger(week.created)}</td>
            <td className="num">{formatInteger(week.resolved)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={2}>
            {t('tickets:weeklyTable.total')}
          </th>
          <td className="num">{formatInteger(sum.created)}</td>
          <td className="num">{formatInteger(sum.resolved)}</td>
        </tr>
      </tfoot>
    </table>
  )
}
