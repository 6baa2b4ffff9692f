/**
 * The status page: per service its state, the availability over the days and
 * one cell per day. The cells are images with a name and a tooltip; the same
 * figures stand in the table below for keyboard and screen-reader users.
 */
import './availability.css'
import './status-overview.css'
import { Link } from 'react-router'
import { ValueOrNoData } from '../../components/no-data'
import { TableToggle } from '../../components/table-toggle'
import { t } from '../../i18n'
import { formatDate, formatDecimal, percentOf } from '../../lib/format'
import { formatAvailability, formatTarget, stateLabel } from './labels'
import { serviceHref } from './params'
import { StateBadge } from './state-badge'
import { type CellTone, MIN_MINOR_BAND, minorBand, type StatusRow, toneLabel } from './status-bar'

const LEGEND_TONES: readonly CellTone[] = ['met', 'minor', 'major', 'unrated', 'closed', 'none']

/** The target the legend's example uses. */
const EXAMPLE_TARGET = 99.5

export function StatusLegend() {
  return (
    <div className="avail-legend-block">
      <ul className="avail-legend" aria-label={t('availability:overview.legend')}>
        {LEGEND_TONES.map((tone) => (
          <li key={tone}>
            <span className={`avail-cell avail-cell-${tone} avail-legend-swatch`} aria-hidden="true" />
            {toneLabel(tone)}
          </li>
        ))}
      </ul>
      <p className="small muted">
        {t('availability:overview.legendNote', {
          target: formatTarget(EXAMPLE_TARGET),
          lowest: percentOf(formatDecimal(EXAMPLE_TARGET - minorBand(EXAMPLE_TARGET))),
          points: formatDecimal(MIN_MINOR_BAND),
        })}
      </p>
    </div>
  )
}

/** "Tage: 2 Ziel erreicht, 1 deutlich verfehlt, 87 ohne Daten": only the tones that occur. */
function toneSummary(row: StatusRow): string {
  const parts = LEGEND_TONES.filter((tone) => row.counts[tone] > 0).map((tone) =>
    t(`availability:toneCount.${tone}`, { count: row.counts[tone] }),
  )
  return t('availability:overview.summary', { parts: parts.join(', ') })
}

export function StatusList({ rows, customer }: { rows: readonly StatusRow[]; customer: string | undefined }) {
  return (
    <ul className="avail-services">
      {rows.map((row) => (
        <li key={row.service} className="avail-service">
          <div className="avail-service-head">
            <h3 className="avail-service-name">
              <Link to={serviceHref(row.service, customer)}>{row.name}</Link>
            </h3>
            <StateBadge state={row.state.state} since={row.state.since} lastCheck={row.state.lastCheck} />
            <p className="avail-service-figure">
              <span className="avail-figure-value">
                <ValueOrNoData
                  value={row.availability === null ? null : formatAvailability(row.availability)}
                />
              </span>{' '}
              <span className="muted">
                {row.target === null
                  ? t('availability:overview.noTarget')
                  : t('availability:overview.target', { target: formatTarget(row.target) })}
                {row.met === null
                  ? ''
                  : row.met
                    ? t('availability:overview.met')
                    : t('availability:overview.missed')}
              </span>
            </p>
          </div>
          <ol className="avail-bar" aria-label={t('availability:overview.barLabel', { name: row.name })}>
            {row.cells.map((cell) => (
              <li key={cell.date}>
                <span
                  role="img"
                  className={`avail-cell avail-cell-${cell.tone}`}
                  aria-label={cell.label}
                  title={cell.title}
                />
              </li>
            ))}
          </ol>
          <p className="avail-bar-axis" aria-hidden="true">
            <span>{row.cells[0] ? formatDate(row.cells[0].date) : ''}</span>
            <span>{t('availability:overview.today')}</span>
          </p>
          <p className="avail-bar-summary small">{toneSummary(row)}</p>
        </li>
      ))}
    </ul>
  )
}

/** The bar as a table: one row per service and day. */
export function StatusTable({ rows }: { rows: readonly StatusRow[] }) {
  return (
    <TableToggle>
      {rows.map((row) => (
        <div className="table-scroll" key={row.service}>
          <table className="data-table avail-day-table">
            <caption>
              {t('availability:overview.tableCaption', {
                name: row.name,
                state: stateLabel(row.state.state),
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('availability:overview.day')}</th>
                <th scope="col" className="num">
                  {t('availability:overview.availability')}
                </th>
                <th scope="col">{t('availability:overview.rating')}</th>
                <th scope="col">{t('availability:overview.details')}</th>
              </tr>
            </thead>
            <tbody>
              {[...row.cells].reverse().map((cell) => (
                <tr key={cell.date}>
                  <th scope="row">{formatDate(cell.date)}</th>
                  <td className="num">
                    <ValueOrNoData
                      value={cell.availability === null ? null : formatAvailability(cell.availability)}
                    />
                  </td>
                  <td>{toneLabel(cell.tone)}</td>
                  <td className="small">{cell.title.split('\n').slice(2).join(' · ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </TableToggle>
  )
}
