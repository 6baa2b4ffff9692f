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

      <details className="kpi-details">
        <summary>Verlauf als Tabelle</summary>
        <TableScroll label={`${kpi.name}: Verlauf, Tabelle`}>
          <table className="data-table kpi-table">
            <caption className="visually-hidden">{`${kpi.name}: Verlauf der letzten 12 Monate`}</caption>
            <thead>
              <tr>
                <th scope="col">Monat</th>
                <th scope="col" className="num">
                  Wert
                </th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {trend.map((row) => (
                <tr key={row.month}>
                  <th scope="row">{row.title}</th>
                  <td className="num">
                    <ValueOrNoData value={row.formatted} />
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

      {breakdown.length > 0 && showBreakdown ? (
        <details className="kpi-details">
          <summary>Je Ressort</summary>
          <TableScroll label={`${kpi.name} je Ressort, Tabelle`}>
            <table className="data-table kpi-table">
              <caption className="visually-hidden">{`${kpi.name} je Ressort`}</caption>
              <thead>
                <tr>
                  <th scope="col">Ressort</th>
                  <th scope="col" className="num">
                    Wert
                  </th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {breakdown.map((row) => (
                  <tr key={row.customer}>
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
