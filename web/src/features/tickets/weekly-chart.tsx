/** Created and resolved tickets per calendar week, as grouped bars. */
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts'
import { GRID_PROPS, X_AXIS_PROPS, Y_AXIS_PROPS } from '../../components/chart-axes'
import { ChartFigure } from '../../components/chart-figure'
import { t } from '../../i18n'
import { formatInteger } from '../../lib/format'
import type { WeekRow } from './adapters'

// Blue and dark orange: distinguishable with the common colour-vision
// deficiencies, both above 3:1 against white (WCAG 1.4.11).
// The names are read when drawn, so they follow the language.
export const SERIES = {
  created: {
    get name() {
      return t('tickets:figures.created')
    },
    color: '#1f5fa8',
  },
  resolved: {
    get name() {
      return t('tickets:figures.resolved')
    },
    color: '#b3530a',
  },
} as const

export function WeeklyChart({ weeks }: { weeks: readonly WeekRow[] }) {
  const data = weeks.map((week) => ({ ...week, axis: week.partial ? `${week.label}*` : week.label }))
  const hasPartial = weeks.some((week) => week.partial)
  return (
    <ChartFigure
      caption={t('tickets:chart.caption')}
      note={hasPartial ? t('tickets:chart.partialNote') : null}
    >
      <BarChart
        data={data}
        responsive
        style={{ width: '100%', height: 320 }}
        margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
        barGap={2}
        barCategoryGap="20%"
      >
        <CartesianGrid {...GRID_PROPS} />
        <XAxis dataKey="axis" {...X_AXIS_PROPS} />
        <YAxis
          allowDecimals={false}
          tickFormatter={(value: number) => formatInteger(value)}
          {...Y_AXIS_PROPS}
          width={48}
        />
        <Tooltip
          cursor={{ fill: 'rgba(31, 95, 168, 0.08)' }}
          formatter={(value) => formatInteger(Number(value))}
          labelFormatter={(_label, payload) => {
            const week = payload?.[0]?.payload as WeekRow | undefined
            if (!week) return ''
            return `${week.title} (${week.range})${week.partial ? t('tickets:chart.partialTooltip') : ''}`
          }}
        />
        {/* Legend text in the body colour: the series colours are for the swatches only. */}
        <Legend
          wrapperStyle={{ fontSize: 14 }}
          formatter={(value) => <span style={{ color: 'var(--text)' }}>{value}</span>}
        />
        <Bar
          dataKey="created"
          name={SERIES.created.name}
          fill={SERIES.created.color}
          isAnimationActive={false}
          radius={[2, 2, 0, 0]}
        />
        <Bar
          dataKey="resolved"
          name={SERIES.resolved.name}
          fill={SERIES.resolved.color}
          isAnimationActive={false}
          radius={[2, 2, 0, 0]}
        />
      </BarChart>
    </ChartFigure>
  )
}
