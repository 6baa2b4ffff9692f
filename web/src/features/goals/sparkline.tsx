/**
 * The 12-month trend of one KPI with its target as a dashed line. Months
 * without data are gaps, never 0. The numbers are in the table beside it.
 */
import { Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import { t } from '../../i18n'
import { type TrendRow, trendDomain } from './adapters'

const LINE = '#1f5fa8'
const TARGET = '#4a5563'

export function Sparkline({
  rows,
  target,
  label,
}: {
  rows: readonly TrendRow[]
  target: number
  label: string
}) {
  const domain = trendDomain(rows, target)
  return (
    // The chart repeats the trend table for sighted users; screen readers get the table.
    <div className="sparkline" aria-hidden="true" title={label}>
      <LineChart
        data={rows as TrendRow[]}
        responsive
        style={{ width: '100%', height: 84 }}
        margin={{ top: 6, right: 6, bottom: 0, left: 6 }}
        accessibilityLayer={false}
      >
        <XAxis dataKey="axis" hide />
        <YAxis domain={domain} hide />
        <ReferenceLine y={target} stroke={TARGET} strokeDasharray="4 3" ifOverflow="extendDomain" />
        <Tooltip
          formatter={(_value, _name, item) =>
            (item.payload as TrendRow).formatted ?? t('common:state.noData')
          }
          labelFormatter={(_label, payload) => (payload?.[0]?.payload as TrendRow | undefined)?.title ?? ''}
        />
        <Line
          type="linear"
          dataKey="value"
          name={t('goals:card.value')}
          stroke={LINE}
          strokeWidth={2}
          dot={{ r: 2.5, fill: LINE }}
          connectNulls={false}
          isAnimationActive={false}
        />
      </LineChart>
    </div>
  )
}
