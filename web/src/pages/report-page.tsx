/** "Ressortbericht": one ministry, one calendar month, as of the month's end. */
import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query'
import { useId, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { PageHeader } from '../components/page-header'
import { Empty, Loading, QueryError } from '../components/query-state'
import { useUser } from '../features/auth/session'
import { isStaff } from '../features/navigation/navigation'
import { availabilityView, type ReportView, reportGroups } from '../features/report/adapters'
import { monthOptions, readReportParams, writeReportParams } from '../features/report/params'
import { AvailabilityTable, ReportFigures } from '../features/report/report-figures'
import { addMonthsToMonth, monthOf, monthPeriod, today as todayInBerlin } from '../lib/dates'
import { formatInstant, formatMonth } from '../lib/format'
import { useTRPC } from '../trpc'

export function ReportPage() {
  const trpc = useTRPC()
  const user = useUser()
  const staff = isStaff(user.role)
  const id = useId()
  const [params, setParams] = useSearchParams()
  const today = useMemo(() => todayInBerlin(), [])
  const { month, customer: linkedCustomer } = readReportParams(params, today)
  const overview = useQuery(trpc.catalog.overview.queryOptions())
  const customers = overview.data?.customers ?? []
  // Staff start with the first ministry of the catalog; a ministry with its own.
  const customer = linkedCustomer ?? (staff ? customers[0]?.id : user.customer)
  const report = useQuery({
    ...trpc.report.get.queryOptions(customer ? { customer, ...monthPeriod(month) } : skipToken),
    placeholderData: keepPreviousData,
  })
  const options = monthOptions(today, month)
  const ownName = customers.find((c) => c.id === user.customer)?.name
  const setView = (next: { month?: string; customer?: string }) =>
    setParams(writeReportParams({ month: next.month ?? month, customer: next.customer ?? linkedCustomer }), {
      flushSync: true,
    })
  const latest = options[0]?.value ?? monthOf(today)
  const earliest = options.at(-1)?.value ?? month

  return (
    <>
      <PageHeader title="Ressortbericht">
        Kennzahlen eines Ressorts für einen Kalendermonat, berechnet mit dem Stand am Monatsende.
      </PageHeader>

      <section className="card filters no-print" aria-label="Auswahl">
        <div className="field">
          <label htmlFor={`${id}-monat`}>Monat</label>
          <div className="month-picker">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setView({ month: addMonthsToMonth(month, -1) })}
              disabled={month <= earliest}
            >
              <span aria-hidden="true">‹</span> Vormonat
            </button>
            <select id={`${id}-monat`} value={month} onChange={(e) => setView({ month: e.target.value })}>
              {options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setView({ month: addMonthsToMonth(month, 1) })}
              disabled={month >= latest}
            >
              Folgemonat <span aria-hidden="true">›</span>
            </button>
          </div>
        </div>
        {staff ? (
          <div className="field">
            <label htmlFor={`${id}-ressort`}>Ressort</label>
            <select
              id={`${id}-ressort`}
              value={customer ?? ''}
              onChange={(e) => setView({ customer: e.target.value })}
              disabled={customers.length === 0}
            >
              {customers.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <p className="filter-static">
            <span className="filter-label">Ressort:</span> {ownName ?? '…'}
          </p>
        )}
      </section>

      <ReportBody
        report={report}
        customers={customers}
        services={overview.data?.services ?? []}
        noCustomer={!customer && overview.isSuccess}
        overviewError={overview.error}
      />
    </>
  )
}

function ReportBody({
  report,
  customers,
  services,
  noCustomer,
  overviewError,
}: {
  report: { data?: ReportView; error: unknown; isError: boolean; isFetching: boolean }
  customers: readonly { id: string; name: string }[]
  services: readonly { id: string; name: string }[]
  noCustomer: boolean
  overviewError: unknown
}) {
  if (report.isError) return <QueryError error={report.error} />
  if (overviewError) return <QueryError error={overviewError} />
  if (noCustomer) return <Empty>Im Katalog ist noch kein Ressort angelegt.</Empty>
  if (!report.data) return <Loading />
  // Title from the data shown, not the selection: while the next month loads the previous one stays.
  const { data } = report
  const name = customers.find((c) => c.id === data.customer)?.name ?? data.customer
  const availability = availabilityView(data, services)
  return (
    <div aria-busy={report.isFetching}>
      <div className="report-heading">
        <h2>
          {name} · {formatMonth(data.from.slice(0, 7))}
        </h2>
        <p className="muted">
          Zeitraum {formatInstant(data.from)} Uhr bis {formatInstant(data.to)} Uhr (ausschließlich), Stand:
          Periodenende
          {report.isFetching ? <span role="status"> · Wird aktualisiert …</span> : null}
        </p>
      </div>
      <ReportFigures groups={reportGroups(data)} />
      {availability ? <AvailabilityTable availability={availability} /> : null}
    </div>
  )
}
