/** The counts behind each rate, each count a link to its tickets; MTTR in business hours. */
import { Fragment } from 'react'
import { Link } from 'react-router'
import { ValueOrNoData } from '../../components/no-data'
import type { ClockCells, ComplianceTableRow, CountCell } from './compliance'

function Count({ cell, label }: { cell: CountCell; label: string }) {
  if (!cell.href) return cell.count
  return (
    <Link to={cell.href} aria-label={`${cell.count} ${label}: Tickets anzeigen`}>
      {cell.count}
    </Link>
  )
}

function BucketTitle({ row }: { row: ComplianceTableRow }) {
  return (
    <>
      {row.bucket.title}
      {row.bucket.partial ? <span className="muted small block">{row.bucket.range} (teilweise)</span> : null}
    </>
  )
}

function ClockColumns({ cells, clock }: { cells: ClockCells; clock: string }) {
  return (
    <>
      <td className="num">
        <Count cell={cells.met} label={`${clock} eingehalten`} />
      </td>
      <td className="num">
        <Count cell={cells.breached} label={`${clock} verletzt`} />
      </td>
      <td className="num rate">
        <ValueOrNoData value={cells.rate} />
      </td>
    </>
  )
}

export function ComplianceTable({
  rows,
  grouped,
}: {
  rows: readonly ComplianceTableRow[]
  grouped: boolean
}) {
  return (
    <div className="table-scroll">
      <table className="data-table compliance-table">
        <caption>Einhaltung und Lösungszeit je Zeitraum{grouped ? ' und Gruppe' : ''}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {grouped ? 'Zeitraum, Gruppe' : 'Zeitraum'}
            </th>
            <th scope="colgroup" colSpan={3} className="group-head">
              Lösung
            </th>
            <th scope="colgroup" colSpan={3} className="group-head">
              Reaktion
            </th>
            <th scope="colgroup" colSpan={3} className="group-head">
              Lösungszeit in Geschäftsstunden
            </th>
          </tr>
          <tr>
            <th scope="col" className="num">
              eingehalten
            </th>
            <th scope="col" className="num">
              verletzt
            </th>
            <th scope="col" className="num">
              Quote
            </th>
            <th scope="col" className="num">
              eingehalten
            </th>
            <th scope="col" className="num">
              verletzt
            </th>
            <th scope="col" className="num">
              Quote
            </th>
            <th scope="col" className="num">
              Mittel
            </th>
            <th scope="col" className="num">
              Median
            </th>
            <th scope="col" className="num">
              <abbr title="90. Perzentil: 9 von 10 Tickets waren schneller gelöst">P90</abbr>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <Fragment key={row.key}>
              {/* Grouped: each period opens with a row of its own, the groups follow under it. */}
              {grouped && row.bucket.from !== rows[index - 1]?.bucket.from ? (
                <tr className="bucket-row">
                  <th scope="colgroup" colSpan={10}>
                    <BucketTitle row={row} />
                  </th>
                </tr>
              ) : null}
              <tr>
                <th scope="row" className={grouped ? 'group-cell' : undefined}>
                  {grouped ? row.groupName : <BucketTitle row={row} />}
                </th>
                <ClockColumns cells={row.resolution} clock="Lösung" />
                <ClockColumns cells={row.response} clock="Reaktion" />
                <td className="num">
                  <ValueOrNoData value={row.mttr.mean} />
                </td>
                <td className="num">
                  <ValueOrNoData value={row.mttr.median} />
                </td>
                <td className="num">
                  <ValueOrNoData value={row.mttr.p90} />
                </td>
              </tr>
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  )
}
