/** One ticket's timeline: `/sla/tickets/:ticket`. Another Ressort's ticket is "not found", as on the server. */
import { Link, useParams } from 'react-router'
import { isRunningStatus } from '../../../shared/ticket-clock'
import { PageHeader } from '../components/page-header'
import { Loading, QueryError } from '../components/query-state'
import { useUser } from '../features/auth/session'
import { useCatalogOverview } from '../features/catalog/queries'
import { isStaff } from '../features/navigation/navigation'
import { formatBusinessDuration } from '../features/sla/durations'
import { nameOf, statusLabel, termsLabel } from '../features/sla/labels'
import { useTicketTimeline } from '../features/sla/queries'
import {
  clockSummary,
  stretchRows,
  type Timeline,
  type TimelineClock,
  timelineGeometry,
} from '../features/sla/timeline'
import { ClockSection, EventTable, TimelineBar } from '../features/sla/timeline-view'
import { t } from '../i18n'
import { formatInteger, formatTimeOfDay, formatTimestamp } from '../lib/format'

export function SlaTimelinePage() {
  const { ticket = '' } = useParams()
  const timeline = useTicketTimeline(ticket)
  const overview = useCatalogOverview()
  const catalog = { customers: overview.data?.customers ?? [], services: overview.data?.services ?? [] }

  return (
    <>
      <PageHeader title={t('sla:timeline.title', { ticket })}>{t('sla:timeline.lead')}</PageHeader>
      <p className="no-print back-link">
        <Link to="/sla">{t('sla:timeline.back')}</Link>
      </p>
      {timeline.isError ? (
        <QueryError error={timeline.error} title={t('sla:timeline.failed')} />
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
      running: isRunningStatus(ticket.status),
    })
  }
  return (
    <>
      <section className="card" aria-label={t('sla:timeline.facts')}>
        <dl className="facts">
          {isStaff(user.role) ? (
            <div>
              <dt>{t('sla:words.customer')}</dt>
              <dd>{nameOf(catalog.customers, ticket.customer)}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t('sla:words.service')}</dt>
            <dd>{nameOf(catalog.services, ticket.service)}</dd>
          </div>
          <div>
            <dt>{t('sla:words.priority')}</dt>
            <dd>{ticket.priority ?? '–'}</dd>
          </div>
          <div>
            <dt>{t('sla:words.status')}</dt>
            <dd>{statusLabel(ticket.status)}</dd>
          </div>
          <div>
            <dt>{t('sla:words.created')}</dt>
            <dd>{formatTimestamp(ticket.createdAt)}</dd>
          </div>
          <div>
            <dt>{t('sla:words.resolved')}</dt>
            <dd>
              {ticket.resolvedAt === null
                ? t('sla:timeline.notResolved')
                : formatTimestamp(ticket.resolvedAt)}
            </dd>
          </div>
          <div>
            <dt>{t('sla:timeline.sla')}</dt>
            <dd>
              {termsLabel(ticket.sla, ticket.slaSince) ?? t('sla:words.noSla')}
              {ticket.sla !== null && ticket.resolution && ticket.priority
                ? `, ${t('sla:timeline.slaTerms', {
                    priority: ticket.priority,
                    target: formatBusinessDuration(ticket.resolution.targetMinutes),
                  })}`
                : null}
            </dd>
          </div>
          <div>
            <dt>{t('sla:timeline.reopened')}</dt>
            <dd>
              {ticket.reopens === 0
                ? t('sla:timeline.never')
                : t('sla:timeline.reopenTimes', { count: ticket.reopens, n: formatInteger(ticket.reopens) })}
            </dd>
          </div>
        </dl>
        <p className="muted small">{t('sla:timeline.asOf', { time: formatTimeOfDay(timeline.asOf) })}</p>
      </section>

      {clocks.length === 0 ? (
        <p className="state state-empty">{t('sla:timeline.noClocks')}</p>
      ) : (
        <section className="card" aria-label={t('sla:timeline.bar')}>
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

      <section className="card" aria-label={t('sla:timeline.events')}>
        <EventTable events={timeline.events} createdAt={ticket.createdAt} />
      </section>
    </>
  )
}
