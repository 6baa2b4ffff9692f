/**
 * Ressort × Dienst as a table: each cell prints its rate and links to the
 * tickets behind it; the colour only repeats the number (bands in the legend).
 */
import { Link } from 'react-router'
import { HEAT_BANDS, type Heatmap } from './heatmap'

export function HeatmapTable({ map }: { map: Heatmap }) {
  return (
    <>
      <div className="table-scroll">
        <table className="heatmap">
          <caption className="visually-hidden">
            Lösung eingehalten in Prozent je Ressort und Dienst; Zeilen: Ressorts, Spalten: Dienste
          </caption>
          <thead>
            <tr>
              <th scope="col" className="heatmap-corner">
                Ressort
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
                  <td key={cell.service} className={`heat heat-${cell.band ?? 'none'}`} title={cell.label}>
                    {cell.href ? (
                      <Link to={cell.href} aria-label={`${cell.label}: Tickets anzeigen`}>
                        {cell.text}
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
      <ul className="heat-legend" aria-label="Farbskala">
        {HEAT_BANDS.map((band) => (
          <li key={band.band}>
            <span className={`heat-swatch heat-${band.band}`} aria-hidden="true" />
            {band.label}
          </li>
        ))}
        <li>
          <span className="heat-swatch heat-none" aria-hidden="true" />
          keine gelösten Tickets
        </li>
      </ul>
    </>
  )
}
