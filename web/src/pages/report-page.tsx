/**
 * "Ressortbericht": one ministry, one calendar month or any period, as of the
 * period's end, with its verdict on top: a summary sentence and the key
 * figures against their targets. `?druck=1` is the print view the server
 * turns into the PDF: a title block, the summary and key figures on page 1,
 * every section, the 12-month chart, and `data-report-ready="true"` once all
 * queries have settled and the chart is drawn.
 */
import { useId, useState } from 'react'
import { addMonthsToMonth, lastDayOf, monthOf, monthPeriod } from '../../../shared/local-dates'
import { PageHeader } from '../components/page-header'
import { PeriodPicker } from '../components/period-picker'
import { Empty, Loading, QueryError } from '../components/query-state'
import { useUser } from '../features/auth/session'
import { useCatalogOverview } from '../features/catalog/queries'
import { DataAsOf } from '../features/freshness/freshness'
import { isStaff } from '../features/navigation/navigation'
import { availabilityView, type ReportView, reportGroups } from '../features/report/adapters'
import { AgreementNotes } from '../features/report/agreement-notes'
import { monthOptions, periodLabel, readReportParams, writeReportParams } from '../features/report/params'
import { titlePage } from '../features/report/print'
import { useAgreementNotes, useReport, useReportVerdict } from '../features/report/queries'
import { ReportDownloads } from '../features/report/report-controls'
import { AvailabilityTable, ReportFigures } from '../features/report/report-figures'
import { keyFigures, summary, trendRows, type Verdict } from '../features/report/verdict'
import { KeyFigures, Trend, VerdictSummary } from '../features/report/verdict-view'
import { t } from '../i18n'
import { formatDate } from '../lib/format'
import { useUrlFilters } from '../lib/url-filters'
import '../features/report/report.css'

export function ReportPage() {
  const user = useUser()
  const staff = isStaff(user.role)
  const id = useId()
  const { filters: view, today, setFilters, params } = useUrlFilters(readReportParams, writeReportParams)
  const [generatedAt] = useState(() => Date.now())
  const print = params.get('druck') === '1'
  const overview = useCatalogOverview()
  const customers = overview.data?.customers ?? []
  // Staff start with the first ministry of the catalog; a ministry with its own.
  const customer = view.customer ?? (staff ? customers[0]?.id : user.customer)
  const report = useReport(customer, view.from, view.to)
  const agreements = useAgreementNotes(customer, view.from, view.to)
  const verdict = useReportVerdict(customer, view.from, view.to)
  const [chartDrawn, setChartDrawn] = useState(false)
  const settled = (query: { isSuccess: boolean; isError: boolean; isFetching: boolean }) =>
    (query.isSuccess || query.isError) && !query.isFetching
  // Settled = nothing more will arrive and the chart is drawn: the PDF printer waits for this.
  const ready =
    overview.isError ||
    (overview.isSuccess &&
      (!customer ||
        report.isError ||
        (settled(report) &&
          settled(verdict) &&
          (verdict.isError || chartDrawn) &&
          (agreements.isSuccess || agreements.isError))))
  const customerName = customers.find((c) => c.id === customer)?.name ?? customer ?? ''
  const setView = (next: { from: string; to: string; customer?: string }) =>
    setFilters({ ...next, customer: next.customer ?? view.customer })
  const shownMonth = view.month ?? monthOf(view.from)
  const options = monthOptions(today, view.month)
  const latest = options[0]?.value ?? monthOf(today)
  const earliest = options.at(-1)?.value ?? shownMonth

  return (
    <div className={print ? 'report report-print' : 'report'} data-report-ready={ready ? 'true' : 'false'}>
      {print ? (
        <PrintTitle customerName={customerName} from={view.from} to={view.to} generatedAt={generatedAt} />
      ) : (
        <>
          <PageHeader title={t('report:page.title')}>{t('report:page.intro')}</PageHeader>
          <DataAsOf />

          <section className="card filters report-filters" aria-label={t('report:page.selection')}>
            <div className="field">
              <label htmlFor={`${id}-monat`}>{t('report:page.month')}</label>
              <div className="month-picker">
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => setView(monthPeriod(addMonthsToMonth(shownMonth, -1)))}
                  disabled={view.month !== undefined && view.month <= earliest}
                >
                  <span aria-hidden="true">‹</span> {t('report:page.previousMonth')}
                </button>
                <select
                  id={`${id}-monat`}
                  value={view.month ?? ''}
                  onChange={(e) => e.target.value && setView(monthPeriod(e.target.value))}
                >
                  {view.month ? null : <option value="">{t('report:page.customPeriod')}</option>}
                  {options.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => setView(monthPeriod(addMonthsToMonth(shownMonth, 1)))}
                  disabled={view.month !== undefined && view.month >= latest}
                >
                  {t('report:page.nextMonth')} <span aria-hidden="true">›</span>
                </button>
              </div>
            </div>
            {staff ? (
              <div className="field">
                <label htmlFor={`${id}-ressort`}>{t('report:page.ministry')}</label>
                <select
                  id={`${id}-ressort`}
                  value={customer ?? ''}
                  onChange={(e) => setView({ from: view.from, to: view.to, customer: e.target.value })}
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
                <span className="filter-label">{t('report:page.ministryStatic')}</span> {customerName || '…'}
              </p>
            )}
            <details className="report-period" open={view.month === undefined}>
              <summary>{t('report:page.otherPeriod')}</summary>
              <PeriodPicker filters={view} today={today} onChange={(period) => setView(period)} />
            </details>
          </section>

          {customer ? <ReportDownloads customer={customer} from={view.from} to={view.to} /> : null}
        </>
      )}

      <AgreementNotes notes={agreements} services={overview.data?.services ?? []} />

      <ReportBody
        report={report}
        verdict={verdict.data}
        print={print}
        onChartDrawn={() => setChartDrawn(true)}
        customers={customers}
        services={overview.data?.services ?? []}
        noCustomer={!customer && overview.isSuccess}
        overviewError={overview.error}
      />
    </div>
  )
}

/** The first printed page: who, which period, when it was made. */
function PrintTitle({
  customerName,
  from,
  to,
  generatedAt,
}: {
  customerName: string
  from: string
  to: string
  generatedAt: number
}) {
  const page = titlePage({ customerName, from, to, generatedAt })
  return (
    <header className="title-page">
      <title>
        {t('report:title.document', { kind: page.kind, customer: page.customerName, period: page.period })}
      </title>
      <p className="title-brand">{t('report:title.brand')}</p>
      <p className="title-tagline">{t('report:title.tagline')}</p>
      <h1 id="seitentitel" className="title-kind">
        {page.kind}
      </h1>
      <p className="title-customer">{page.customerName}</p>
      <p className="title-period">{page.period}</p>
      <p className="title-generated">{page.generated}</p>
      <p className="title-note">{t('report:title.note')}</p>
    </header>
  )
}

function ReportBody({
  report,
  verdict,
  print,
  onChartDrawn,
  customers,
  services,
  noCustomer,
  overviewError,
}: {
  report: { data?: ReportView; error: unknown; isError: boolean; isFetching: boolean }
  verdict: Verdict | undefined
  print: boolean
  onChartDrawn: () => void
  customers: readonly { id: string; name: string }[]
  services: readonly { id: string; name: string }[]
  noCustomer: boolean
  overviewError: unknown
}) {
  if (report.isError) return <QueryError error={report.error} />
  if (overviewError) return <QueryError error={overviewError} />
  if (noCustomer) return <Empty>{t('report:page.noMinistry')}</Empty>
  if (!report.data) return <Loading />
  // Title from the data shown, not the selection: while the next period loads the previous one stays.
  const { data } = report
  const name = customers.find((c) => c.id === data.customer)?.name ?? data.customer
  const availability = availabilityView(data, services)
  return (
    <div aria-busy={report.isFetching}>
      <div className="report-heading">
        <h2>
          {name} · {periodLabel(data.from.slice(0, 10), data.to.slice(0, 10))}
        </h2>
        <p className="muted">
          {t('report:page.periodLine', {
            from: formatDate(data.from.slice(0, 10)),
            to: formatDate(lastDayOf({ from: data.from.slice(0, 10), to: data.to.slice(0, 10) })),
          })}
          {report.isFetching ? <span role="status">{t('report:page.updating')}</span> : null}
        </p>
      </div>
      {/* The verdict of this very report: the previous period's answer may still be on its way. */}
      {verdict &&
      data.availability &&
      verdict.previous.customer === data.customer &&
      verdict.previous.to === data.from ? (
        <>
          <VerdictSummary text={summary({ ...data, availability: data.availability }, verdict, services)} />
          <KeyFigures figures={keyFigures({ ...data, availability: data.availability }, verdict, services)} />
        </>
      ) : null}
      <ReportFigures groups={reportGroups(data)} />
      {availability ? <AvailabilityTable availability={availability} /> : null}
      {verdict ? <Trend rows={trendRows(verdict)} print={print} onDrawn={onChartDrawn} /> : null}
    </div>
  )
}
