/**
 * The status overview: for every service of a view, its current state and
 * its availability per local day over the last days.
 */
import { DateTime } from 'luxon'
import { type CheckStatus, serviceAvailability } from '../../shared/availability'
import type { Catalog } from '../../shared/catalog'
import { formatInstant } from '../../shared/time'
import type { Store } from '../store'
import { type AvailabilityBasis, basisFor, measuredTerms, openTimeOf, servicesInView } from './basis'
import { figuresPerBucket, localDays } from './buckets'
import { maintenanceOf, monitoredService } from './queries'
import { stateTimelinesOf } from './timelines'

export type CurrentState = CheckStatus | 'unknown'

/** A day with known time in W; a day without is null (drawn grey). */
export interface OverviewDay {
  availability: number
  met: boolean | null
  coverage: number | null
  down_minutes: number
  outages: number
}

export interface OverviewService {
  service: string
  name: string
  basis: AvailabilityBasis
  /** From the latest checks: the state now, unknown once every probe's last check has expired. */
  state: CurrentState
  /** When the current state began (at most `from` back); null when unknown. */
  state_since: string | null
  /**
   * Unknown because the checks stopped: the newest check (within the overview's days), older
   * than its hold of twice the check interval. Null when the state is known or no check came.
   */
  no_data_since: string | null
  /** Over all the days of the overview. */
  availability: number | null
  met: boolean | null
  coverage: number | null
  /** Aligned with `Overview.dates`. */
  days: Array<OverviewDay | null>
}

export interface Overview {
  /** The customer whose SLAs measure the figures; null: the staff's view (standard SLA per service). */
  customer: string | null
  as_of: string
  timezone: string
  /** Local dates, oldest first; the last is today, measured until `as_of`. */
  dates: string[]
  services: OverviewService[]
}

export async function availabilityOverview(
  store: Store,
  catalog: Catalog,
  options: { customer: string | null; days: number; now: number },
): Promise<Overview> {
  const { customer, now } = options
  const zone = catalog.timezone
  const today = DateTime.fromMillis(now, { zone }).startOf('day')
  const from = today.minus({ days: options.days - 1 }).toMillis()
  // Today's bucket ends now; at midnight it is empty, and still listed.
  const days = localDays(from, today.plus({ days: 1 }).toMillis(), zone).map((day) => ({
    ...day,
    end: Math.min(day.end, now),
  }))
  const services = servicesInView(catalog, customer, { from, to: now })
  const ids = services.map((service) => service.id)
  const timelines = await stateTimelinesOf(store, services.map(monitoredService), from, now)
  const maintenance = await maintenanceOf(store, ids, from, now)
  const openTime = openTimeOf(catalog)

  return {
    customer,
    as_of: formatInstant(now, zone),
    timezone: zone,
    dates: days.map((day) => day.label),
    services: services.map((service): OverviewService => {
      const basis = basisFor(catalog, customer, service.id, now)
      const timeline = timelines.get(service.id) ?? []
      const terms = measuredTerms(catalog, basis, service.id, from, now, openTime)
      const windows = maintenance.get(service.id) ?? []
      const whole = serviceAvailability({
        service: service.id,
        target: basis.target,
        ...terms,
        timeline,
        maintenance: windows,
        from,
        to: now,
      })
      // Spans end at `now` at the latest: a state that holds until now is the current one.
      const last = timeline.at(-1)
      const current = last !== undefined && last.end >= now ? last : undefined
      // The timeline's last span ends one hold after the newest check of any probe.
      const holdMs = monitoredService(service).holdMs
      return {
        service: service.id,
        name: service.name,
        basis,
        state: current?.state ?? 'unknown',
        state_since: current ? formatInstant(current.start, zone) : null,
        no_data_since: last && !current ? formatInstant(last.end - holdMs, zone) : null,
        availability: whole.availability,
        met: whole.met,
        coverage: whole.coverage,
        days: figuresPerBucket(service.id, terms, timeline, windows, days).map((figures) =>
          figures.availability === null
            ? null
            : {
                availability: figures.availability,
                met: figures.met,
                coverage: figures.coverage,
                down_minutes: figures.down_minutes,
                outages: figures.outages,
              },
        ),
      }
    }),
  }
}
