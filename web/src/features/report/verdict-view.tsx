/** The report's verdict: the summary, the key figures against their targets, the 12-month trend. */
import { lazy, Suspense } from 'react'
import { TableScroll } from '../../components/table-scroll'
import { t } from '../../i18n'
import type { Judgement, KeyFigure, TrendRow } from './verdict'
import { judgementLabel, trendCells } from './verdict'
import './verdict.css'

// recharts is most of the bundle: the chart comes when the report is shown.
const TrendChart = lazy(() => import('./verdict-chart').then((m) => ({ default: m.TrendChart })))

const SHAPES: Record<Judgement, string> = { met: '✓', missed: '✗', none: '–', noData: '–' }
const ARROWS = { up: '▲', down: '▼', same: '=' } as const

/** Met or missed as a word and a shape, never by colour alone. */
export function JudgementBadge({ judgement }: { judgement: Judgement }) {
  return (
    <span className={`judgement judgement-${judgement}`}>
      <span aria-hidden="true">{SHAPES[judgement]}</span> {judgementLabel(judgement)}
    </span>
  )
}

export function VerdictSummary({ text }: { text: string }) {
  return <p className="verdict-summary">{text}</p>
}

export function KeyFigures({ figures }: { figures: readonly KeyFigure[] }) {
  return (
    <section className="card report-group verdict" aria-labelledby="gruppe-ueberblick">
      <h2 id="gruppe-ueberblick">{t('report:verdict.title')}</h2>
      <TableScroll label={t('report:verdict.caption')}>
        <table className="data-table key-figures">
          <caption>{t('report:verdict.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report:verdict.columns.figure')}</th>
              <th scope="col" className="num">
                {t('report:verdict.columns.value')}
              </th>
              <th scope="col" className="num">
                {t('report:verdict.columns.target')}
              </th>
              <th scope="col">{t('report:verdict.columns.judgement')}</th>
              <th scope="col" className="num">
                {t('report:verdict.columns.previous')}
              </th>
              <th scope="col" className="num">
                {t('report:verdict.columns.change')}
              </th>
            </tr>
          </thead>
          <tbody>
            {figures.map((figure) => (
              <tr key={figure.id} data-figure={figure.id}>
                <th scope="row">{figure.label}</th>
                <td className="num">{figure.value ?? '–'}</td>
                <td className="num">{figure.target ?? '–'}</td>
                <td>
                  <JudgementBadge judgement={figure.judgement} />
                </td>
                <td className="num">{figure.previous ?? '–'}</td>
                <td className="num">
                  {figure.change ? (
                    <span className={`change change-${figure.change.direction}`}>
                      <span aria-hidden="true">{ARROWS[figure.change.direction]}</span> {figure.change.text}
                    </span>
                  ) : (
                    '–'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <details className="how-computed">
        <summary>{t('report:verdict.howComputed')}</summary>
        <p>{t('report:verdict.explanation')}</p>
      </details>
    </section>
  )
}

export function Trend({
  rows,
  print,
  onDrawn,
}: {
  rows: readonly TrendRow[]
  print: boolean
  onDrawn: () => void
}) {
  return (
    <section className="card report-group verdict-trend" aria-labelledby="gruppe-verlauf">
      <h2 id="gruppe-verlauf">{t('report:verdict.trend.caption')}</h2>
      <Suspense fallback={<div className="chart-placeholder" />}>
        <TrendChart rows={rows} print={print} onDrawn={onDrawn} />
      </Suspense>
      <details className="trend-table" open={print}>
        <summary>{t('report:verdict.trend.tableLabel')}</summary>
        <TableScroll label={t('report:verdict.trend.tableLabel')}>
          <table className="data-table">
            <caption className="visually-hidden">{t('report:verdict.trend.tableLabel')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report:verdict.trend.month')}</th>
                <th scope="col" className="num">
                  {t('report:verdict.trend.response')}
                </th>
                <th scope="col" className="num">
                  {t('report:verdict.trend.resolution')}
                </th>
                <th scope="col" className="num">
                  {t('report:verdict.trend.availability')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const cells = trendCells(row)
                return (
                  <tr key={row.month}>
                    <th scope="row">{row.title}</th>
                    <td className="num">{cells.response}</td>
                    <td className="num">{cells.resolution}</td>
                    <td className="num">{cells.availability}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </section>
  )
}
