/** The counts behind each rate, each count a link to its tickets; MTTR in business hours. */
import { Fragment } from 'react'
import { Link } from 'react-router'
import { ValueOrNoData } from '../../components/no-data'
import { t } from '../../i18n'
import type { ClockCells, ComplianceTableRow, CountCell } from './compliance'
import './sla.css'
import './compliance.css'

type CountKind = 'resolution_met' | 'resolution_breached' | 'response_met' | 'response_breached'

function Count({ cell, kind }: { cell: CountCell; kind: CountKind }) {
  if (!cell.href) return cell.count
  // "1 Lösung verletzt: Tickets anzeigen"
  const what = t('sla:table.count', { n: cell.count, what: t(`sla:table.counts.${kind}`) })
  return (
    <Link to={cell.href} aria-label={t('sla:words.showTickets', { what })}>
      {cell.count}
    </Link>
  )
}

function BucketTitle({ row }: { row: ComplianceTableRow }) {
  return (
    <>
      {row.bucket.title}
      {row.bucket.partial ? (
        <span className="muted small block">{t('sla:table.partial', { range: row.bucket.range })}</span>
      ) : null}
    </>
  )
}

function ClockColumns({ cells, clock }: { cells: ClockCells; clock: 'resolution' | 'response' }) {
  return (
    <>
      <td className="num">
        <Count cell={cells.met} kind={`${clock}_met`} />
      </td>
      <td className="num">
        <Count cell={cells.breached} kind={`${clock}_breached`} />
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
        <caption>{grouped ? t('sla:table.captionGrouped') : t('sla:table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {grouped ? t('sla:table.periodGroup') : t('sla:table.period')}
            </th>
            <th scope="colgroup" colSpan={3} className="group-head">
              {t('sla:clock.resolution')}
            </th>
            <th scope="colgroup" colSpan={3} className="group-head">
              {t('sla:clock.response')}
            </th>
            <th scope="colgroup" colSpan={3} className="group-head">
              {t('sla:table.mttr')}
            </th>
          </tr>
          <tr>
            <th scope="col" className="num">
              {t('sla:table.met')}
            </th>
            <th scope="col" className="num">
              {t('sla:table.breached')}
            </th>
            <th scope="col" className="num">
              {t('sla:table.rate')}
            </th>
            <th scope="col" className="num">
              {t('sla:table.met')}
            </th>
            <th scope="col" className="num">
              {t('sla:table.breached')}
            </th>
            <th scope="col" className="num">
              {t('sla:table.rate')}
            </th>
            <th scope="col" className="num">
              {t('sla:table.mean')}
            </th>
            <th scope="col" className="num">
              {t('sla:table.median')}
            </th>
            <th scope="col" className="num">
              <abbr title={t('sla:table.p90Title')}>{t('sla:table.p90')}</abbr>
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
                <ClockColumns cells={row.resolution} clock="resolution" />
                <ClockColumns cells={row.response} clock="response" />
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
