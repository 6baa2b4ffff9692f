import { formatInteger } from '../../lib/format'
import type { Totals, WeekRow } from './adapters'

export function WeeklyTable({ weeks, sum }: { weeks: readonly WeekRow[]; sum: Totals }) {
  return (
    <table className="data-table">
      <caption>Tickets je Kalenderwoche</caption>
      <thead>
        <tr>
          <th scope="col">Woche</th>
          <th scope="col">Zeitraum</th>
          <th scope="col" className="num">
            Erstellt
          </th>
          <th scope="col" className="num">
            Gelöst
          </th>
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week.week}>
            <th scope="row">{week.title}</th>
            <td>
              {week.range}
              {week.partial ? <span className="muted"> (teilweise im Zeitraum)</span> : null}
            </td>
            <td className="num">{formatInteger(week.created)}</td>
            <td className="num">{formatInteger(week.resolved)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={2}>
            Summe
          </th>
          <td className="num">{formatInteger(sum.created)}</td>
          <td className="num">{formatInteger(sum.resolved)}</td>
        </tr>
      </tfoot>
    </table>
  )
}
