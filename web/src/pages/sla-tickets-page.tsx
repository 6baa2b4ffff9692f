/** The tickets behind a figure: `/sla/tickets?von=…&bis=…&ergebnis=…&ressort=…&service=…&prioritaet=…`. */
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useId, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import type { TicketListInput } from '../../../shared/api'
import { PageHeader } from '../components/page-header'
import { Empty, Loading, QueryError } from '../components/query-state'
import { useUser } from '../features/auth/session'
import { isStaff } from '../features/navigation/navigation'
import { isOutcome, nameOf, OUTCOME_LABELS, OUTCOMES } from '../features/sla/labels'
import { readDrillDown, writeDrillDown } from '../features/sla/params'
import { TicketTable } from '../features/sla/ticket-table'
import { ticketRows } from '../features/sla/tickets'
import { lastDayOf } from '../features/tickets/filters'
import { isLocalDate, today as todayInBerlin } from '../lib/dates'
import { formatDate, formatInteger } from '../lib/format'
import { useTRPC } from '../trpc'

/** At most this many tickets are listed; the total is always shown. */
export const TICKET_LIMIT = 200

export function SlaTicketsPage() {
  const trpc = useTRPC()
  const user = useUser()
  const staff = isStaff(user.role)
  const id = useId()
  const [params, setParams] = useSearchParams()
  const today = useMemo(() => todayInBerlin(), [])
  const drill = readDrillDown(params, today)
  const overview = useQuery(trpc.catalog.overview.queryOptions())
  const catalog = { customers: overview.data?.customers ?? [], services: overview.data?.services ?? [] }
  const input: TicketListInput = {
    from: drill.from,
    to: drill.to,
    customers: drill.customers.length > 0 ? drill.customers : undefined,
    services: drill.services.length > 0 ? drill.services : undefined,
    priorities: drill.priorities.length > 0 ? drill.priorities : undefined,
    outcome: drill.outcome,
    limit: TICKET_LIMIT,
  }
  const list = useQuery({ ...trpc.sla.tickets.queryOptions(input), placeholderData: keepPreviousData })
  const period =
    isLocalDate(drill.from) && isLocalDate(drill.to)
      ? `${formatDate(drill.from)} bis ${formatDate(lastDayOf(drill))}`
      : 'ungültiger Zeitraum'
  const narrowing = [
    drill.customers.length > 0
      ? `Ressort: ${drill.customers.map((c) => nameOf(catalog.customers, c)).join(', ')}`
      : staff
        ? 'alle Ressorts'
        : undefined,
    drill.services.length > 0
      ? `Dienst: ${drill.services.map((s) => nameOf(catalog.services, s)).join(', ')}`
      : undefined,
    drill.priorities.length > 0 ? `Priorität: ${drill.priorities.join(', ')}` : undefined,
  ].filter(Boolean)

  return (
    <>
      <PageHeader title="Tickets zur Kennzahl">
        Die Tickets hinter einer Zahl aus Ressortbericht oder SLA-Einhaltung, ausgewertet mit dem Stand am
        Ende des Zeitraums. Jede Ticketnummer führt zum Verlauf des Tickets.
      </PageHeader>

      <section className="card filters no-print" aria-label="Auswahl">
        <div className="field">
          <label htmlFor={`${id}-ergebnis`}>Kennzahl</label>
          <select
            id={`${id}-ergebnis`}
            value={drill.outcome}
            onChange={(e) => {
              if (isOutcome(e.target.value))
                setParams(writeDrillDown({ ...drill, outcome: e.target.value }), { flushSync: true })
            }}
          >
            {OUTCOMES.map((outcome) => (
              <option key={outcome} value={outcome}>
                {OUTCOME_LABELS[outcome]}
              </option>
            ))}
          </select>
        </div>
      </section>

      <div className="report-heading">
        <h2>
          {OUTCOME_LABELS[drill.outcome]} · {period}
        </h2>
        {narrowing.length > 0 ? <p className="muted">{narrowing.join(' · ')}</p> : null}
      </div>

      {list.isError ? (
        <QueryError error={list.error} />
      ) : !list.data ? (
        <Loading />
      ) : list.data.total === 0 ? (
        <Empty>
          <p className="state-title">Keine Tickets</p>
          <p>Hinter dieser Kennzahl steht im gewählten Zeitraum kein Ticket.</p>
        </Empty>
      ) : (
        <section className="card" aria-label="Tickets" aria-busy={list.isFetching}>
          <p className="ticket-count">
            <strong>
              {formatInteger(list.data.total)} {list.data.total === 1 ? 'Ticket' : 'Tickets'}
            </strong>
            {list.data.tickets.length < list.data.total
              ? ` – es werden die neuesten ${formatInteger(list.data.tickets.length)} angezeigt.`
              : null}
          </p>
          <p className="muted small">Reaktion und Lösung: verbrauchte von vereinbarter Geschäftszeit.</p>
          <TicketTable rows={ticketRows(list.data.tickets, catalog)} showCustomer={staff} />
        </section>
      )}
    </>
  )
}
