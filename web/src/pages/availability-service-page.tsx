/** One service's availability over a period: trend, outages, maintenance, error budget, latency, the arithmetic. */
import { lazy, type ReactNode, Suspense, useEffect } from 'react'
import { Link, useParams } from 'react-router'
import type { AvailabilityServiceInput } from '../../../shared/api'
import { isLocalDate, lastDayOf } from '../../../shared/local-dates'
import { PageHeader } from '../components/page-header'
import { PeriodPicker } from '../components/period-picker'
import { ChartSkeleton, Loading, QueryError } from '../components/query-state'
import { useUser } from '../features/auth/session'
import { burnDownRows, trendRows } from '../features/availability/detail'
import { alertRows, basisLabel, type ServiceDetail } from '../features/availability/labels'
import { overviewHref, readServiceFilters, writeServiceFilters } from '../features/availability/params'
import {
  useAvailabilityBurn,
  useAvailabilityService,
  useServiceState,
} from '../features/availability/queries'
import {
  BurnAlerts,
  BurnDownTable,
  Explanation,
  LatencyTable,
  MaintenanceTable,
  OutageTable,
  OutageTimeline,
  ServiceFigures,
  TrendTable,
} from '../features/availability/service-sections'
import { StateBadge } from '../features/availability/state-badge'
import { SlaViewSelect } from '../features/availability/view-filters'
import { useCatalogOverview } from '../features/catalog/queries'
import { isStaff } from '../features/navigation/navigation'
import { useServicePage } from '../features/services/queries'
import { MinistryTable, ServiceTickets, TicketWave } from '../features/services/service-tickets'
import { OwnCustomer } from '../features/tickets/ticket-filters'
import { t } from '../i18n'
import { errorCode } from '../lib/errors'
import { formatDate } from '../lib/format'
import { useUrlFilters } from '../lib/url-filters'

const loadCharts = () => import('../features/availability/charts')
const TrendChart = lazy(() => loadCharts().then((module) => ({ default: module.TrendChart })))
const BurnDownChart = lazy(() => loadCharts().then((module) => ({ default: module.BurnDownChart })))

/** The title of a refusal by the error's code; other failures get the common title. */
function refusalTitle(code: string | undefined): string {
  if (code === 'FORBIDDEN' || code === 'NOT_FOUND') return t(`availability:service.refusals.${code}`)
  return t('common:state.loadFailed')
}

export function AvailabilityServicePage() {
  useEffect(() => {
    void loadCharts()
  }, [])
  const user = useUser()
  const staff = isStaff(user.role)
  const { service = '' } = useParams()
  const { filters, today, setFilters } = useUrlFilters(readServiceFilters, writeServiceFilters)
  const customer = staff ? filters.customer : undefined
  const catalog = useCatalogOverview()
  const input: AvailabilityServiceInput = { from: filters.from, to: filters.to, service, customer }
  const detail = useAvailabilityService(input)
  const burn = useAvailabilityBurn({ service, customer })
  const tickets = useServicePage(input)
  const customers = catalog.data?.customers ?? []
  const customerName = (id: string | null | undefined) => customers.find((c) => c.id === id)?.name
  const serviceName =
    detail.data?.name ?? catalog.data?.services.find((s) => s.id === service)?.name ?? service
  const current = burn.data?.services[0]
  const state = useServiceState(service, customer, !detail.isError).data

  return (
    <>
      <p className="back-link no-print">
        <Link to={overviewHref(customer)}>{t('availability:service.back')}</Link>
      </p>
      <PageHeader title={t('availability:service.title', { service: serviceName })}>
        {detail.data ? basisLabel(detail.data.basis, customerName(detail.data.basis.customer)) : null}
      </PageHeader>
      {state ? (
        <p className="avail-current">
          {t('availability:service.current')}{' '}
          <StateBadge state={state.state} since={state.state_since} lastCheck={state.last_check} />
        </p>
      ) : null}

      <section className="card filters no-print" aria-label={t('availability:filters.label')}>
        <PeriodPicker filters={filters} today={today} onChange={setFilters} />
        <div className="filter-row">
          {staff ? (
            <SlaViewSelect
              customers={customers}
              value={filters.customer}
              onChange={(id) => setFilters({ ...filters, customer: id })}
            />
          ) : (
            <OwnCustomer name={customers[0]?.name} />
          )}
        </div>
      </section>

      <p className="period-line">
        {t('availability:service.periodLine')}{' '}
        {isLocalDate(filters.from) && isLocalDate(filters.to)
          ? t('availability:service.periodRange', {
              from: formatDate(filters.from),
              to: formatDate(lastDayOf(filters)),
            })
          : t('availability:service.invalidPeriod')}
      </p>

      {detail.isError ? (
        <QueryError error={detail.error} title={refusalTitle(errorCode(detail.error))} />
      ) : !detail.data ? (
        <Loading />
      ) : (
        <DetailBody
          detail={detail.data}
          tickets={
            tickets.isError ? (
              <QueryError error={tickets.error} />
            ) : !tickets.data ? (
              <Loading />
            ) : (
              <>
                <ServiceTickets page={tickets.data} period={filters} />
                <TicketWave page={tickets.data} detail={detail.data} />
                <MinistryTable page={tickets.data} period={filters} />
              </>
            )
          }
        />
      )}

      {detail.isError ? null : (
        <section className="card" aria-labelledby="alarme-titel">
          <h2 id="alarme-titel">{t('availability:service.alertsHeading')}</h2>
          {burn.isError ? (
            <QueryError error={burn.error} />
          ) : !current ? (
            <Loading />
          ) : (
            <BurnAlerts burn={current} rows={alertRows(current.alerts)} />
          )}
        </section>
      )}
    </>
  )
}

/** The availability sections, with the service's tickets (`tickets`) after the figures. */
function DetailBody({ detail, tickets }: { detail: ServiceDetail; tickets: ReactNode }) {
  const trend = trendRows(detail.trend, detail.trend_bucket)
  const burnDown = detail.burn_down ? burnDownRows(detail.burn_down) : null
  return (
    <>
      <ServiceFigures detail={detail} />

      {tickets}

      <section className="card" aria-labelledby="verlauf-titel">
        <h2 id="verlauf-titel">{t('availability:service.trendHeading')}</h2>
        <Suspense fallback={<ChartSkeleton />}>
          <TrendChart
            rows={trend}
            target={detail.basis.target}
            caption={t(`availability:service.trendCaption.${detail.trend_bucket}`)}
          />
        </Suspense>
        <TrendTable rows={trend} bucket={detail.trend_bucket} />
      </section>

      <section className="card" aria-labelledby="ausfaelle-titel">
        <h2 id="ausfaelle-titel">{t('availability:service.outagesHeading')}</h2>
        <OutageTimeline detail={detail} />
        <OutageTable detail={detail} />
        <MaintenanceTable detail={detail} />
      </section>

      <section className="card" aria-labelledby="budget-titel">
        <h2 id="budget-titel">{t('availability:service.budgetHeading')}</h2>
        {burnDown === null ? (
          <p>{t('availability:service.noBudget')}</p>
        ) : (
          <>
            <Suspense fallback={<ChartSkeleton />}>
              <BurnDownChart rows={burnDown} caption={t('availability:service.burnDownCaption')} />
            </Suspense>
            <BurnDownTable rows={burnDown} />
          </>
        )}
      </section>

      <section className="card" aria-labelledby="latenz-titel">
        <h2 id="latenz-titel">{t('availability:service.latencyHeading')}</h2>
        <LatencyTable detail={detail} />
      </section>

      <Explanation detail={detail} />
    </>
  )
}
