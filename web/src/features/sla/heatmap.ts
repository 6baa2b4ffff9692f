/**
 * The Ressort × Dienst heatmap of resolution compliance over a whole period,
 * from `sla.compliance` grouped by `customer_service` (one row per month and
 * pair): met and breached are summed over the months, the rate computed from
 * the sums. Pure, unit-tested.
 */

import type { Period } from '../../../../shared/period-presets'
import { t } from '../../i18n'
import { formatInteger } from '../../lib/format'
import type { Catalog, ComplianceRow } from './compliance'
import { drillDownHref } from './params'

/** Bands of the colour scale, best first; every cell also prints its number. */
export const HEAT_BANDS = [
  { band: 'b95', min: 95 },
  { band: 'b90', min: 90 },
  { band: 'b80', min: 80 },
  { band: 'b60', min: 60 },
  { band: 'b0', min: 0 },
] as const
export type HeatBand = (typeof HEAT_BANDS)[number]['band']

/** "95 % und mehr" (en: "95% and above"), for the legend. */
export function heatBandLabel(band: HeatBand): string {
  return t(`sla:heatmap.bands.${band}`)
}

export function heatBand(compliance: number | null): HeatBand | null {
  if (compliance === null) return null
  return HEAT_BANDS.find((band) => compliance >= band.min)?.band ?? 'b0'
}

/** Under this many tickets a cell's rate is drawn weaker: 100 % of 23 is not as solid as 96 % of 146. */
export const FEW_TICKETS = 30

export interface HeatCell {
  service: string
  met: number
  breached: number
  /** Resolved tickets with an SLA behind the rate. */
  tickets: number
  /** Fewer than FEW_TICKETS (but some). */
  few: boolean
  compliance: number | null
  /** Whole percent, cut: 99.6 reads "99", never "100" while one ticket breached. */
  text: string
  band: HeatBand | null
  /** What a screen reader says for the cell. */
  label: string
  href: string | null
}

export interface HeatRow {
  customer: string
  name: string
  cells: HeatCell[]
}

export interface Heatmap {
  services: Array<{ id: string; name: string }>
  rows: HeatRow[]
}

/** Splits `customer/service` (ids are slugs: no slash inside). */
function pair(group: string): [string, string] {
  const slash = group.indexOf('/')
  return slash === -1 ? [group, ''] : [group.slice(0, slash), group.slice(slash + 1)]
}

/**
 * Rows: every Ressort of the catalog overview (a Ressort without resolved
 * tickets shows a grey row), in catalog order. Columns: the services with at
 * least one resolved ticket with an SLA in the period, in catalog order.
 */
export function heatmap(rows: readonly ComplianceRow[], period: Period, catalog: Catalog): Heatmap {
  const sums = new Map<string, { met: number; breached: number }>()
  for (const row of rows) {
    const sum = sums.get(row.group) ?? { met: 0, breached: 0 }
    sum.met += row.resolution.met
    sum.breached += row.resolution.breached
    sums.set(row.group, sum)
  }
  const withData = [...sums.entries()].filter(([, sum]) => sum.met + sum.breached > 0).map(([g]) => pair(g))
  const serviceIds = new Set(withData.map(([, service]) => service))
  const customerIds = new Set(withData.map(([customer]) => customer))
  const services = [
    ...catalog.services.filter((s) => serviceIds.has(s.id)),
    ...[...serviceIds]
      .filter((id) => !catalog.services.some((s) => s.id === id))
      .sort()
      .map((id) => ({ id, name: id })),
  ]
  const customers = [
    ...catalog.customers,
    ...[...customerIds]
      .filter((id) => !catalog.customers.some((c) => c.id === id))
      .sort()
      .map((id) => ({ id, name: id })),
  ]
  return {
    services: services.map(({ id, name }) => ({ id, name })),
    rows: customers.map((customer) => ({
      customer: customer.id,
      name: customer.name,
      cells: services.map((service): HeatCell => {
        const { met, breached } = sums.get(`${customer.id}/${service.id}`) ?? { met: 0, breached: 0 }
        const total = met + breached
        const compliance = total === 0 ? null : (met / total) * 100
        const text = compliance === null ? '–' : formatInteger(Math.floor(compliance + 1e-9))
        return {
          service: service.id,
          met,
          breached,
          tickets: total,
          few: total > 0 && total < FEW_TICKETS,
          compliance,
          text,
          band: heatBand(compliance),
          label:
            compliance === null
              ? t('common:state.noData')
              : t('sla:heatmap.cell', { value: text, met: formatInteger(met), total: formatInteger(total) }),
          href:
            total === 0
              ? null
              : drillDownHref({
                  ...period,
                  outcome: 'resolved',
                  customers: [customer.id],
                  services: [service.id],
                  priorities: [],
                }),
        }
      }),
    })),
  }
}
