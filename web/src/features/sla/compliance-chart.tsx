/**
 * Compliance per bucket as lines. A null bucket is a gap (connectNulls off)
 * and a lone value between gaps still shows as its dot. Loaded lazily: recharts
 * is most of the bundle.
 */
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import { GRID_PROPS, X_AXIS_PROPS, Y_AXIS_PROPS } from '../../components/chart-axes'
import { ChartFigure } from '../../components/chart-figure'
import { t } from '../../i18n'
import { formatInteger, formatPercent, percentOf } from '../../lib/format'
import { type ComplianceChart as Chart, type ChartRow, yDomain, yTicks } from './compliance'

// Each at least 3:1 against white (WCAG 1.4.11); dashes tell lines apart without colour.
const COLORS = [
  '#1f5fa8',
  '#b3530a',
  '#1d6b35',
  '#7b3fa0',
  '#a4161a',
  '#00758f',
  '#4a5563',
  '#8a5a00',
  '#c2185b',
  '#5d4037',
]
const DASHES = ['', '6 3', '2 3', '8 3 2 3']

export function seriesStyle(index: number): { color: string; dash: string } {
  return { color: COLORS[index % COLORS.length] ?? '#1f5fa8', dash: DASHES[index % DASHES.length] ?? '' }
}

export function ComplianceChart({
  chart,
  caption,
  target,
}: {
  chart: Chart
  caption: string
  target: number | undefined
}) {
  const domain = yDomain(chart, target)
  const hasPartial = chart.rows.some((row) => row.partial)
  const data = chart.rows.map((row) => ({ ...row, axisLabel: row.partial ? `${row.axis}*` : row.axis }))
  return (
    <ChartFigure
      caption={caption}
      note={
        <>
          {t('sla:chart.note')}
          {hasPartial ? ` * ${t('sla:chart.notePartial')}` : ''} {t('sla:chart.noteTable')}
        </>
      }
    >
      <LineChart
        data={data}
        responsive
        style={{ width: '100%', height: 340 }}
        margin={{ top: 12, right: 28, bottom: 0, left: 0 }}
      >
        <CartesianGrid {...GRID_PROPS} />
        <XAxis dataKey="axisLabel" {...X_AXIS_PROPS} />
        <YAxis
          domain={domain}
          ticks={yTicks(domain)}
          tickFormatter={(value: number) => percentOf(formatInteger(value))}
          {...Y_AXIS_PROPS}
          width={56}
        />
        <Tooltip
          formatter={(value) =>
            value === null || value === undefined ? t('common:state.noData') : formatPercent(Number(value))
          }
          labelFormatter={(_label, payload) => {
            const row = payload?.[0]?.payload as ChartRow | undefined
            if (!row) return ''
            return row.partial ? t('sla:chart.partial', { title: row.title }) : row.title
          }}
        />
        <Legend
          wrapperStyle={{ fontSize: 14 }}
          formatter={(value) => <span style={{ color: 'var(--text)' }}>{value}</span>}
        />
        {target !== undefined ? (
          <ReferenceLine
            y={target}
            stroke="#1c2430"
            strokeDasharray="4 4"
            ifOverflow="extendDomain"
            label={{
              value: t('sla:chart.target', { value: formatPercent(target) }),
              position: 'insideBottomRight',
              fill: '#1c2430',
              fontSize: 12,
            }}
          />
        ) : null}
        {chart.series.map((series, index) => {
          const style = seriesStyle(index)
          return (
            <Line
              key={series.key}
              dataKey={series.key}
              name={series.name}
              stroke={style.color}
              strokeWidth={2}
              strokeDasharray={style.dash}
              dot={{ r: 3, fill: style.color, strokeWidth: 0 }}
              activeDot={{ r: 5 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          )
        })}
      </LineChart>
    </ChartFigure>
  )
}
