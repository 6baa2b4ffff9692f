/** The report's figure groups: value, counts behind it, how it is computed. */

import { Link } from 'react-router'
import { MIN_MEANINGFUL_RESPONSES } from '../../../../shared/satisfaction'
import { ValueOrNoData } from '../../components/no-data'
import { TableScroll } from '../../components/table-scroll'
import { t } from '../../i18n'
import type { AvailabilityView, FigureGroup, FigureLink } from './adapters'
import { JudgementBadge } from './verdict-view'

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
              </div>
            ))}
          </dl>
          <HowComputed
            terms={group.figures.map((figure) => ({ term: figure.label, text: figure.explanation }))}
          />
        </section>
      ))}
    </>
  )
}

/** The definitions and formulas behind a section, folded away: the page speaks plain words. */
export function HowComputed({ terms }: { terms: readonly { term: string; text: string }[] }) {
  return (
    <details className="how-computed">
      <summary>{t('report:verdict.howComputed')}</summary>
      <dl className="how-computed-terms">
        {terms.map((entry) => (
          <div key={entry.term}>
            <dt>{entry.term}</dt>
            <dd>{entry.text}</dd>
          </div>
        ))}
      </dl>
    </details>
  )
}

const AVAILABILITY_TERMS = [
  'availability',
  'overall',
  'target',
  'outages',
  'downtime',
  'allowed',
  'measured',
] as const

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
                <th scope="col">{t('report:availability.columns.judgement')}</th>
                <th scope="col" className="num">
                  {t('report:availability.columns.outages')}
                </th>
                <th scope="col" className="num">
                  {t('report:availability.columns.downtime')}
                </th>
                <th scope="col" className="num">
                  {t('report:availability.columns.allowed')}
                </th>
                <th scope="col" className="num">
                  {t('report:availability.columns.measured')}
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
                    {row.judgement === 'noData' ? (
                      <ValueOrNoData value={null} />
                    ) : (
                      <JudgementBadge judgement={row.judgement} />
                    )}
                  </td>
                  <td className="num">{row.outages}</td>
                  <td className="num">
                    <ValueOrNoData value={row.downtime} />
                  </td>
                  <td className="num">
                    <ValueOrNoData value={row.allowed} />
                  </td>
                  <td className="num">
                    <ValueOrNoData value={row.measured} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <HowComputed
        terms={AVAILABILITY_TERMS.map((term) => ({
          term: t(`report:availability.terms.${term}.term`),
          text: t(`report:availability.terms.${term}.text`),
        }))}
      />
    </section>
  )
}
