/** One service's availability over a period: trend, outages, maintenance, error budget, latency, the arithmetic. */
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { lazy, Suspense, useEffect, useMemo } from 'react'
import { Link, useParams, useSearchParams } from 'react-router'
import type { AvailabilityServiceInput } from '../../../shared/api'
import { PageHeader } from '../components/page-header'
import { ChartSkeleton, Loading, QueryError } from '../components/query-state'
import { useUser } from '../features/auth/session'
import { burnDownRows, trendRows } from '../features/availability/detail'
import { alertRows, basisLabel, type ServiceDetail } from '../features/availability/labels'
import {
  DEFAULT_DAYS,
  overviewHref,
  readServiceFilters,
  SERVICE_PRESETS,
  type ServiceFilters,
  servicePresetPeriod,
  writeServiceFilters,
} from '../features/availability/params'
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
import { isStaff } from '../features/navigation/navigation'
import { lastDayOf } from '../features/tickets/filters'
import { OwnCustomer, PeriodFilter } from '../features/tickets/ticket-filters'
import { isLocalDate, today as todayInBerlin } from '../lib/dates'
import { errorCode } from '../lib/errors'
import { formatDate } from '../lib/format'
import { useTRPC } from '../trpc'

const loadCharts = () => import('../features/availability/charts')
const TrendChart = lazy(() => loadCharts().then((module) => ({ default: module.TrendChart })))
const BurnDownChart = lazy(() => loadCharts().then((module) => ({ default: module.BurnDownChart })))

const REFUSALS: Record<string, string> = {
  FORBIDDEN: 'Kein Zugriff',
  NOT_FOUND: 'Nicht gefunden',
}

export function AvailabilityServicePage() {
  useEffect(() => {
    void loadCharts()
  }, [])
  const trpc = useTRPC()
  const user = useUser()
  const staff = isStaff(user.role)
  const { service = '' } = useParams()
  const [params, setParams] = useSearchParams()
  const today = useMemo(() => todayInBerlin(), [])
  const filters = readServiceFilters(params, today)
  const customer = staff ? filters.customer : undefined
  const setFilters = (next: ServiceFilters) => setParams(writeServiceFilters(next), { flushSync: true })
  const catalog = useQuery(trpc.catalog.overview.queryOptions())
  const input: AvailabilityServiceInput = { from: filters.from, to: filters.to, service, customer }
  const detail = useQuery({
    ...trpc.availability.service.queryOptions(input),
    placeholderData: keepPreviousData,
  })
  const burn = useQuery(trpc.availability.burn.queryOptions({ service, customer }))
  const customers = catalog.data?.customers ?? []
  const customerName = (id: string | null | undefined) => customers.find((c) => c.id === id)?.name
  const serviceName =
    detail.data?.name ?? catalog.data?.services.find((s) => s.id === service)?.name ?? service
  const presets = SERVICE_PRESETS.map(({ id, label }) => ({
    id,
    label,
    period: servicePresetPeriod(id, today),
  }))
  const current = burn.data?.services[0]
  const overviewState = useQuery({
    ...trpc.availability.overview.queryOptions({ days: DEFAULT_DAYS, customer }),
    enabled: !detail.isError,
  })
  const state = overviewState.data?.services.find((s) => s.service === service)

  return (
    <>
      <p className="back-link no-print">
        <Link to={overviewHref(customer)}>← Zur Übersicht Verfügbarkeit</Link>
      </p>
      <PageHeader title={`Verfügbarkeit: ${serviceName}`}>
        {detail.data ? basisLabel(detail.data.basis, customerName(detail.data.basis.customer)) : null}
      </PageHeader>
      {state ? (
        <p className="avail-current">
          Aktuell: <StateBadge state={state.state} since={state.state_since} />
        </p>
      ) : null}

      <section className="card filters no-print" aria-label="Filter">
        <PeriodFilter filters={filters} today={today} presets={presets} onChange={setFilters} />
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
        Zeitraum:{' '}
        {isLocalDate(filters.from) && isLocalDate(filters.to)
          ? `${formatDate(filters.from)} bis ${formatDate(lastDayOf(filters))}`
          : 'ungültig'}
      </p>

      {detail.isError ? (
        <QueryError
          error={detail.error}
          title={REFUSALS[errorCode(detail.error) ?? ''] ?? 'Die Daten konnten nicht geladen werden.'}
        />
      ) : !detail.data ? (
        <Loading />
      ) : (
        <DetailBody detail={detail.data} />
      )}

      {detail.isError ? null : (
        <section className="card" aria-labelledby="alarme-titel">
          <h2 id="alarme-titel">Fehlerbudget der letzten 30 Tage und Burn-Rate-Alarme</h2>
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

function DetailBody({ detail }: { detail: ServiceDetail }) {
  const trend = trendRows(detail.trend, detail.trend_bucket)
  const burnDown = detail.burn_down ? burnDownRows(detail.burn_down) : null
  const unit = detail.trend_bucket === 'day' ? 'Tag' : 'Monat'
  return (
    <>
      <ServiceFigures detail={detail} />

      <section className="card" aria-labelledby="verlauf-titel">
        <h2 id="verlauf-titel">Verlauf</h2>
        <Suspense fallback={<ChartSkeleton />}>
          <TrendChart
            rows={trend}
            target={detail.basis.target}
            caption={`Verfügbarkeit je ${unit} und Ziel`}
          />
        </Suspense>
        <TrendTable rows={trend} bucket={detail.trend_bucket} />
      </section>

      <section className="card" aria-labelledby="ausfaelle-titel">
        <h2 id="ausfaelle-titel">Ausfälle und Wartung</h2>
        <OutageTimeline detail={detail} />
        <OutageTable detail={detail} />
        <MaintenanceTable detail={detail} />
      </section>

      <section className="card" aria-labelledby="budget-titel">
        <h2 id="budget-titel">Fehlerbudget im Zeitraum</h2>
        {burnDown === null ? (
          <p>Ohne Verfügbarkeitsziel gibt es kein Fehlerbudget.</p>
        ) : (
          <>
            <Suspense fallback={<ChartSkeleton />}>
              <BurnDownChart rows={burnDown} caption="Restliches Fehlerbudget je Tag" />
            </Suspense>
            <BurnDownTable rows={burnDown} />
          </>
        )}
      </section>

      <section className="card" aria-labelledby="latenz-titel">
        <h2 id="latenz-titel">Antwortzeiten</h2>
        <LatencyTable detail={detail} />
      </section>

      <Explanation detail={detail} />
    </>
  )
}
