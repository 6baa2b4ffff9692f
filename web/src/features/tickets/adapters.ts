/** Router outputs of `tickets.weekly` → chart and table rows. Pure, unit-tested. */

import { addDays, isoWeek } from '../../../../shared/local-dates'
import type { Period } from '../../../../shared/period-presets'
import { t } from '../../i18n'
import { formatDate, formatDayMonth } from '../../lib/format'
import type { RouterOutputs } from '../../trpc'

export type WeeklyTicketRow = RouterOutputs['tickets']['weekly'][number]

export interface WeekRow {
  /** Monday of the week, YYYY-MM-DD. */
  week: string
  /** Axis label: "KW 10", or "KW 10/26" when the period spans several years (en: "W10", "W10/26"). */
  label: string
  /** Table label: "KW 10/2026" (en: "Week 10/2026"). */
  title: string
  /** "02.03.–08.03.2026" (en: "02/03–08/03/2026") */
  range: string
  /** The week lies only partly in the period: its numbers cover fewer days. */
  partial: boolean
  created: number
  resolved: number
}

export interface Totals {
  created: number
  resolved: number
}

function weekRange(monday: string): string {
  const sunday = addDays(monday, 6)
  return monday.slice(0, 4) === sunday.slice(0, 4)
    ? `${formatDayMonth(monday)}–${formatDate(sunday)}`
    : `${formatDate(monday)}–${formatDate(sunday)}`
}

/** One row per week, summed over the ministries of the answer, oldest first. */
export function weekRows(rows: readonly WeeklyTicketRow[], period: Period): WeekRow[] {
  const byWeek = new Map<string, Totals>()
  for (const row of rows) {
    const sums = byWeek.get(row.week) ?? { created: 0, resolved: 0 }
    sums.created += row.created
    sums.resolved += row.resolved
    byWeek.set(row.week, sums)
  }
  const weeks = [...byWeek.keys()].sort()
  const years = new Set(weeks.map((week) => isoWeek(week).year))
  return weeks.map((week) => {
    const { year, week: number } = isoWeek(week)
    const sums = byWeek.get(week) ?? { created: 0, resolved: 0 }
    return {
      week,
      label:
        years.size > 1
          ? t('tickets:week.axisWithYear', { week: number, year: String(year).slice(2) })
          : t('tickets:week.axis', { week: number }),
      title: t('tickets:week.title', { week: number, year }),
      range: weekRange(week),
      partial: week < period.from || addDays(week, 7) > period.to,
      created: sums.created,
      resolved: sums.resolved,
    }
  })
}

export function totals(rows: readonly { created: number; resolved: number }[]): Totals {
  return rows.reduce(
    (sum, row) => ({ created: sum.created + row.created, resolved: sum.resolved + row.resolved }),
    {
      created: 0,
      resolved: 0,
    },
  )
}

export interface MinistryTotals extends Totals {
  customer: string
  name: string
}

/**
 * The period's totals per ministry, in catalog order. A ministry the catalog
 * overview does not name (it was renamed or removed) keeps its id as name.
 */
export function ministryTotals(
  rows: readonly WeeklyTicketRow[],
  customers: readonly { id: string; name: string }[],
): MinistryTotals[] {
  const sums = new Map<string, Totals>()
  for (const row of rows) {
    const sum = sums.get(row.customer) ?? { created: 0, resolved: 0 }
    sum.created += row.created
    sum.resolved += row.resolved
    sums.set(row.customer, sum)
  }
  const order = new Map(customers.map((customer, index) => [customer.id, index]))
  return [...sums.entries()]
    .map(([customer, sum]) => ({
      customer,
      name: customers.find((c) => c.id === customer)?.name ?? customer,
      ...sum,
    }))
    .sort(
      (a, b) =>
        (order.get(a.customer) ?? Number.MAX_SAFE_INTEGER) -
          (order.get(b.customer) ?? Number.MAX_SAFE_INTEGER) || a.customer.localeCompare(b.customer),
    )
}
