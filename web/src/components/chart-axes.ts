/**
 * The look the charts share: a horizontal grid, category labels along the
 * bottom that thin out rather than overlap, and a value axis without a line.
 * Spread into recharts' CartesianGrid, XAxis and YAxis.
 */
const AXIS_TEXT = '#4a5563'

export const GRID_PROPS = { vertical: false, stroke: '#e1e5ea' } as const

export const X_AXIS_PROPS = {
  tick: { fill: AXIS_TEXT, fontSize: 12 },
  tickLine: false,
  axisLine: { stroke: '#98a2ae' },
  interval: 'preserveStartEnd',
  minTickGap: 12,
} as const

export const Y_AXIS_PROPS = {
  tick: { fill: AXIS_TEXT, fontSize: 12 },
  tickLine: false,
  axisLine: false,
} as const
