/** One KPI: value, target, direction, traffic light, trend, breakdown per ministry, how it is computed. */
import { NoData, ValueOrNoData } from '../../components/no-data'
import { TableScroll } from '../../components/table-scroll'
import { t } from '../../i18n'
import {
  customerRows,
  directionLabel,
  formatKpiValue,
  type Kpi,
  kpiExplanation,
  kpiName,
  STATUS,
  targetLine,
  trendRows,
} from './adapters'
import { Sparkline } from './sparkline'
import { StatusBadge } from './status-badge'
import './goals.css'

export function KpiCard({
  kpi,
  goalId,
  customers,
}: {
  kpi: Kpi
  goalId: string
  customers: readonly { id: string; name: string }[]
}) {
  const headingId = `kpi-${goalId}-${kpi.id}`
  const name = kpiName(kpi)
  const value = formatKpiValue(kpi.value, kpi.unit, kpi.metric)
  const trend = trendRows(kpi)
  // A hand-measured KPI usually has no values per ministry: then no empty table.
  const breakdown = customerRows(kpi, customers)
  const showBreakdown = breakdown.some((row) => row.value !== null) || !kpi.metric.startsWith('kpi:')
  return (
    <article
      className={`kpi kpi-${kpi.status}`}
      aria-labelledby={headingId}
      data-kpi={kpi.id}
      data-status={kpi.status}
    >
      <h3 id={headingId} className="kpi-name">
        {name}
      </h3>
      <div className="kpi-main">
        <p className="kpi-value">{value === null ? <NoData /> : value}</p>
        <StatusBadge status={kpi.status} long />
      </div>
      <p className="kpi-target">
        {targetLine(kpi)} · <span className="kpi-direction">{directionLabel(kpi.direction)}</span>
      </p>
      <Sparkline rows={trend} target={kpi.target} label={t('goals:card.chartLabel', { name })} />
      <p className="kpi-trend-note muted">{t('goals:card.chartNote')}</p>

      <StatusTable
        summary={t('goals:card.trendSummary')}
        label={t('goals:card.trendLabel', { name })}
        caption={t('goals:card.trendCaption', { name })}
        rowHeading={t('goals:card.month')}
        rows={trend.map((row) => ({
          key: row.month,
          name: row.title,
          value: row.formatted,
          status: row.status,
        }))}
      />

      {breakdown.length > 0 && showBreakdown ? (
        <StatusTable
          summary={t('goals:card.ministrySummary')}
          label={t('goals:card.ministryLabel', { name })}
          caption={t('goals:card.ministryCaption', { name })}
          rowHeading={t('goals:card.ministry')}
          rows={breakdown.map((row) => ({
            key: row.customer,
            name: row.name,
            value: row.value,
            status: row.status,
          }))}
        />
      ) : null}

      <details className="kpi-details">
        <summary>{t('goals:card.howComputed')}</summary>
        <p>{kpiExplanation(kpi)}</p>
        <p className="muted small">
          {t('goals:card.legend', {
            green: STATUS.green.label,
            amber: STATUS.amber.label,
            red: STATUS.red.label,
            grey: STATUS.grey.label,
          })}
        </p>
      </details>
    </article>
  )
}

/** A folded table of values with their traffic lights: the trend by month, or the ministries. */
function StatusTable({
  summary,
  label,
  caption,
  rowHeading,
  rows,
}: {
  summary: string
  label: string
  caption: string
  rowHeading: string
  rows: ReadonlyArray<{ key: string; name: string; value: string | null; status: Kpi['status'] }>
}) {
  return (
    <details className="kpi-details">
      <summary>{summary}</summary>
      <TableScroll label={label}>
        <table className="data-table kpi-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{rowHeading}</th>
              <th scope="col" className="num">
                {t('goals:card.value')}
              </th>
              <th scope="col">{t('goals:card.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.name}</th>
                <td className="num">
                  <ValueOrNoData value={row.value} />
                </td>
                <td>
                  <StatusBadge status={row.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </details>
  )
}
