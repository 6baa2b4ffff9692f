/**
 * The trend against the target and the budget burn-down. A null value is a
 * gap (connectNulls off). Loaded lazily: recharts is most of the bundle.
 */
import { useId } from 'react'
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import { formatDecimal, formatInteger } from '../../lib/format'
import { axisTicks, type BurnDownRow, burnDownDomain, type TrendRow, trendDomain } from './detail'
import { formatAvailability, formatTarget } from './labels'

const AXIS = '#4a5563'
const LINE = '#1f5fa8'
const TARGET = '#1c2430'

const percentTick = (value: number) => `${value.toLocaleString('de-DE', { maximumFractionDigits: 2 })} %`

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
  const captionId = useId()
  const domain = trendDomain(rows, target)
  return (
    <figure className="chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="chart-caption">
        {caption}
      </figcaption>
      <div className="chart-frame">
        <LineChart
          data={[...rows]}
          responsive
          style={{ width: '100%', height: 320 }}
          margin={{ top: 12, right: 28, bottom: 0, left: 8 }}
        >
          <CartesianGrid vertical={false} stroke="#e1e5ea" />
          <XAxis
            dataKey="axis"
            tick={{ fill: AXIS, fontSize: 12 }}
            tickLine={false}
            axisLine={{ stroke: '#98a2ae' }}
            interval="preserveStartEnd"
            minTickGap={12}
          />
          <YAxis
            domain={domain}
            ticks={axisTicks(domain)}
            allowDataOverflow
            tickFormatter={percentTick}
            tick={{ fill: AXIS, fontSize: 12 }}
            tickLine={false}
            axisLine={false}
            width={64}
          />
          <Tooltip
            formatter={(value) =>
              value === null || value === undefined ? 'keine Daten' : formatAvailability(Number(value))
            }
            labelFormatter={(_label, payload) => rowTitle(payload)}
          />
          {target !== null ? (
            <ReferenceLine
              y={target}
              stroke={TARGET}
              strokeDasharray="4 4"
              label={{
                value: `Ziel ${formatTarget(target)}`,
                position: 'insideBottomRight',
                fill: TARGET,
                fontSize: 12,
              }}
            />
          ) : null}
          <Line
            dataKey="availability"
            name="Verfügbarkeit"
            stroke={LINE}
            strokeWidth={2}
            dot={{ r: 3, fill: LINE, strokeWidth: 0 }}
            activeDot={{ r: 5 }}
            connectNulls={false}
            isAnimationActive={false}
          />
        </LineChart>
      </div>
      <p className="chart-note">
        Durchgezogene Linie: Verfügbarkeit; gestrichelt: Ziel. Zeiträume ohne Messwerte bleiben als Lücke
        frei. Die Zahlen stehen in der Tabelle darunter.
      </p>
    </figure>
  )
}

export function BurnDownChart({ rows, caption }: { rows: readonly BurnDownRow[]; caption: string }) {
  const captionId = useId()
  const domain = burnDownDomain(rows)
  return (
    <figure className="chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="chart-caption">
        {caption}
      </figcaption>
      <div className="chart-frame">
        <LineChart
          data={[...rows]}
          responsive
          style={{ width: '100%', height: 280 }}
          margin={{ top: 12, right: 28, bottom: 0, left: 8 }}
        >
          <CartesianGrid vertical={false} stroke="#e1e5ea" />
          <XAxis
            dataKey="axis"
            tick={{ fill: AXIS, fontSize: 12 }}
            tickLine={false}
            axisLine={{ stroke: '#98a2ae' }}
            interval="preserveStartEnd"
            minTickGap={12}
          />
          <YAxis
            domain={domain}
            ticks={axisTicks(domain)}
            tickFormatter={(value: number) => `${formatInteger(value)} %`}
            tick={{ fill: AXIS, fontSize: 12 }}
            tickLine={false}
            axisLine={false}
            width={64}
          />
          <Tooltip
            formatter={(value) =>
              value === null || value === undefined ? 'keine Daten' : `${formatDecimal(Number(value))} %`
            }
            labelFormatter={(_label, payload) => rowTitle(payload)}
          />
          <ReferenceLine
            y={0}
            stroke="#a4161a"
            strokeWidth={1.5}
            label={{
              value: 'Budget aufgebraucht',
              position: 'insideTopRight',
              fill: '#a4161a',
              fontSize: 12,
            }}
          />
          <Line
            dataKey="remaining"
            name="Restbudget"
            stroke={LINE}
            strokeWidth={2}
            dot={{ r: 2.5, fill: LINE, strokeWidth: 0 }}
            activeDot={{ r: 5 }}
            connectNulls={false}
            isAnimationActive={false}
          />
        </LineChart>
      </div>
      <p className="chart-note">
        Restliches Fehlerbudget am Ende jedes Tages, in Prozent des im Zeitraum erlaubten Ausfalls. Unter der
        0-Linie ist das Budget überzogen. Die Zahlen stehen in der Tabelle darunter.
      </p>
    </figure>
  )
}
