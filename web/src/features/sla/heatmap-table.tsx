/**
 * Ressort × Dienst as a table: each cell prints its rate and links to the
 * tickets behind it, with the number of tickets below; the colour only repeats
 * the number (bands in the legend), and a cell of few tickets is drawn weaker.
 */
import './sla.css'
import './heatmap.css'
import { Link } from 'react-router'
import { t } from '../../i18n'
import { formatInteger } from '../../lib/format'
import { FEW_TICKETS, HEAT_BANDS, type Heatmap, heatBandLabel } from './heatmap'

export function HeatmapTable({ map }: { map: Heatmap }) {
  return (
    <>
      <div className="table-scroll">
        <table className="heatmap">
          <caption className="visually-hidden">{t('sla:heatmap.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="heatmap-corner">
                {t('sla:words.customer')}
              </th>
              {map.services.map((service) => (
                <th scope="col" key={service.id} className="heatmap-service">
                  <span className="heatmap-service-name">{service.name}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {map.rows.map((row) => (
              <tr key={row.customer}>
                <th scope="row" className="heatmap-customer">
                  {row.name}
                </th>
                {row.cells.map((cell) => (
                  <td
                    key={cell.service}
                    className={`heat heat-${cell.band ?? 'none'}${cell.few ? ' heat-few' : ''}`}
                    title={cell.label}
                  >
                    {cell.href ? (
                      <Link to={cell.href}>
                        <span className="heat-value" aria-hidden="true">
                          {cell.text}
                        </span>
                        <span className="heat-count" aria-hidden="true">
                          {formatInteger(cell.tickets)}
                        </span>
                        <span className="visually-hidden">
                          {t('sla:words.showTickets', { what: cell.label })}
                        </span>
                      </Link>
                    ) : (
                      <>
                        <span aria-hidden="true">{cell.text}</span>
                        <span className="visually-hidden">{cell.label}</span>
                      </>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="heat-legend" aria-label={t('sla:heatmap.scale')}>
        {HEAT_BANDS.map((band) => (
          <li key={band.band}>
            <span className={`heat-swatch heat-${band.band}`} aria-hidden="true" />
            {heatBandLabel(band.band)}
          </li>
        ))}
        <li>
          <span className="heat-swatch heat-none" aria-hidden="true" />
          {t('sla:heatmap.none')}
        </li>
        <li>
          <span className="heat-swatch heat-b95 heat-few" aria-hidden="true" />
          {t('sla:heatmap.few', { n: formatInteger(FEW_TICKETS) })}
        </li>
        <li>{t('sla:heatmap.counts')}</li>
      </ul>
    </>
  )
}
