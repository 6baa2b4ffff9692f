/** "Tickets je Woche": filters from the URL, summed chart, tables. */
import { lazy, Suspense, useEffect } from 'react'
import { isLocalDate, lastDayOf } from '../../../shared/local-dates'
import { PageHeader } from '../components/page-header'
import { PeriodPicker } from '../components/period-picker'
import { ChartSkeleton, Empty, QueryError } from '../components/query-state'
import { TableToggle } from '../components/table-toggle'
import { useUser } from '../features/auth/session'
import { useCatalogOverview } from '../features/catalog/queries'
import { isStaff } from '../features/navigation/navigation'
import { ministryTotals, totals, weekRows } from '../features/tickets/adapters'
import { readTicketFilters, writeTicketFilters } from '../features/tickets/filters'
import { MinistryTable } from '../features/tickets/ministry-table'
import { useWeeklyTickets } from '../features/tickets/queries'
import { TicketSummary } from '../features/tickets/summary'
import { CustomerFilter, OwnCustomer } from '../features/tickets/ticket-filters'
import { WeeklyTable } from '../features/tickets/weekly-table'
import { t } from '../i18n'
import { formatDate } from '../lib/format'
import { useUrlFilters } from '../lib/url-filters'

// recharts is most of the bundle's weight: only this page loads it, in parallel with its data.
const loadChart = () => import('../features/tickets/weekly-chart')
const WeeklyChart = lazy(() => loadChart().then((module) => ({ default: module.WeeklyChart })))

export function TicketsPage() {
  useEffect(() => {
    void loadChart()
  }, [])
  const user = useUser()
  const staff = isStaff(user.role)
  const { filters, today, setFilters } = useUrlFilters(readTicketFilters, writeTicketFilters)
  const overview = useCatalogOverview()
  const weekly = useWeeklyTickets(filters)
  const customers = overview.data?.customers ?? []

  return (
    <>
      <PageHeader title={t('tickets:page.title')}>
        {staff ? t('tickets:page.leadStaff') : t('tickets:page.leadMinistry')}
      </PageHeader>

      <section className="card filters no-print" aria-label={t('tickets:page.filters')}>
        <PeriodPicker filters={filters} today={today} onChange={setFilters} />
        {staff ? (
          <CustomerFilter
            customers={customers}
            selected={filters.customers}
            onChange={(selected) => setFilters({ ...filters, customers: selected })}
          />
        ) : (
          <OwnCustomer name={customers[0]?.name} />
        )}
      </section>

      <p className="period-line">
        {t('tickets:page.period')}{' '}
        {isLocalDate(filters.from) && isLocalDate(filters.to)
          ? t('tickets:page.range', { from: formatDate(filters.from), to: formatDate(lastDayOf(filters)) })
          : t('tickets:page.invalid')}
        {staff && filters.customers.length > 0
          ? t('tickets:page.ministries', {
              names: filters.customers.map((id) => customers.find((c) => c.id === id)?.name ?? id).join(', '),
            })
          : null}
        {weekly.isFetching && !weekly.isPending ? (
          <span className="muted" role="status">
            {t('tickets:page.updating')}
          </span>
        ) : null}
      </p>

      <TicketResults
        status={weekly.status}
        error={weekly.error}
        rows={weekly.isError ? undefined : weekly.data}
        period={filters}
        customers={customers}
        showMinistries={staff}
      />
    </>
  )
}

function TicketResults({
  status,
  error,
  rows,
  period,
  customers,
  showMinistries,
}: {
  status: 'pending' | 'error' | 'success'
  error: unknown
  rows: Parameters<typeof weekRows>[0] | undefined
  period: { from: string; to: string }
  customers: readonly { id: string; name: string }[]
  showMinistries: boolean
}) {
  if (status === 'error') return <QueryError error={error} />
  if (!rows) return <ChartSkeleton />
  const weeks = weekRows(rows, period)
  const sum = totals(rows)
  if (sum.created === 0 && sum.resolved === 0) {
    return (
      <Empty>
        <p className="state-title">{t('tickets:page.emptyTitle')}</p>
        <p>{showMinistries ? t('tickets:page.emptyStaff') : t('tickets:page.emptyMinistry')}</p>
      </Empty>
    )
  }
  const perMinistry = ministryTotals(rows, customers)
  return (
    <>
      <TicketSummary sum={sum} />
      <section className="card" aria-label={t('tickets:page.weekly')}>
        <Suspense fallback={<ChartSkeleton />}>
          <WeeklyChart weeks={weeks} />
        </Suspense>
        <TableToggle>
          <WeeklyTable weeks={weeks} sum={sum} />
        </TableToggle>
      </section>
      {showMinistries && perMinistry.length > 1 ? (
        <section className="card" aria-label={t('tickets:page.perMinistry')}>
          <MinistryTable rows={perMinistry} />
        </section>
      ) : null}
    </>
  )
}
