/**
 * The cockpit's period in the URL, one parameter for three kinds:
 * `?zeitraum=2026-03` (month), `2026-Q1` (quarter) or `2026` (year).
 * Without one: the last complete month in Berlin.
 */

import { addMonthsToMonth, monthOf } from '../../../../shared/local-dates'
import type { Period } from '../../../../shared/period-presets'
import { t } from '../../i18n'
import { formatMonth } from '../../lib/format'

export type PeriodKind = 'month' | 'quarter' | 'year'

export interface GoalPeriod extends Period {
  kind: PeriodKind
  /** `2026-03`, `2026-Q1` or `2026` */
  value: string
  /** "März 2026", "1. Quartal 2026", "Jahr 2026" (en: "March 2026", "Q1 2026", "Year 2026") */
  label: string
}

/** "Monat", "Quartal", "Jahr" in the chosen language. */
export function kindLabel(kind: PeriodKind): string {
  return t(`goals:period.kinds.${kind}`)
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/
const QUARTER = /^(\d{4})-Q([1-4])$/
const YEAR = /^(\d{4})$/

/** A period value → the period, or undefined when it is not one. */
export function parseGoalPeriod(value: string | null | undefined): GoalPeriod | undefined {
  if (!value) return undefined
  const month = MONTH.exec(value)
  if (month) {
    return {
      kind: 'month',
      value,
      from: `${value}-01`,
      to: `${addMonthsToMonth(value, 1)}-01`,
      label: formatMonth(value),
    }
  }
  const quarter = QUARTER.exec(value)
  if (quarter) {
    const first = `${quarter[1]}-${String((Number(quarter[2]) - 1) * 3 + 1).padStart(2, '0')}`
    return {
      kind: 'quarter',
      value,
      from: `${first}-01`,
      to: `${addMonthsToMonth(first, 3)}-01`,
      label: t('goals:period.quarter', { quarter: quarter[2], year: quarter[1] }),
    }
  }
  const year = YEAR.exec(value)
  if (year) {
    return {
      kind: 'year',
      value,
      from: `${value}-01-01`,
      to: `${Number(value) + 1}-01-01`,
      label: t('goals:period.year', { year: value }),
    }
  }
  return undefined
}

/** The period a kind opens with: the last complete one of that kind (quarter, year), or last month. */
export function defaultPeriodValue(kind: PeriodKind, today: string): string {
  const lastMonth = addMonthsToMonth(monthOf(today), -1)
  if (kind === 'month') return lastMonth
  const year = Number(today.slice(0, 4))
  if (kind === 'year') return String(year - 1)
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1
  return quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`
}

/** `zeitraum`, the one parameter of the page. */
export function writeGoalPeriod(value: string): URLSearchParams {
  return new URLSearchParams({ zeitraum: value })
}

export function readGoalPeriod(params: URLSearchParams, today: string): GoalPeriod {
  return (
    parseGoalPeriod(params.get('zeitraum')) ??
    (parseGoalPeriod(defaultPeriodValue('month', today)) as GoalPeriod)
  )
}

export interface PeriodOption {
  value: string
  label: string
}

/**
 * The choices of one kind, newest first: 24 months, 8 quarters or 5 years up
 * to the running one (marked "laufend", en: "current"); a linked period outside them is kept.
 */
export function periodOptions(kind: PeriodKind, today: string, selected?: string): PeriodOption[] {
  const year = Number(today.slice(0, 4))
  const currentMonth = monthOf(today)
  const currentQuarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1
  let values: string[]
  let current: string
  if (kind === 'month') {
    values = Array.from({ length: 24 }, (_, i) => addMonthsToMonth(currentMonth, -i))
    current = currentMonth
  } else if (kind === 'quarter') {
    values = Array.from({ length: 8 }, (_, i) => {
      const index = year * 4 + (currentQuarter - 1) - i
      return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`
    })
    current = `${year}-Q${currentQuarter}`
  } else {
    values = Array.from({ length: 5 }, (_, i) => String(year - i))
    current = String(year)
  }
  const chosen = parseGoalPeriod(selected)
  if (chosen && chosen.kind === kind && !values.includes(chosen.value)) values.push(chosen.value)
  return values
    .sort()
    .reverse()
    .map((value) => {
      const label = parseGoalPeriod(value)?.label ?? value
      return { value, label: value === current ? t('goals:period.running', { label }) : label }
    })
}
