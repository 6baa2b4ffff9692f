/**
 * One service seen whole (the service page): its tickets' figures beside its
 * availability, per ministry both, and the tickets created per hour so that a
 * wave of tickets after an outage shows. The availability detail itself comes
 * from `availability.service`; the figures here are the report's own
 * functions narrowed to the service, so the table per ministry equals each
 * ministry's report row for the service.
 */
import type { ServiceAvailability } from '../../shared/availability'
import type { Catalog, Service } from '../../shared/catalog'
import { formatInstant } from '../../shared/time'
import { availabilityFiguresOf } from '../availability/report'
import type { Store } from '../store'
import { sql } from '../store/sql'
import { NO_TICKETS, type TicketFigures, ticketFiguresByCustomer } from '../tickets/figures'

/** Up to this length the ticket timeline counts per hour, beyond it per day. */
const HOURLY_MAX_DAYS = 31

export interface MinistryRow {
  customer: string
  name: string
  /** In the ministry's own SLA; null if it does not subscribe the service. */
  availability: ServiceAvailability | null
  tickets: TicketFigures
}

export interface CreatedBucket {
  /** Start of the hour or local day, ISO 8601 with offset. */
  at: string
  tickets: number
}

export interface ServicePage {
  service: string
  name: string
  from: string
  to: string
  /** The tickets of the service of every ministry in view. */
  tickets: TicketFigures
  /** The agency's compliance goals (catalog goals of metric response_/resolution_compliance); null without one. */
  targets: { response: number | null; resolution: number | null }
  ministries: MinistryRow[]
  created_bucket: 'hour' | 'day'
  created: CreatedBucket[]
}

/** The target of the first goal KPI that measures `metric`. */
function goalTarget(catalog: Catalog, metric: string): number | null {
  for (const goal of catalog.goals) {
    const kpi = goal.kpis.find((k) => k.metric === metric)
    if (kpi) return kpi.target
  }
  return null
}

export async function servicePage(
  store: Store,
  catalog: Catalog,
  options: { service: Service; customers: readonly string[]; from: number; to: number },
): Promise<ServicePage> {
  const { service, customers, from, to } = options
  const zone = catalog.timezone
  const hourly = to - from <= HOURLY_MAX_DAYS * 86_400_000
  // Every figure at once: the tickets per ministry (their sum is the service's), the created
  // histogram, and the availability in the SLA of each ministry that subscribes the service.
  const subscribing = catalog.customers.filter(
    (customer) => customers.includes(customer.id) && customer.services.includes(service.id),
  )
  const [tickets, created, availability] = await Promise.all([
    ticketFiguresByCustomer(store, catalog, customers, from, to, { service: service.id }),
    store.query<{ at_ms: number; tickets: number }>(sql`
      SELECT toUnixTimestamp64Milli(toDateTime64(${
        hourly ? sql`toStartOfHour(created_at)` : sql`toStartOfDay(created_at, ${zone})`
      }, 3)) AS at_ms, count() AS tickets
      FROM ticket_history FINAL
      WHERE customer IN ${customers} AND service = ${service.id}
        AND created_at >= ${new Date(from)} AND created_at < ${new Date(to)}
      GROUP BY at_ms ORDER BY at_ms`),
    availabilityFiguresOf(
      store,
      catalog,
      subscribing.map((customer) => ({ customer: customer.id, from, to })),
      'rollup',
      service.id,
    ),
  ])
  // Ministries that subscribe the service or have tickets of it in the period.
  const rows = catalog.customers.filter(
    (customer) =>
      customers.includes(customer.id) &&
      (customer.services.includes(service.id) || tickets.byCustomer.has(customer.id)),
  )
  const ministries = rows.map(
    (customer): MinistryRow => ({
      customer: customer.id,
      name: customer.name,
      availability: availability[subscribing.indexOf(customer)]?.services[0] ?? null,
      tickets: tickets.byCustomer.get(customer.id) ?? NO_TICKETS,
    }),
  )
  return {
    service: service.id,
    name: service.name,
    from: formatInstant(from, zone),
    to: formatInstant(to, zone),
    tickets: tickets.total,
    targets: {
      response: goalTarget(catalog, 'response_compliance'),
      resolution: goalTarget(catalog, 'resolution_compliance'),
    },
    ministries,
    created_bucket: hourly ? 'hour' : 'day',
    created: created.map((row) => ({ at: formatInstant(row.at_ms, zone), tickets: row.tickets })),
  }
}
