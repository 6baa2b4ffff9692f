/** Satisfaction per month and ministry, by SLA outcome, and the survey comments. */
import { useId } from 'react'
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts'
import { MIN_MEANINGFUL_RESPONSES } from '../../../../shared/satisfaction'
import { ValueOrNoData } from '../../components/no-data'
import { TableScroll } from '../../components/table-scroll'
import { t } from '../../i18n'
import { formatInteger, percentOf } from '../../lib/format'
import type { CommentRow, OutcomeRow, SatisfactionRow } from './adapters'
import { WeakBadge } from './weak-badge'

function Weighted({ value, weak }: { value: string | null; weak: boolean }) {
  return (
    <>
      <ValueOrNoData value={value} />
      {weak ? <WeakBadge /> : null}
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
              <td className="num">
                <Weighted value={row.csat} weak={row.csatWeak} />
              </td>
              <td className="num">{row.csatResponses}</td>
              <td className="num">
                <Weighted value={row.nps} weak={row.npsWeak} />
              </td>
              <td className="num">{row.npsResponses}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
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
