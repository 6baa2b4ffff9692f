/**
 * The status page bar: one cell per local day. The tone says how far the day
 * fell short of the target, measured in error budgets so a strict target and
 * a loose one read alike:
 * - `met`: availability >= target;
 * - `minor`: missed by at most one budget, i.e. availability >= target - (100 - target)
 *   (at least 0.1 percentage points, so a 100 % target still has a "little" band);
 * - `major`: missed by more;
 * - `unrated`: measured, but the view has no target;
 * - `closed`: the day holds no agreed service time ("keine Servicezeit"), so nothing is owed;
 * - `none`: service time, but no known time in it (grey, "keine Daten": a monitoring gap).
 * The words follow the current language.
 */
import { t } from '../../i18n'
import { formatDate, formatInteger } from '../../lib/format'
import { formatAvailability, formatMinutes, formatTarget, type Overview, type OverviewDay } from './labels'

export type CellTone = 'met' | 'minor' | 'major' | 'unrated' | 'closed' | 'none'

/** Smallest "missed by little" band in percentage points. */
export const MIN_MINOR_BAND = 0.1

/** "Ziel erreicht", "Ziel knapp verfehlt" … in the current language. */
export function toneLabel(tone: CellTone): string {
  return t(`availability:tone.${tone}`)
}

/** How far short of the target a day may fall and still count as "knapp". */
export function minorBand(target: number): number {
  return Math.max(100 - target, MIN_MINOR_BAND)
}

export function cellTone(availability: number | null, target: number | null): CellTone {
  if (availability === null) return 'none'
  if (target === null) return 'unrated'
  if (availability >= target) return 'met'
  return target - availability <= minorBand(target) ? 'minor' : 'major'
}

export interface StatusCell {
  date: string
  tone: CellTone
  availability: number | null
  /** Short accessible name: "12.03.2026: 99,31 %, Ziel knapp verfehlt". */
  label: string
  /** Long tooltip: every figure of the day, one a line. */
  title: string
}

export function statusCell(
  date: string,
  day: OverviewDay | null,
  target: number | null,
  serviceTime = true,
): StatusCell {
  const shown = formatDate(date)
  if (day === null && !serviceTime) {
    return {
      date,
      tone: 'closed',
      availability: null,
      label: t('availability:cell.labelClosed', { date: shown }),
      title: `${shown}\n${t('availability:cell.closed')}`,
    }
  }
  if (day === null) {
    return {
      date,
      tone: 'none',
      availability: null,
      label: t('availability:cell.labelNoData', { date: shown }),
      title: `${shown}\n${t('availability:cell.noData')}`,
    }
  }
  const tone = cellTone(day.availability, target)
  const availability = formatAvailability(day.availability)
  const lines = [
    shown,
    target === null
      ? t('availability:cell.availability', { availability })
      : t('availability:cell.availabilityWithTarget', { availability, target: formatTarget(target) }),
    t('availability:cell.coverage', {
      coverage: day.coverage === null ? t('availability:cell.noData') : formatAvailability(day.coverage),
    }),
    t('availability:cell.downtime', { duration: formatMinutes(day.down_minutes) }),
    t('availability:cell.outages', { count: day.outages, formatted: formatInteger(day.outages) }),
  ]
  return {
    date,
    tone,
    availability: day.availability,
    label: t('availability:cell.label', { date: shown, availability, tone: toneLabel(tone) }),
    title: lines.join('\n'),
  }
}

export interface StatusRow {
  service: string
  name: string
  state: OverviewServiceState
  target: number | null
  availability: number | null
  met: boolean | null
  coverage: number | null
  cells: StatusCell[]
  /** Days per tone, for the row's summary line. */
  counts: Record<CellTone, number>
}

type OverviewServiceState = {
  state: Overview['services'][number]['state']
  since: string | null
  /** The newest check when the state is unknown. */
  lastCheck: string | null
}

export type StatusOrder = 'catalog' | 'below-target'

/**
 * "Below target first": missed services by how far they fall short, then
 * those without a verdict, then the met ones; ties keep the catalog order.
 */
export function orderRows(rows: readonly StatusRow[], order: StatusOrder): StatusRow[] {
  if (order === 'catalog') return [...rows]
  const rank = (row: StatusRow) => (row.met === false ? 0 : row.met === null ? 1 : 2)
  const shortfall = (row: StatusRow) =>
    row.met === false && row.target !== null && row.availability !== null ? row.target - row.availability : 0
  return [...rows].sort((a, b) => rank(a) - rank(b) || shortfall(b) - shortfall(a))
}

/** "18 von 20 Diensten im Ziel": services met of all; those without a verdict are counted apart. */
export function targetSummary(rows: readonly StatusRow[]): { met: number; count: number; unrated: number } {
  return {
    met: rows.filter((row) => row.met === true).length,
    count: rows.length,
    unrated: rows.filter((row) => row.met === null).length,
  }
}

export function statusRows(overview: Overview): StatusRow[] {
  return overview.services.map((service) => {
    const target = service.basis.target
    const cells = overview.dates.map((date, index) =>
      statusCell(date, service.days[index] ?? null, target, service.service_time[index] ?? true),
    )
    const counts: Record<CellTone, number> = { met: 0, minor: 0, major: 0, unrated: 0, closed: 0, none: 0 }
    for (const cell of cells) counts[cell.tone] += 1
    return {
      service: service.service,
      name: service.name,
      state: { state: service.state, since: service.state_since, lastCheck: service.last_check },
      target,
      availability: service.availability,
      met: service.met,
      coverage: service.coverage,
      cells,
      counts,
    }
  })
}
