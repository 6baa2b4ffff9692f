/** "Verfügbarkeit" (availability): every service of the view with its state and a status bar of the last days. */
import { PageHeader } from '../components/page-header'
import { Empty, Loading, QueryError } from '../components/query-state'
import { useUser } from '../features/auth/session'
import { basisLabel } from '../features/availability/labels'
import { readOverviewFilters, writeOverviewFilters } from '../features/availability/params'
import { useAvailabilityOverview } from '../features/availability/queries'
import { orderRows, statusRows, targetSummary } from '../features/availability/status-bar'
import { StatusLegend, StatusList, StatusTable } from '../features/availability/status-overview'
import { DaysChoice, OrderSelect, SlaViewSelect } from '../features/availability/view-filters'
import { useCatalogOverview } from '../features/catalog/queries'
import { isStaff } from '../features/navigation/navigation'
import { OwnCustomer } from '../features/tickets/ticket-filters'
import { t } from '../i18n'
import { formatInstant, formatInteger } from '../lib/format'
import { useUrlFilters } from '../lib/url-filters'

export function AvailabilityOverviewPage() {
  const user = useUser()
  const staff = isStaff(user.role)
  const { filters, setFilters } = useUrlFilters(readOverviewFilters, writeOverviewFilters)
  // A ministry user is measured in its own SLA whatever the link says.
  const customer = staff ? filters.customer : undefined
  const catalog = useCatalogOverview()
  const overview = useAvailabilityOverview({ days: filters.days, customer })
  const customers = catalog.data?.customers ?? []
  const customerName = (id: string | null | undefined) => customers.find((c) => c.id === id)?.name
  const rows = overview.data ? orderRows(statusRows(overview.data), filters.order) : []
  const summary = targetSummary(rows)

  return (
    <>
      <PageHeader title={t('availability:overview.title')}>{t('availability:overview.lead')}</PageHeader>

      <section className="card filters no-print" aria-label={t('availability:filters.label')}>
        <div className="filter-row">
          <DaysChoice value={filters.days} onChange={(days) => setFilters({ ...filters, days })} />
          <OrderSelect value={filters.order} onChange={(order) => setFilters({ ...filters, order })} />
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

      {overview.isError ? (
        <QueryError error={overview.error} />
      ) : !overview.data ? (
        <Loading />
      ) : (
        <section className="card" aria-labelledby="status-titel">
          <h2 id="status-titel">
            {t('availability:overview.heading', { days: overview.data.dates.length })}
          </h2>
          <p className="muted">
            {t('availability:overview.asOf', { time: formatInstant(overview.data.as_of) })} ·{' '}
            {overview.data.customer === null
              ? t('availability:overview.standardView')
              : t('availability:overview.customerView', {
                  name: customerName(overview.data.customer) ?? overview.data.customer,
                })}
          </p>
          {rows.length === 0 ? (
            <Empty>
              <p className="state-title">{t('availability:overview.noServices')}</p>
              <p>{t('availability:overview.noServicesText')}</p>
            </Empty>
          ) : (
            <>
              <p className="avail-in-target">
                <strong>
                  {t('availability:overview.inTarget', {
                    met: formatInteger(summary.met),
                    count: formatInteger(summary.count),
                  })}
                </strong>
                {summary.unrated > 0
                  ? t('availability:overview.inTargetNote', { unrated: formatInteger(summary.unrated) })
                  : null}
              </p>
              <StatusLegend />
              <StatusList rows={rows} customer={customer} />
              <p className="small muted">
                {overview.data.services
                  .map((s) => `${s.name}: ${basisLabel(s.basis, customerName(s.basis.customer))}`)
                  .join(' · ')}
              </p>
              <StatusTable rows={rows} />
            </>
          )}
        </section>
      )}
    </>
  )
}
