/** The report's figure groups: value, counts behind it, how it is computed. */

import { Link } from 'react-router'
import { MIN_MEANINGFUL_RESPONSES } from '../../../../shared/satisfaction'
import { ValueOrNoData } from '../../components/no-data'
import { TableScroll } from '../../components/table-scroll'
import type { AvailabilityView, FigureGroup, FigureLink } from './adapters'

/** The tickets behind a figure, one link per count; not printed (a link on paper leads nowhere). */
function FigureLinks({ links }: { links: readonly FigureLink[] }) {
  return (
    <dd className="figure-links no-print">
      <span className="visually-hidden">Tickets anzeigen: </span>
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
                      <span className="figure-nodata">keine Daten</span>
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
                        title={`Weniger als ${MIN_MEANINGFUL_RESPONSES} Antworten`}
                      >
                        wenig aussagekräftig
                        <span className="visually-hidden">
                          {' '}
                          (weniger als {MIN_MEANINGFUL_RESPONSES} Antworten)
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
      <h2 id="gruppe-verfuegbarkeit">Verfügbarkeit</h2>
      <dl className="figures">
        <div className="figure" data-figure="availability_overall">
          <dt className="figure-label">Gesamt</dt>
          <dd className="figure-value">
            {availability.overall === null ? (
              <>
                <span aria-hidden="true">–</span>
                <span className="figure-nodata">keine Daten</span>
              </>
            ) : (
              availability.overall
            )}
          </dd>
          <dd className="figure-explanation">
            (verfügbar + eingeschränkt) ÷ (verfügbar + eingeschränkt + gestört) über alle Dienste des
            Ressorts, je in der Servicezeit seines SLA, ohne Wartungsfenster.
          </dd>
        </div>
      </dl>
      {rows.length === 0 ? (
        <p>Das Ressort hat keine Dienste abonniert.</p>
      ) : (
        <TableScroll label="Verfügbarkeit je Dienst, Tabelle">
          <table className="data-table availability-table">
            <caption>Verfügbarkeit je Dienst</caption>
            <thead>
              <tr>
                <th scope="col">Dienst</th>
                <th scope="col" className="num">
                  Verfügbarkeit
                </th>
                <th scope="col" className="num">
                  Ziel
                </th>
                <th scope="col">Ziel erreicht</th>
                <th scope="col" className="num">
                  Abdeckung
                </th>
                <th scope="col" className="num">
                  Ausfälle
                </th>
                <th scope="col" className="num">
                  MTTR
                </th>
                <th scope="col" className="num">
                  Fehlerbudget
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
                        {row.met === 'eingehalten' ? 'ja' : 'nein'}
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
      <p className="figure-explanation">
        Abdeckung: Anteil der Servicezeit mit Messwerten. Ausfälle und MTTR (mittlere Ausfalldauer):
        zusammenhängende Zeiten „gestört“ außerhalb von Wartungsfenstern. Fehlerbudget: vom Ziel erlaubte
        Störzeit, die noch übrig ist (negativ, wenn überzogen).
      </p>
    </section>
  )
}
