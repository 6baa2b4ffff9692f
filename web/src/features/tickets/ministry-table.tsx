import { formatInteger } from '../../lib/format'
import type { MinistryTotals } from './adapters'

/** The period's totals per ministry: what the summed chart does not show. */
export function MinistryTable({ rows }: { rows: readonly MinistryTotals[] }) {
  return (
    <table className="data-table">
      <caption>Summen je Ressort im Zeitraum</caption>
      <thead>
        <tr>
          <th scope="col">Ressort</th>
          <th scope="col" className="num">
            Erstellt
          </th>
          <th scope="col" className="num">
            Gelöst
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
