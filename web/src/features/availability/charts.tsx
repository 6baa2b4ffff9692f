/**
 * The trend against the target and the budget burn-down. A null value is a
 * gap (connectNulls off). Loaded lazily: recharts is most of the bundle.
 */
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import { GRID_PROPS, X_AXIS_PROPS, Y_AXIS_PROPS } from '../../components/chart-axes'
import { ChartFigure } from '../../components/chart-figure'
import { t } from '../../i18n'
import { formatInteger, formatNumber, formatPercent, percentOf } from '../../lib/format'
import { axisTicks, type BurnDownRow, burnDownDomain, type TrendRow, trendDomain } from './detail'
import { formatAvailability, formatTarget } from './labels'

const LINE = '#1f5fa8'
const TARGET = '#1c2430'

const percentTick = (value: number) => percentOf(formatNumber(value, { max: 2 }))

function rowTitle(payload: ReadonlyArray<{ payload?: unknown }> | undefined): string {
  const row = payload?.[0]?.payload as { title?: string } | undefined
  return row?.title ?? ''
}

export function TrendChart({
  rows,
  target,
  caption,
}: {
  rows: readonly TrendRow[]
  target: number | null
  caption: string
}) {
  const domain = trendDomain(rows, target)
  return (
    <ChartFigure caption={caption} note={t('availability:trendChart.note')}>
      <LineChart
        data={[...rows]}
        responsive
        style={{ width: '100%', height: 320 }}
        margin={{ top: 12, right: 28, bottom: 0, left: 8 }}
      >
        <CartesianGrid {...GRID_PROPS} />
        <XAxis dataKey="axis" {...X_AXIS_PROPS} />
        <YAxis
          domain={domain}
          ticks={axisTicks(domain)}
          allowDataOverflow
          tickFormatter={percentTick}
          {...Y_AXIS_PROPS}
          width={64}
        />
        <Tooltip
          formatter={(value) =>
            value === null || value === undefined
              ? t('common:state.noData')
              : formatAvailability(Number(value))
          }
          labelFormatter={(_label, payload) => rowTitle(payload)}
        />
        {target !== null ? (
          <ReferenceLine
            y={target}
            stroke={TARGET}
            strokeDasharray="4 4"
            label={{
              value: t('availability:trendChart.target', { target: formatTarget(target) }),
              position: 'insideBottomRight',
              fill: TARGET,
              fontSize: 12,
            }}
          />
        ) : null}
        <Line
          dataKey="availability"
          name={t('availability:trendChart.line')}
          stroke={LINE}
          strokeWidth={2}
          dot={{ r: 3, fill: LINE, strokeWidth: 0 }}
          activeDot={{ r: 5 }}
          connectNulls={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ChartFigure>
  )
}

export function BurnDownChart({ rows, caption }: { rows: readonly BurnDownRow[]; caption: string }) {
  const domain = burnDownDomain(rows)
  return (
    <ChartFigure caption={caption} note={t('availability:burnDown.chartNote')}>
      <LineChart
        data={[...rows]}
        responsive
        style={{ width: '100%', height: 280 }}
        margin={{ top: 12, right: 28, bottom: 0, left: 8 }}
      >
        <CartesianGrid {...GRID_PROPS} />
        <XAxis dataKey="axis" {...X_AXIS_PROPS} />
        <YAxis
          domain={domain}
          ticks={axisTicks(domain)}
          tickFormatter={(value: number) => percentOf(formatInteger(value))}
          {...Y_AXIS_PROPS}
          width={64}
        />
        <Tooltip
          formatter={(value) =>
            value === null || value === undefined ? t('common:state.noData') : formatPercent(Number(value))
          }
          labelFormatter={(_label, payload) => rowTitle(payload)}
        />
        <ReferenceLine
          y={0}
          stroke="#a4161a"
          strokeWidth={1.5}
          label={{
            value: t('availability:burnDown.usedUp'),
            position: 'insideTopRight',
            fill: '#a4161a',
            fontSize: 12,
          }}
        />
        <Line
          dataKey="remaining"
          name={t('availability:burnDown.line')}
          stroke={LINE}
          strokeWidth={2}
          dot={{ r: 2.5, fill: LINE, strokeWidth: 0 }}
          activeDot={{ r: 5 }}
          connectNulls={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ChartFigure>
  )
}
