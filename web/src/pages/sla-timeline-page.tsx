/** One ticket's timeline: `/sla/tickets/:ticket`. Another Ressort's ticket is "not found", as on the server. */
import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { PageHeader } from '../components/page-header'
import { Loading, QueryError } from '../components/query-state'
import { useUser } from '../features/auth/session'
import { isStaff } from '../features/navigation/navigation'
import { nameOf, statusLabel } from '../features/sla/labels'
import {
  clockSummary,
  stretchRows,
  type Timeline,
  type TimelineClock,
  timelineGeometry,
} from '../features/sla/timeline'
import { ClockSection, EventTable, TimelineBar } from '../features/sla/timeline-view'
import { formatInteger, formatTimeOfDay, formatTimestamp } from '../lib/format'
import { useTRPC } from '../trpc'

export function SlaTimelinePage() {
  const trpc = useTRPC()
  const { ticket = '' } = useParams()
  const timeline = useQuery(trpc.sla.timeline.queryOptions({ ticket }))
  const overview = useQuery(trpc.catalog.overview.queryOptions())
  const catalog = { customers: overview.data?.customers ?? [], services: overview.data?.services ?? [] }

  return (
    <>
      <PageHeader title={`Ticket ${ticket}`}>
        Ereignisse und SLA-Uhren des Tickets: wann die Uhren liefen, wann sie pausierten und wie viel
        Geschäftszeit jeder Abschnitt verbraucht hat.
      </PageHeader>
      <p className="no-print back-link">
        <Link to="/sla">Zum SLA-Board</Link>
      </p>
      {timeline.isError ? (
        <QueryError error={timeline.error} title="Das Ticket kann nicht angezeigt werden." />
      ) : !timeline.data ? (
        <Loading />
      ) : (
        <TimelineBody timeline={timeline.data} catalog={catalog} />
      )}
    </>
  )
}

function TimelineBody({
  timeline,
  catalog,
}: {
  timeline: Timeline
  catalog: { customers: { id: string; name: string }[]; services: { id: string; name: string }[] }
}) {
  const user = useUser()
  const { ticket } = timeline
  const open = ticket.resolvedAt === null
  const geometry = timelineGeometry(timeline)
  const clocks: Array<{
    kind: 'response' | 'resolution'
    data: TimelineClock
    atRisk: boolean
    running: boolean
  }> = []
  if (timeline.response) {
    clocks.push({
      kind: 'response',
      data: timeline.response,
      atRisk: false,
      running: timeline.response.met === null && !timeline.response.breached,
    })
  }
  if (timeline.resolution) {
    clocks.push({
      kind: 'resolution',
      data: timeline.resolution,
      atRisk: ticket.resolution?.atRisk ?? false,
      running: open && (ticket.status === 'new' || ticket.status === 'in_progress'),
    })
  }
  return (
    <>
      <section className="card" aria-label="Angaben zum Ticket">
        <dl className="facts">
          {isStaff(user.role) ? (
            <div>
              <dt>Ressort</dt>
              <dd>{nameOf(catalog.customers, ticket.customer)}</dd>
            </div>
          ) : null}
          <div>
            <dt>Dienst</dt>
            <dd>{nameOf(catalog.services, ticket.service)}</dd>
          </div>
          <div>
            <dt>Priorität</dt>
            <dd>{ticket.priority ?? '–'}</dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd>{statusLabel(ticket.status)}</dd>
          </div>
          <div>
            <dt>Erstellt</dt>
            <dd>{formatTimestamp(ticket.createdAt)}</dd>
          </div>
          <div>
            <dt>Gelöst</dt>
            <dd>{ticket.resolvedAt === null ? 'offen' : formatTimestamp(ticket.resolvedAt)}</dd>
          </div>
          <div>
            <dt>SLA</dt>
            <dd>{ticket.sla ?? 'ohne SLA'}</dd>
          </div>
          <div>
            <dt>Wiedereröffnet</dt>
            <dd>{ticket.reopens === 0 ? 'nie' : `${formatInteger(ticket.reopens)}-mal`}</dd>
          </div>
        </dl>
        <p className="muted small">Stand: {formatTimeOfDay(timeline.asOf)} Uhr</p>
      </section>

      {clocks.length === 0 ? (
        <p className="state state-empty">Für dieses Ticket gilt kein SLA: Es laufen keine Uhren.</p>
      ) : (
        <section className="card" aria-label="Zeitleiste">
          <TimelineBar geometry={geometry} />
        </section>
      )}

      {clocks.map((clock) => {
        const summary = clockSummary(clock.kind, clock.data, { atRisk: clock.atRisk, running: clock.running })
        return (
          <ClockSection
            key={clock.kind}
            summary={summary}
            stretches={stretchRows(
              clock.data,
              clock.kind === 'resolution' ? timeline.paused : [],
              timeline.asOf,
            )}
            bar={Math.min(100, summary.percent)}
          />
        )
      })}

      <section className="card" aria-label="Ereignisse">
        <EventTable events={timeline.events} createdAt={ticket.createdAt} />
      </section>
    </>
  )
}
