/** The service page's ticket part: figures against the goals, the table per ministry, the ticket wave. */
import { lazy, Suspense } from 'react'
import { Link } from 'react-router'
import { ValueOrNoData } from '../../components/no-data'
import { ChartSkeleton } from '../../components/query-state'
import { TableScroll } from '../../components/table-scroll'
import { t } from '../../i18n'
import { formatInstant } from '../../lib/format'
import type { ServiceDetail } from '../availability/labels'
import { ministryRows, type Period, type ServicePage, ticketFigures, waveOf } from './adapters'
import './services.css'

const WaveChart = lazy(() => import('./wave-chart').then((module) => ({ default: module.WaveChart })))

export function ServiceTickets({ page, period }: { page: ServicePage; period: Period }) {
  return (
    <section className="card" aria-labelledby="dienst-tickets-titel">
      <h2 id="dienst-tickets-titel">{t('services:heading')}</h2>
      <p className="service-intro">{t('services:intro')}</p>
      <dl className="stat-row service-ticket-figures">
        {ticketFigures(page, period).map((figure) => (
          <div
            key={figure.key}
            className={`stat${figure.verdict && !figure.verdict.met ? ' stat-bad' : ''}`}
            data-figure={figure.key}
          >
            <dt>{figure.label}</dt>
            <dd>
              {figure.value === null ? (
                <ValueOrNoData value={null} />
              ) : (
                <Link to={figure.href}>{figure.value}</Link>
              )}
              {figure.verdict ? (
                <span className={`service-verdict ${figure.verdict.met ? 'is-met' : 'is-missed'}`}>
                  <span aria-hidden="true">{figure.verdict.met ? '✓ ' : '✗ '}</span>
                  {figure.verdict.text}
                </span>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}

export function MinistryTable({ page, period }: { page: ServicePage; period: Period }) {
  const rows = ministryRows(page, period)
  return (
    <section className="card" aria-labelledby="dienst-ressorts-titel">
      <h2 id="dienst-ressorts-titel">{t('services:ministries.heading')}</h2>
      {rows.length === 0 ? (
        <p>{t('services:ministries.none')}</p>
      ) : (
        <TableScroll label={t('services:ministries.caption')}>
          <table className="data-table service-ministries">
            <caption>{t('services:ministries.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('services:ministries.ministry')}</th>
                <th scope="col" className="num">
                  {t('services:ministries.availability')}
                </th>
                <th scope="col" className="num">
                  {t('services:ministries.target')}
                </th>
                <th scope="col" className="num">
                  {t('services:ministries.outages')}
                </th>
                <th scope="col" className="num">
                  {t('services:ministries.created')}
                </th>
                <th scope="col" className="num">
                  {t('services:ministries.response')}
                </th>
                <th scope="col" className="num">
                  {t('services:ministries.resolution')}
                </th>
                <th scope="col" className="num">
                  {t('services:ministries.openBreached')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.customer} data-customer={row.customer}>
                  <th scope="row">{row.name}</th>
                  <td className={`num${row.met === false ? ' is-missed' : ''}`}>
                    {row.subscribed ? (
                      <ValueOrNoData value={row.availability} />
                    ) : (
                      t('services:ministries.notSubscribed')
                    )}
                  </td>
                  <td className="num">
                    <ValueOrNoData value={row.target} />
                  </td>
                  <td className="num">
                    <ValueOrNoData value={row.outages} />
                  </td>
                  <td className="num">
                    <Link to={row.createdHref}>{row.created}</Link>
                  </td>
                  <td className="num">
                    {row.response === null ? (
                      <ValueOrNoData value={null} />
                    ) : (
                      <Link to={row.responseHref}>{row.response}</Link>
                    )}
                  </td>
                  <td className="num">
                    {row.resolution === null ? (
                      <ValueOrNoData value={null} />
                    ) : (
                      <Link to={row.resolutionHref}>{row.resolution}</Link>
                    )}
                  </td>
                  <td className="num">
                    <Link to={row.openBreachedHref}>{row.openBreached}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  )
}

export function TicketWave({
  page,
  detail,
}: {
  page: ServicePage
  detail: Pick<ServiceDetail, 'outages' | 'maintenance'>
}) {
  const wave = waveOf(page, detail)
  const bucket = t(page.created_bucket === 'hour' ? 'services:wave.hour' : 'services:wave.day')
  return (
    <section className="card" aria-labelledby="dienst-welle-titel">
      <h2 id="dienst-welle-titel">{t('services:wave.heading')}</h2>
      <Suspense fallback={<ChartSkeleton />}>
        <WaveChart wave={wave} caption={t('services:wave.caption', { bucket })} />
      </Suspense>
      {wave.bars.length === 0 ? (
        <p>{t('services:wave.empty')}</p>
      ) : (
        <details className="service-wave-table">
          <summary>{t('services:wave.tableCaption')}</summary>
          <TableScroll label={t('services:wave.tableCaption')}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('services:wave.at')}</th>
                  <th scope="col" className="num">
                    {t('services:wave.tickets')}
                  </th>
                  <th scope="col">{t('services:wave.duringOutage')}</th>
                </tr>
              </thead>
              <tbody>
                {page.created.map((bucketRow, index) => (
                  <tr key={bucketRow.at}>
                    <td>{formatInstant(bucketRow.at)}</td>
                    <td className="num">{bucketRow.tickets}</td>
                    <td>{t(wave.bars[index]?.duringOutage ? 'services:wave.yes' : 'services:wave.no')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </details>
      )}
    </section>
  )
}
