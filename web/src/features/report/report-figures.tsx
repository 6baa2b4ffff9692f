/** The report's figure groups: value, counts behind it, how it is computed. */

import { Link } from 'react-router'
import { MIN_MEANINGFUL_RESPONSES } from '../../../../shared/satisfaction'
import { ValueOrNoData } from '../../components/no-data'
import { TableScroll } from '../../components/table-scroll'
import { t } from '../../i18n'
import type { AvailabilityView, FigureGroup, FigureLink } from './adapters'

/** The tickets behind a figure, one link per count; not printed (a link on paper leads nowhere). */
function FigureLinks({ links }: { links: readonly FigureLink[] }) {
  return (
    <dd className="figure-links no-print">
      <span className="visually-hidden">{t('report:figures.showTickets')}</span>
      {links.map((link, index) => (
        <span key={link.text}>
          {index > 0 ? ' · ' : null}
          {link.href ? <Link to={link.href}>{link.text}</Link> : link.text}
        </span>
      ))}
    </dd>
  )
}

export function ReportFigures({ groups }: { groups: readonly FigureGroup[] }) {
  return (
    <>
      {groups.map((group) => (
        <section className="card report-group" key={group.id} aria-labelledby={`gruppe-${group.id}`}>
          <h2 id={`gruppe-${group.id}`}>{group.title}</h2>
          <dl className="figures">
            {group.figures.map((figure) => (
              <div className="figure" key={figure.id} data-figure={figure.id}>
                <dt className="figure-label">{figure.label}</dt>
                <dd className="figure-value">
                  {figure.value === null ? (
                    <>
                      <span aria-hidden="true">–</span>
                      <span className="figure-nodata">{t('report:figures.noData')}</span>
                    </>
                  ) : (
                    <>
                      {figure.value}
                      {figure.unit ? (
                        <>
                          {' '}
                          <span className="figure-unit">{figure.unit}</span>
                        </>
                      ) : null}
                    </>
                  )}
                </dd>
                {figure.detail || figure.weak ? (
                  <dd className="figure-detail">
                    {figure.detail}
                    {figure.weak ? (
                      <span
                        className="badge badge-warn"
                        title={t('report:figures.weakTitle', { n: MIN_MEANINGFUL_RESPONSES })}
                      >
                        {t('report:figures.weak')}
                        <span className="visually-hidden">
                          {t('report:figures.weakHidden', { n: MIN_MEANINGFUL_RESPONSES })}
                        </span>
                      </span>
                    ) : null}
                  </dd>
                ) : null}
                {figure.links ? <FigureLinks links={figure.links} /> : null}
                <dd className="figure-explanation">{figure.explanation}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  )
}

export function AvailabilityTable({ availability }: { availability: AvailabilityView }) {
  const rows = availability.services
  return (
    <section className="card report-group" aria-labelledby="gruppe-verfuegbarkeit">
      <h2 id="gruppe-verfuegbarkeit">{t('report:groups.availability')}</h2>
      <dl className="figures">
        <div className="figure" data-figure="availability_overall">
          <dt className="figure-label">{t('report:availability.overall')}</dt>
          <dd className="figure-value">
            {availability.overall === null ? (
              <>
                <span aria-hidden="true">–</span>
                <span className="figure-nodata">{t('report:figures.noData')}</span>
              </>
            ) : (
              availability.overall
            )}
          </dd>
          <dd className="figure-explanation">{t('report:availability.overallExplanation')}</dd>
        </div>
      </dl>
      {rows.length === 0 ? (
        <p>{t('report:availability.noServices')}</p>
      ) : (
        <TableScroll label={t('report:availability.tableLabel')}>
          <table className="data-table availability-table">
            <caption>{t('report:availability.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report:availability.columns.service')}</th>
                <th scope="col" className="num">
                  {t('report:availability.columns.availability')}
                </th>
                <th scope="col" className="num">
                  {t('report:availability.columns.target')}
                </th>
                <th scope="col">{t('report:availability.columns.met')}</th>
                <th scope="col" className="num">
                  {t('report:availability.columns.coverage')}
                </th>
                <th scope="col" className="num">
                  {t('report:availability.columns.outages')}
                </th>
                <th scope="col" className="num">
                  {t('report:availability.columns.mttr')}
                </th>
                <th scope="col" className="num">
                  {t('report:availability.columns.budget')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.service}>
                  <th scope="row">{row.name}</th>
                  <td className="num">
                    <ValueOrNoData value={row.availability} />
                  </td>
                  <td className="num">
                    <ValueOrNoData value={row.target} />
                  </td>
                  <td>
                    {row.met === null ? (
                      <ValueOrNoData value={null} />
                    ) : (
                      <span className={row.met === 'eingehalten' ? 'badge badge-ok' : 'badge badge-bad'}>
                        {row.met === 'eingehalten'
                          ? t('report:availability.yes')
                          : t('report:availability.no')}
                      </span>
                    )}
                  </td>
                  <td className="num">
                    <ValueOrNoData value={row.coverage} />
                  </td>
                  <td className="num">{row.outages}</td>
                  <td className="num">
                    <ValueOrNoData value={row.mttr} />
                  </td>
                  <td className="num">
                    <ValueOrNoData value={row.budget} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <p className="figure-explanation">{t('report:availability.explanation')}</p>
    </section>
  )
}
