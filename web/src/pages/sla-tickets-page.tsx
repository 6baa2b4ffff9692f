/** The tickets behind a figure: `/sla/tickets?von=…&bis=…&ergebnis=…&ressort=…&service=…&prioritaet=…`. */
import { useId } from 'react'
import type { TicketListInput } from '../../../shared/api'
import { isLocalDate, lastDayOf } from '../../../shared/local-dates'
import { PageHeader } from '../components/page-header'
import { PeriodPicker } from '../components/period-picker'
import { Empty, Loading, QueryError } from '../components/query-state'
import { useUser } from '../features/auth/session'
import { useCatalogOverview } from '../features/catalog/queries'
import { isStaff } from '../features/navigation/navigation'
import { isOutcome, nameOf, OUTCOMES, outcomeLabel } from '../features/sla/labels'
import {
  drillDownCsvHref,
  readDrillDown,
  readListPage,
  TICKETS_PER_PAGE,
  writeDrillDown,
} from '../features/sla/params'
import { useSlaTickets } from '../features/sla/queries'
import { TicketTable } from '../features/sla/ticket-table'
import { ticketRows } from '../features/sla/tickets'
import { language, t } from '../i18n'
import { formatDate, formatInteger } from '../lib/format'
import { useUrlFilters } from '../lib/url-filters'
import { choiceOrAll } from '../trpc'

export function SlaTicketsPage() {
  const user = useUser()
  const staff = isStaff(user.role)
  const id = useId()
  // A new period or measure starts again at the first page: `writeDrillDown` leaves `seite` out.
  const {
    filters: drill,
    today,
    setFilters: setDrill,
    params,
    setParams,
  } = useUrlFilters(readDrillDown, writeDrillDown)
  const page = readListPage(params)
  const toPage = (next: number) => {
    const query = writeDrillDown(drill)
    if (next > 1) query.set('seite', String(next))
    setParams(query)
  }
  const overview = useCatalogOverview()
  const catalog = { customers: overview.data?.customers ?? [], services: overview.data?.services ?? [] }
  const input: TicketListInput = {
    from: drill.from,
    to: drill.to,
    customers: choiceOrAll(drill.customers),
    services: choiceOrAll(drill.services),
    priorities: choiceOrAll(drill.priorities),
    outcome: drill.outcome,
    limit: TICKETS_PER_PAGE,
    offset: (page - 1) * TICKETS_PER_PAGE,
  }
  const list = useSlaTickets(input)
  const period =
    isLocalDate(drill.from) && isLocalDate(drill.to)
      ? t('sla:words.range', { from: formatDate(drill.from), to: formatDate(lastDayOf(drill)) })
      : t('sla:tickets.periodInvalid')
  const narrowing = [
    drill.customers.length > 0
      ? t('sla:tickets.customers', {
          names: drill.customers.map((c) => nameOf(catalog.customers, c)).join(', '),
        })
      : staff
        ? t('sla:tickets.allCustomers')
        : undefined,
    drill.services.length > 0
      ? t('sla:tickets.services', {
          names: drill.services.map((s) => nameOf(catalog.services, s)).join(', '),
        })
      : undefined,
    drill.priorities.length > 0
      ? t('sla:tickets.priorities', { names: drill.priorities.join(', ') })
      : undefined,
  ].filter(Boolean)

  return (
    <>
      <PageHeader title={t('sla:tickets.title')}>{t('sla:tickets.lead')}</PageHeader>

      <section className="card filters no-print" aria-label={t('sla:tickets.selection')}>
        <PeriodPicker filters={drill} today={today} onChange={setDrill} />
        <div className="field">
          <label htmlFor={`${id}-ergebnis`}>{t('sla:tickets.measure')}</label>
          <select
            id={`${id}-ergebnis`}
            value={drill.outcome}
            onChange={(e) => {
              if (isOutcome(e.target.value)) setDrill({ ...drill, outcome: e.target.value })
            }}
          >
            {OUTCOMES.map((outcome) => (
              <option key={outcome} value={outcome}>
                {outcomeLabel(outcome)}
              </option>
            ))}
          </select>
        </div>
      </section>

      <div className="report-heading">
        <h2>
          {outcomeLabel(drill.outcome)} · {period}
        </h2>
        {narrowing.length > 0 ? <p className="muted">{narrowing.join(' · ')}</p> : null}
      </div>

      {list.isError ? (
        <QueryError error={list.error} />
      ) : !list.data ? (
        <Loading />
      ) : list.data.total === 0 ? (
        <Empty>
          <p className="state-title">{t('sla:tickets.emptyTitle')}</p>
          <p>{t('sla:tickets.emptyText')}</p>
        </Empty>
      ) : (
        <section className="card" aria-label={t('sla:words.tickets')} aria-busy={list.isFetching}>
          <div className="ticket-list-head">
            <p className="ticket-count">
              <strong>
                {t('sla:tickets.count', { count: list.data.total, n: formatInteger(list.data.total) })}
              </strong>
              {list.data.total > TICKETS_PER_PAGE
                ? ` – ${t('sla:tickets.shown', {
                    first: formatInteger((page - 1) * TICKETS_PER_PAGE + 1),
                    last: formatInteger((page - 1) * TICKETS_PER_PAGE + list.data.tickets.length),
                    n: formatInteger(list.data.total),
                  })}`
                : null}
            </p>
            <a className="button button-secondary" href={drillDownCsvHref(drill, language())} download>
              {t('sla:tickets.csv')}
            </a>
          </div>
          <p className="muted small">{t('sla:tickets.clocksNote')}</p>
          <TicketTable rows={ticketRows(list.data.tickets, catalog)} showCustomer={staff} />
          <ListPages page={page} pages={Math.ceil(list.data.total / TICKETS_PER_PAGE)} onPage={toPage} />
        </section>
      )}
    </>
  )
}

/** Previous and next page; the list starts at page 1. */
function ListPages({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
  if (pages <= 1) return null
  return (
    <nav className="list-pages" aria-label={t('sla:tickets.paging')}>
      <button
        type="button"
        className="button button-secondary"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        {t('sla:tickets.previous')}
      </button>
      <span>{t('sla:tickets.pageOf', { page: formatInteger(page), pages: formatInteger(pages) })}</span>
      <button
        type="button"
        className="button button-secondary"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        {t('sla:tickets.next')}
      </button>
    </nav>
  )
}
