/** Satisfaction per month and ministry, by SLA outcome, and the survey comments. */
import './satisfaction.css'
import { useId } from 'react'
import { Bar, BarChart, CartesianGrid, ComposedChart, LabelList, Line, XAxis, YAxis } from 'recharts'
import { MIN_MEANINGFUL_RESPONSES } from '../../../../shared/satisfaction'
import { GRID_PROPS, X_AXIS_PROPS, Y_AXIS_PROPS } from '../../components/chart-axes'
import { ChartFigure } from '../../components/chart-figure'
import { ValueOrNoData } from '../../components/no-data'
import { TableScroll } from '../../components/table-scroll'
import { TableToggle } from '../../components/table-toggle'
import { t } from '../../i18n'
import { formatInteger, percentOf } from '../../lib/format'
import type { CommentRow, OutcomeRow, SatisfactionRow, TrendPoint } from './adapters'
import { WeakBadge } from './weak-badge'

function Weighted({ value, weak }: { value: string | null; weak: boolean }) {
  return (
    <>
      <ValueOrNoData value={value} />
      {weak ? <WeakBadge /> : null}
    </>
  )
}

/** The four score columns the month tables share: CSAT and NPS, each with its responses. */
function ScoreHeads() {
  return (
    <>
      <th scope="col" className="num">
        {t('satisfaction:summary.csat')}
      </th>
      <th scope="col" className="num">
        {t('satisfaction:summary.csatAnswers')}
      </th>
      <th scope="col" className="num">
        {t('satisfaction:summary.nps')}
      </th>
      <th scope="col" className="num">
        {t('satisfaction:summary.npsAnswers')}
      </th>
    </>
  )
}

function ScoreCells(scores: {
  csat: string | null
  csatWeak: boolean
  csatResponses: string
  nps: string | null
  npsWeak: boolean
  npsResponses: string
}) {
  return (
    <>
      <td className="num">
        <Weighted value={scores.csat} weak={scores.csatWeak} />
      </td>
      <td className="num">{scores.csatResponses}</td>
      <td className="num">
        <Weighted value={scores.nps} weak={scores.npsWeak} />
      </td>
      <td className="num">{scores.npsResponses}</td>
    </>
  )
}

export function SummaryTable({ rows, byService }: { rows: readonly SatisfactionRow[]; byService: boolean }) {
  return (
    <TableScroll label={t('satisfaction:summary.tableLabel')}>
      <table className="data-table satisfaction-table">
        <caption>
          {byService ? t('satisfaction:summary.captionByService') : t('satisfaction:summary.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('satisfaction:summary.month')}</th>
            <th scope="col">{t('satisfaction:summary.ministry')}</th>
            {byService ? <th scope="col">{t('satisfaction:summary.service')}</th> : null}
            <ScoreHeads />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="nowrap">
                {row.monthLabel}
              </th>
              <td>{row.customerName}</td>
              {byService ? <td>{row.serviceName}</td> : null}
              <ScoreCells
                csat={row.csat}
                csatWeak={row.csatWeak}
                csatResponses={row.csatResponses}
                nps={row.nps}
                npsWeak={row.npsWeak}
                npsResponses={row.npsResponses}
              />
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}

const CSAT_LINE = '#1f5fa8'
const NPS_LINE = '#9a4708'
const RESPONSE_BAR = '#d5dde6'

/** A month's dot: filled when meaningful, hollow when from too few responses. */
function dot(color: string, weakKey: 'csatWeak' | 'npsWeak') {
  return (props: { cx?: number; cy?: number; payload?: TrendPoint; index?: number }) => {
    const { cx, cy, payload, index } = props
    if (cx === undefined || cy === undefined || !payload) return <g key={index} />
    const weak = payload[weakKey]
    return (
      <circle
        key={index}
        cx={cx}
        cy={cy}
        r={weak ? 5 : 4}
        stroke={color}
        strokeWidth={2}
        fill={weak ? '#fff' : color}
        data-weak={weak ? 'true' : 'false'}
      />
    )
  }
}

/** CSAT and NPS per month as lines over the responses as bars; the same figures in the table below. */
export function TrendChart({ points }: { points: readonly TrendPoint[] }) {
  return (
    <>
      <ChartFigure
        caption={t('satisfaction:trend.caption')}
        note={t('satisfaction:trend.note', { n: MIN_MEANINGFUL_RESPONSES })}
      >
        <div aria-hidden="true" className="satisfaction-trend">
          <ComposedChart
            data={points as TrendPoint[]}
            responsive
            style={{ width: '100%', height: 280 }}
            margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
            accessibilityLayer={false}
          >
            <CartesianGrid {...GRID_PROPS} />
            <XAxis dataKey="label" {...X_AXIS_PROPS} />
            <YAxis
              yAxisId="score"
              domain={[-100, 100]}
              ticks={[-100, -50, 0, 50, 100]}
              width={40}
              {...Y_AXIS_PROPS}
            />
            <YAxis
              yAxisId="responses"
              orientation="right"
              allowDecimals={false}
              width={40}
              {...Y_AXIS_PROPS}
            />
            <Bar
              yAxisId="responses"
              dataKey="responses"
              name={t('satisfaction:trend.responses')}
              fill={RESPONSE_BAR}
              isAnimationActive={false}
            />
            <Line
              yAxisId="score"
              dataKey="csat"
              name={t('satisfaction:trend.csat')}
              stroke={CSAT_LINE}
              strokeWidth={2}
              dot={dot(CSAT_LINE, 'csatWeak')}
              isAnimationActive={false}
            />
            <Line
              yAxisId="score"
              dataKey="nps"
              name={t('satisfaction:trend.nps')}
              stroke={NPS_LINE}
              strokeWidth={2}
              strokeDasharray="6 3"
              dot={dot(NPS_LINE, 'npsWeak')}
              isAnimationActive={false}
            />
          </ComposedChart>
        </div>
        <ul className="chart-legend satisfaction-legend">
          <li>
            <span className="legend-line" style={{ borderColor: CSAT_LINE }} aria-hidden="true" />
            {t('satisfaction:trend.csat')}
          </li>
          <li>
            <span
              className="legend-line legend-line-dashed"
              style={{ borderColor: NPS_LINE }}
              aria-hidden="true"
            />
            {t('satisfaction:trend.nps')}
          </li>
          <li>
            <span className="legend-bar" style={{ background: RESPONSE_BAR }} aria-hidden="true" />
            {t('satisfaction:trend.responses')}
          </li>
        </ul>
      </ChartFigure>
      <TableToggle>
        <TableScroll label={t('satisfaction:trend.tableCaption')}>
          <table className="data-table satisfaction-trend-table">
            <caption>{t('satisfaction:trend.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('satisfaction:trend.month')}</th>
                <ScoreHeads />
              </tr>
            </thead>
            <tbody>
              {[...points].reverse().map((point) => (
                <tr key={point.month}>
                  <th scope="row" className="nowrap">
                    {point.label}
                  </th>
                  <ScoreCells
                    csat={point.csatText}
                    csatWeak={point.csatWeak}
                    csatResponses={formatInteger(point.csatResponses)}
                    nps={point.npsText}
                    npsWeak={point.npsWeak}
                    npsResponses={formatInteger(point.npsResponses)}
                  />
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </TableToggle>
    </>
  )
}

const BAR = '#1f5fa8'
const AXIS = '#4a5563'

export function OutcomeChart({ rows }: { rows: readonly OutcomeRow[] }) {
  const captionId = useId()
  const shown = rows.filter((row) => row.outcome === 'met' || row.outcome === 'breached')
  return (
    <div className="outcome">
      <figure className="chart outcome-chart" aria-labelledby={captionId}>
        <figcaption id={captionId} className="chart-caption">
          {t('satisfaction:outcome.chartCaption')}
        </figcaption>
        {/* The table below carries the same numbers for screen readers. */}
        <div className="outcome-frame" aria-hidden="true">
          <BarChart
            data={shown as OutcomeRow[]}
            layout="vertical"
            responsive
            style={{ width: '100%', height: 120 }}
            margin={{ top: 4, right: 64, bottom: 4, left: 8 }}
            accessibilityLayer={false}
          >
            <CartesianGrid horizontal={false} stroke="#e1e5ea" />
            <XAxis
              type="number"
              domain={[0, 100]}
              ticks={[0, 25, 50, 75, 100]}
              tickFormatter={(value: number) => percentOf(formatInteger(value))}
              tick={{ fill: AXIS, fontSize: 12 }}
            />
            <YAxis type="category" dataKey="label" width={120} tick={{ fill: AXIS, fontSize: 13 }} />
            <Bar dataKey="csat" fill={BAR} isAnimationActive={false} barSize={22}>
              <LabelList dataKey="formatted" position="right" style={{ fill: 'var(--text)', fontSize: 13 }} />
            </Bar>
          </BarChart>
        </div>
      </figure>
      <TableScroll label={t('satisfaction:outcome.caption')}>
        <table className="data-table">
          <caption>{t('satisfaction:outcome.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('satisfaction:outcome.ticket')}</th>
              <th scope="col" className="num">
                {t('satisfaction:outcome.csat')}
              </th>
              <th scope="col" className="num">
                {t('satisfaction:outcome.answers')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.outcome} data-outcome={row.outcome}>
                <th scope="row">{row.label}</th>
                <td className="num">
                  <Weighted value={row.formatted} weak={row.weak} />
                </td>
                <td className="num">{row.responses}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="chart-note">{t('satisfaction:outcome.note', { n: MIN_MEANINGFUL_RESPONSES })}</p>
    </div>
  )
}

export function CommentList({ comments }: { comments: readonly CommentRow[] }) {
  return (
    <ol className="comment-list">
      {comments.map((c) => (
        <li key={c.id} className="comment">
          <p className="comment-meta">
            <span>{t('satisfaction:comment.when', { when: c.when })}</span> · <span>{c.customerName}</span>
            {c.serviceName ? <> · {c.serviceName}</> : null}
            {c.ticket ? <> · {t('satisfaction:comment.ticket', { ticket: c.ticket })}</> : null} ·{' '}
            <strong>{c.score}</strong>
          </p>
          <blockquote className="comment-text">{c.comment}</blockquote>
        </li>
      ))}
    </ol>
  )
}
