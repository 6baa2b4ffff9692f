/**
 * The ministry's last 12 months: first response and resolution in time, and
 * availability, as lines on one percent axis. A month without data is a gap.
 * On paper the chart has a fixed size: print layout gives no time to measure.
 */
import { useEffect } from 'react'
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import { GRID_PROPS, X_AXIS_PROPS, Y_AXIS_PROPS } from '../../components/chart-axes'
import { ChartFigure } from '../../components/chart-figure'
import { t } from '../../i18n'
import { formatInteger, formatPercent, percentOf } from '../../lib/format'
import { seriesStyle } from '../sla/compliance-chart'
import type { TrendRow } from './verdict'

const SERIES = ['response', 'resolution', 'availability'] as const

/** From a round ten below the lowest value up to 100. */
function lowerBound(rows: readonly TrendRow[]): number {
  const values = rows.flatMap((row) => SERIES.map((key) => row[key])).filter((v): v is number => v !== null)
  return values.length === 0 ? 0 : Math.max(0, Math.floor((Math.min(...values) - 1) / 10) * 10)
}

export function TrendChart({
  rows,
  print,
  onDrawn,
}: {
  rows: readonly TrendRow[]
  print: boolean
  onDrawn: () => void
}) {
  useEffect(onDrawn, [onDrawn])
  const low = lowerBound(rows)
  const ticks = Array.from({ length: Math.round((100 - low) / 10) + 1 }, (_, i) => low + i * 10)
  return (
    <ChartFigure caption={t('report:verdict.trend.chartCaption')} note={t('report:verdict.trend.note')}>
      <div className={print ? 'verdict-chart-print' : undefined}>
        <LineChart
          data={[...rows]}
          {...(print
            ? { width: 640, height: 240 }
            : { responsive: true, style: { width: '100%', height: 280 } })}
          margin={{ top: 12, right: 28, bottom: 0, left: 0 }}
        >
          <CartesianGrid {...GRID_PROPS} />
          <XAxis dataKey="axis" {...X_AXIS_PROPS} interval={0} />
          <YAxis
            domain={[low, 100]}
            ticks={ticks}
            tickFormatter={(value: number) => percentOf(formatInteger(value))}
            {...Y_AXIS_PROPS}
            width={56}
          />
          <Tooltip
            formatter={(value) =>
              value === null || value === undefined ? t('common:state.noData') : formatPercent(Number(value))
            }
            labelFormatter={(_label, payload) => (payload?.[0]?.payload as TrendRow | undefined)?.title ?? ''}
          />
          <Legend
            wrapperStyle={{ fontSize: 14 }}
            formatter={(value) => <span style={{ color: 'var(--text)' }}>{value}</span>}
          />
          {SERIES.map((key, index) => {
            const style = seriesStyle(index)
            return (
              <Line
                key={key}
                dataKey={key}
                name={t(`report:verdict.trend.${key}`)}
                stroke={style.color}
                strokeWidth={2}
                strokeDasharray={style.dash}
                dot={{ r: 3, fill: style.color, strokeWidth: 0 }}
                connectNulls={false}
                isAnimationActive={false}
              />
            )
          })}
        </LineChart>
      </div>
    </ChartFigure>
  )
}
