/**
 * The scorecard on top of "Ziele": one sentence over all KPIs and one row per
 * KPI, compact enough for all of them to fit a laptop screen. Each KPI's name
 * leads to the page that explains it; the trend has its month axis.
 */
import { Link } from 'react-router'
import { Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts'
import { TableScroll } from '../../components/table-scroll'
import { t } from '../../i18n'
import { trendDomain, trendRows } from './adapters'
import type { ScorecardRow } from './scorecard'
import { StatusBadge } from './status-badge'
import './scorecard.css'

const ARROWS = { up: '▲', down: '▼', same: '=' } as const

/** Twelve months: the axis names four of them, the first and the last included. */
function MiniTrend({ row }: { row: ScorecardRow }) {
  const rows = trendRows(row.kpi)
  const domain = trendDomain(rows, row.kpi.target)
  const ticks = rows.filter((_, index) => index % 4 === 0 || index === rows.length - 1).map((r) => r.axis)
  return (
    // The numbers are in the detail card's table below; the picture repeats them.
    <div className="mini-trend" aria-hidden="true">
      <LineChart
        data={rows}
        responsive
        style={{ width: '100%', height: 30 }}
        margin={{ top: 1, right: 18, bottom: 0, left: 18 }}
        accessibilityLayer={false}
      >
        <XAxis
          dataKey="axis"
          ticks={ticks}
          interval={0}
          tick={{ fill: '#4a5563', fontSize: 9 }}
          tickLine={false}
          axisLine={{ stroke: '#98a2ae' }}
          height={14}
        />
        <YAxis domain={domain} hide />
        <ReferenceLine y={row.kpi.target} stroke="#4a5563" strokeDasharray="3 3" ifOverflow="extendDomain" />
        <Line
          type="linear"
          dataKey="value"
          stroke="#1f5fa8"
          strokeWidth={1.5}
          dot={{ r: 1.5, fill: '#1f5fa8' }}
          connectNulls={false}
          isAnimationActive={false}
        />
      </LineChart>
    </div>
  )
}

export function Scorecard({ rows, summary }: { rows: readonly ScorecardRow[]; summary: string }) {
  return (
    <section className="card scorecard" aria-labelledby="scorecard-title">
      <h2 id="scorecard-title" className="visually-hidden">
        {t('goals:scorecard.title')}
      </h2>
      <p className="scorecard-summary">{summary}</p>
      <TableScroll label={t('goals:scorecard.caption')}>
        <table className="data-table scorecard-table">
          <caption className="visually-hidden">{t('goals:scorecard.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('goals:scorecard.columns.kpi')}</th>
              <th scope="col" className="num">
                {t('goals:scorecard.columns.value')}
              </th>
              <th scope="col" className="num">
                {t('goals:scorecard.columns.target')}
              </th>
              <th scope="col">{t('goals:scorecard.columns.status')}</th>
              <th scope="col" className="num">
                {t('goals:scorecard.columns.change')}
              </th>
              <th scope="col" className="trend-col">
                {t('goals:scorecard.columns.trend')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.goal}/${row.id}`} data-scorecard={row.id} data-status={row.status}>
                <th scope="row">
                  {row.href.startsWith('#') ? (
                    <a href={row.href}>{row.name}</a>
                  ) : (
                    <Link to={row.href}>{row.name}</Link>
                  )}
                </th>
                <td className="num scorecard-value">
                  {/* The date beside the value, not below it: a second line per row would push the last KPIs off the screen. */}
                  {row.asOf ? <span className="muted small scorecard-as-of">{row.asOf}</span> : null}
                  {row.value ?? '–'}
                </td>
                <td className="num">{row.target}</td>
                <td>
                  <StatusBadge status={row.status} />
                </td>
                <td className="num">
                  {row.change ? (
                    <span
                      className={`change change-${row.change.better === null ? 'same' : row.change.better ? 'better' : 'worse'}`}
                    >
                      <span aria-hidden="true">{ARROWS[row.change.direction]}</span> {row.change.text}
                      {row.change.better === null ? null : (
                        <span className="visually-hidden">
                          {' '}
                          ({row.change.better ? t('goals:scorecard.better') : t('goals:scorecard.worse')})
                        </span>
                      )}
                    </span>
                  ) : (
                    '–'
                  )}
                </td>
                <td className="trend-col">
                  <MiniTrend row={row} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  )
}
