/** Tickets created per hour or day, with outages and maintenance as bands above. Lazy: recharts. */
import { Bar, BarChart, CartesianGrid, ReferenceArea, Tooltip, XAxis, YAxis } from 'recharts'
import { GRID_PROPS, X_AXIS_PROPS, Y_AXIS_PROPS } from '../../components/chart-axes'
import { ChartFigure } from '../../components/chart-figure'
import { t } from '../../i18n'
import { formatInteger, formatTimestamp } from '../../lib/format'
import type { Wave } from './adapters'

const BAR = '#1f5fa8'
const OUTAGE = '#b3261e'
const MAINTENANCE = '#6b7280'

export function WaveChart({ wave, caption }: { wave: Wave; caption: string }) {
  const top = Math.max(1, ...wave.bars.map((bar) => bar.tickets))
  // The bands sit above the bars: from the top of the scale to a fifth above it.
  const ceiling = Math.ceil(top * 1.25) + 1
  return (
    <ChartFigure caption={caption} note={t('services:wave.note')}>
      <BarChart
        data={wave.bars}
        responsive
        style={{ width: '100%', height: 260 }}
        margin={{ top: 12, right: 28, bottom: 0, left: 8 }}
        barCategoryGap={0}
      >
        <CartesianGrid {...GRID_PROPS} />
        <XAxis
          dataKey="at"
          type="number"
          scale="time"
          domain={[wave.from, wave.to]}
          tickFormatter={(value: number) => formatTimestamp(value)}
          {...X_AXIS_PROPS}
        />
        <YAxis
          domain={[0, ceiling]}
          allowDecimals={false}
          tickFormatter={formatInteger}
          {...Y_AXIS_PROPS}
          width={40}
        />
        {wave.areas.map((area) => (
          <ReferenceArea
            key={`${area.kind}-${area.from}`}
            x1={area.from}
            x2={area.to}
            y1={top * 1.05}
            y2={ceiling}
            fill={area.kind === 'outage' ? OUTAGE : MAINTENANCE}
            fillOpacity={0.8}
            ifOverflow="hidden"
            label={undefined}
          />
        ))}
        <Tooltip
          labelFormatter={(value) => formatTimestamp(Number(value))}
          formatter={(value) => [value, t('services:wave.tickets')]}
        />
        <Bar
          dataKey="tickets"
          fill={BAR}
          name={t('services:wave.tickets')}
          isAnimationActive={false}
          maxBarSize={24}
          minPointSize={2}
        />
      </BarChart>
    </ChartFigure>
  )
}
