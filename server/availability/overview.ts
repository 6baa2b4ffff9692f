/**
 * The status overview: for every service of a view, its current state and
 * its availability per local day over the last days.
 */
import { DateTime } from 'luxon'
import { type CheckStatus, clipIntervals, serviceAvailability } from '../../shared/availability'
import type { Catalog } from '../../shared/catalog'
import { formatInstant } from '../../shared/time'
import { buckets } from '../period'
import type { Store } from '../store'
import { type AvailabilityBasis, basisFor, measuredTerms, openTimeOf, servicesInView } from './basis'
import { figuresPerBucket } from './buckets'
import { latestChecksOf, maintenanceOf, monitoredService } from './queries'
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
  /** The newest check, when the state is unknown (how old the last word is); null otherwise or never checked. */
  last_check: string | null
  /** Over all the days of the overview. */
  availability: number | null
  met: boolean | null
  coverage: number | null
  /** Aligned with `Overview.dates`. A null day had no known time: no data, or no service time. */
  days: Array<OverviewDay | null>
  /** Aligned with `Overview.dates`: whether the day holds agreed service time (the whole day, today too). */
  service_time: boolean[]
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
  const days = buckets(from, today.plus({ days: 1 }).toMillis(), 'day', zone).map((day) => ({
    ...day,
    to: Math.min(day.to, now),
  }))
  const services = servicesInView(catalog, customer, { from, to: now })
  const ids = services.map((service) => service.id)
  const timelines = await stateTimelinesOf(store, services.map(monitoredService), from, now)
  const maintenance = await maintenanceOf(store, ids, from, now)
  const openTime = openTimeOf(catalog)
  const dayEnd = today.plus({ days: 1 }).toMillis()
  const fullDays = buckets(from, dayEnd, 'day', zone)

  const current = new Map(
    ids.map((id) => {
      const last = (timelines.get(id) ?? []).at(-1)
      return [id, last !== undefined && last.end >= now ? last : undefined]
    }),
  )
  const latest = await latestChecksOf(
    store,
    ids.filter((id) => !current.get(id)),
    now,
  )

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
      const state = current.get(service.id)
      const lastCheck = latest.get(service.id)
      // Service time of whole days, today's rest included: the SLA's calendar as then in force.
      const openAllDays = measuredTerms(catalog, basis, service.id, from, dayEnd, openTime).open
      return {
        service: service.id,
        name: service.name,
        basis,
        state: state?.state ?? 'unknown',
        state_since: state ? formatInstant(state.start, zone) : null,
        last_check: !state && lastCheck !== undefined ? formatInstant(lastCheck, zone) : null,
        availability: whole.availability,
        met: whole.met,
        coverage: whole.coverage,
        service_time: fullDays.map((day) => clipIntervals(openAllDays, day.from, day.to).length > 0),
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
