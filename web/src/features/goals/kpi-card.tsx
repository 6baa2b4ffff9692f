/** One KPI: value, target, direction, traffic light, trend, breakdown per ministry, how it is computed. */
import { NoData, ValueOrNoData } from '../../components/no-data'
import { TableScroll } from '../../components/table-scroll'
import {
  customerRows,
  directionLabel,
  formatKpiValue,
  type Kpi,
  STATUS,
  targetLine,
  trendRows,
} from './adapters'
import { Sparkline } from './sparkline'
import { StatusBadge } from './status-badge'

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
        {kpi.name}
      </h3>
      <div className="kpi-main">
        <p className="kpi-value">{value === null ? <NoData /> : value}</p>
        <StatusBadge status={kpi.status} long />
      </div>
      <p className="kpi-target">
        {targetLine(kpi)} · <span className="kpi-direction">{directionLabel(kpi.direction)}</span>
      </p>
      <Sparkline rows={trend} target={kpi.target} label={`Verlauf ${kpi.name}, gestrichelt: Ziel`} />
      <p className="kpi-trend-note muted">Verlauf der letzten 12 Monate; gestrichelt: Ziel.</p>

      <StatusTable
        summary="Verlauf als Tabelle"
        label={`${kpi.name}: Verlauf, Tabelle`}
        caption={`${kpi.name}: Verlauf der letzten 12 Monate`}
        rowHeading="Monat"
        rows={trend.map((row) => ({
          key: row.month,
          name: row.title,
          value: row.formatted,
          status: row.status,
        }))}
      />

      {breakdown.length > 0 && showBreakdown ? (
        <StatusTable
          summary="Je Ressort"
          label={`${kpi.name} je Ressort, Tabelle`}
          caption={`${kpi.name} je Ressort`}
          rowHeading="Ressort"
          rows={breakdown.map((row) => ({
            key: row.customer,
            name: row.name,
            value: row.value,
            status: row.status,
          }))}
        />
      ) : null}

      <details className="kpi-details">
        <summary>Wie wird das berechnet?</summary>
        <p>{kpi.explanation}</p>
        <p className="muted small">
          Status: {STATUS.green.label} = Ziel erreicht, {STATUS.amber.label} = Warnschwelle erreicht,{' '}
          {STATUS.red.label} = beide verfehlt, {STATUS.grey.label} = keine Daten im Zeitraum.
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
                Wert
              </th>
              <th scope="col">Status</th>
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
