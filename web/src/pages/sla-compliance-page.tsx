/** "SLA-Einhaltung": compliance and MTTR over time, the Ressort × Dienst heatmap, ticket statistics. */
import { lazy, Suspense, useEffect, useId, useState } from 'react'
import type { ComplianceInput } from '../../../shared/api'
import { isLocalDate, lastDayOf } from '../../../shared/local-dates'
import { PageHeader } from '../components/page-header'
import { PeriodPicker } from '../components/period-picker'
import { ChartSkeleton, Empty, Loading, QueryError } from '../components/query-state'
import { useUser } from '../features/auth/session'
import { useCatalogOverview } from '../features/catalog/queries'
import { isStaff } from '../features/navigation/navigation'
import {
  type Catalog,
  type ComplianceRow,
  complianceChart,
  complianceTable,
  groupName,
  measureLabel,
} from '../features/sla/compliance'
import { ComplianceTable } from '../features/sla/compliance-table'
import { heatmap } from '../features/sla/heatmap'
import { HeatmapTable } from '../features/sla/heatmap-table'
import {
  type BucketUnit,
  type ComplianceFilters,
  type GroupBy,
  type Measure,
  parseTarget,
  readComplianceFilters,
  targetLine,
  writeComplianceFilters,
} from '../features/sla/params'
import { useSlaCompliance, useSlaStats } from '../features/sla/queries'
import { ChipChoice, ChoiceFilter } from '../features/sla/sla-filters'
import { statsView } from '../features/sla/stats'
import { StatsTables } from '../features/sla/stats-tables'
import { CustomerFilter } from '../features/tickets/ticket-filters'
import { t } from '../i18n'
import { formatDate, formatNumber } from '../lib/format'
import { useUrlFilters } from '../lib/url-filters'
import { choiceOrAll } from '../trpc'

const loadChart = () => import('../features/sla/compliance-chart')
const ComplianceChart = lazy(() => loadChart().then((module) => ({ default: module.ComplianceChart })))

const GROUPS: ReadonlyArray<{ value: GroupBy; staffOnly?: boolean }> = [
  { value: 'none' },
  { value: 'customer', staffOnly: true },
  { value: 'service' },
  { value: 'priority' },
]

// Labels at call time: they follow the language.
const units = (): ReadonlyArray<{ value: BucketUnit; label: string }> => [
  { value: 'month', label: t('sla:compliance.units.month') },
  { value: 'week', label: t('sla:compliance.units.week') },
]

const measures = (): ReadonlyArray<{ value: Measure; label: string }> => [
  { value: 'resolution', label: t('sla:clock.resolution') },
  { value: 'response', label: t('sla:clock.response') },
]

export function SlaCompliancePage() {
  useEffect(() => {
    void loadChart()
  }, [])
  const user = useUser()
  const staff = isStaff(user.role)
  const { filters, today, setFilters } = useUrlFilters(readComplianceFilters, writeComplianceFilters)
  const overview = useCatalogOverview()
  const catalog: Catalog = {
    customers: overview.data?.customers ?? [],
    services: overview.data?.services ?? [],
  }
  const scope = {
    from: filters.from,
    to: filters.to,
    customers: choiceOrAll(filters.customers),
  }
  const services = choiceOrAll(filters.services)
  // Ministry users cannot group by Ressort: a linked `gruppe=ressort` falls back to none.
  const groupBy: GroupBy = !staff && filters.groupBy === 'customer' ? 'none' : filters.groupBy
  const trendInput: ComplianceInput = { ...scope, services, bucket: filters.unit, groupBy }
  const trend = useSlaCompliance(trendInput)
  // The heatmap sums months: a period-long bucket is what it shows.
  const heatInput: ComplianceInput = { ...scope, services, bucket: 'month', groupBy: 'customer_service' }
  const heat = useSlaCompliance(heatInput)
  const stats = useSlaStats(scope)
  const target = targetLine(filters.target, overview.data?.complianceTargets, filters.measure)
  const shownFilters = { ...filters, groupBy, target }

  return (
    <>
      <PageHeader title={t('sla:compliance.title')}>{t('sla:compliance.lead')}</PageHeader>

      <section className="card filters no-print" aria-label={t('sla:words.filters')}>
        <PeriodPicker filters={filters} today={today} onChange={setFilters} />
        <div className="filter-row">
          <ChoiceFilter
            label={t('sla:words.service')}
            allLabel={t('sla:words.allServices')}
            options={catalog.services}
            value={filters.services}
            onChange={(ids) => setFilters({ ...filters, services: ids })}
          />
          <GroupSelect
            value={groupBy}
            staff={staff}
            onChange={(value) => setFilters({ ...filters, groupBy: value })}
          />
          <ChipChoice
            legend={t('sla:compliance.unit')}
            options={units()}
            value={filters.unit}
            onChange={(unit) => setFilters({ ...filters, unit })}
          />
          {groupBy !== 'none' ? (
            <ChipChoice
              legend={t('sla:compliance.measureInChart')}
              options={measures()}
              value={filters.measure}
              onChange={(measure) => setFilters({ ...filters, measure })}
            />
          ) : null}
          <TargetField
            target={target}
            onChange={(next) => setFilters({ ...filters, target: next ?? null })}
          />
        </div>
        {staff ? (
          <CustomerFilter
            customers={catalog.customers}
            selected={filters.customers}
            onChange={(selected) => setFilters({ ...filters, customers: selected })}
          />
        ) : null}
      </section>

      <p className="period-line">
        {t('sla:compliance.period', {
          period:
            isLocalDate(filters.from) && isLocalDate(filters.to)
              ? t('sla:words.range', { from: formatDate(filters.from), to: formatDate(lastDayOf(filters)) })
              : t('sla:compliance.periodInvalid'),
        })}
        {staff && filters.customers.length > 0
          ? t('sla:compliance.customersLine', {
              names: filters.customers.map((id) => groupName('customer', id, catalog)).join(', '),
            })
          : null}
        {!staff ? t('sla:compliance.customerLine', { name: catalog.customers[0]?.name ?? '…' }) : null}
        {filters.services.length > 0
          ? t('sla:compliance.servicesLine', {
              names: filters.services.map((id) => groupName('service', id, catalog)).join(', '),
            })
          : null}
      </p>

      <TrendSection
        status={trend.status}
        error={trend.error}
        rows={trend.isError ? undefined : trend.data}
        filters={shownFilters}
        catalog={catalog}
      />

      <section className="card" aria-labelledby="heatmap-titel">
        <h2 id="heatmap-titel">{t('sla:compliance.heatmapTitle')}</h2>
        <p className="muted">{t('sla:compliance.heatmapLead')}</p>
        {heat.isError ? (
          <QueryError error={heat.error} />
        ) : !heat.data ? (
          <Loading />
        ) : (
          <HeatmapBody rows={heat.data} filters={filters} catalog={catalog} />
        )}
      </section>

      <section className="card" aria-labelledby="statistik-titel">
        <h2 id="statistik-titel">{t('sla:compliance.statsTitle')}</h2>
        {filters.services.length > 0 ? <p className="muted">{t('sla:compliance.statsAllServices')}</p> : null}
        {stats.isError ? (
          <QueryError error={stats.error} />
        ) : !stats.data ? (
          <Loading />
        ) : (
          <StatsTables view={statsView(stats.data)} />
        )}
      </section>
    </>
  )
}

function GroupSelect({
  value,
  staff,
  onChange,
}: {
  value: GroupBy
  staff: boolean
  onChange: (value: GroupBy) => void
}) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{t('sla:compliance.groupBy')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as GroupBy)}>
        {GROUPS.filter((group) => staff || !group.staffOnly).map((group) => (
          <option key={group.value} value={group.value}>
            {t(`sla:compliance.groups.${group.value}`)}
          </option>
        ))}
      </select>
    </div>
  )
}

/** The target as the field shows it: "97,5" (en: "97.5"); parseTarget reads both. */
function targetText(target: number | undefined): string {
  return target === undefined ? '' : formatNumber(target, { max: 6 })
}

/**
 * The target line is typed, not chosen from a list: targets differ by
 * contract. It applies on leaving the field or Enter, like the dates.
 */
function TargetField({ target, onChange }: { target: number | undefined; onChange: (t?: number) => void }) {
  const id = useId()
  const [text, setText] = useState(targetText(target))
  const [shown, setShown] = useState(target)
  // The URL changed (back button, a link): show its value.
  if (shown !== target) {
    setShown(target)
    setText(targetText(target))
  }
  const invalid = text.trim() !== '' && parseTarget(text) === undefined
  const apply = () => {
    if (!invalid) onChange(parseTarget(text))
  }
  return (
    <div className="field target-field">
      <label htmlFor={id}>{t('sla:compliance.target')}</label>
      <input
        id={id}
        inputMode="decimal"
        placeholder={t('sla:compliance.targetNone')}
        value={text}
        size={6}
        onChange={(e) => setText(e.target.value)}
        onBlur={apply}
        onKeyDown={(e) => {
          if (e.key === 'Enter') apply()
        }}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-problem` : undefined}
      />
      {invalid ? (
        <p id={`${id}-problem`} className="field-problem" role="alert">
          {t('sla:compliance.targetProblem')}
        </p>
      ) : null}
    </div>
  )
}

function TrendSection({
  status,
  error,
  rows,
  filters,
  catalog,
}: {
  status: 'pending' | 'error' | 'success'
  error: unknown
  rows: readonly ComplianceRow[] | undefined
  filters: ComplianceFilters
  catalog: Catalog
}) {
  if (status === 'error') return <QueryError error={error} />
  if (!rows) return <ChartSkeleton />
  const anyStopped = rows.some(
    (row) => row.resolution.met + row.resolution.breached + row.response.met + row.response.breached > 0,
  )
  if (!anyStopped) {
    return (
      <Empty>
        <p className="state-title">{t('sla:compliance.emptyTitle')}</p>
        <p>{t('sla:compliance.emptyText')}</p>
      </Empty>
    )
  }
  const chart = complianceChart(rows, {
    groupBy: filters.groupBy,
    measure: filters.measure,
    unit: filters.unit,
    period: filters,
    catalog,
  })
  const unit = t(`sla:compliance.unitsInCaption.${filters.unit}`)
  const caption =
    filters.groupBy === 'none'
      ? t('sla:compliance.captionUngrouped', { unit })
      : t('sla:compliance.captionGrouped', {
          measure: measureLabel(filters.measure),
          unit,
          group: t(`sla:compliance.groupsInCaption.${filters.groupBy}`),
        })
  return (
    <section className="card" aria-label={t('sla:compliance.trend')}>
      <Suspense fallback={<ChartSkeleton />}>
        <ComplianceChart chart={chart} caption={caption} target={filters.target ?? undefined} />
      </Suspense>
      <ComplianceTable rows={complianceTable(rows, filters, catalog)} grouped={filters.groupBy !== 'none'} />
    </section>
  )
}

function HeatmapBody({
  rows,
  filters,
  catalog,
}: {
  rows: readonly ComplianceRow[]
  filters: ComplianceFilters
  catalog: Catalog
}) {
  // Rows for the Ressorts chosen, or all the user may see.
  const customers =
    filters.customers.length > 0
      ? catalog.customers.filter((c) => filters.customers.includes(c.id))
      : catalog.customers
  const map = heatmap(rows, filters, { ...catalog, customers })
  if (map.services.length === 0) return <p>{t('sla:compliance.heatmapEmpty')}</p>
  return <HeatmapTable map={map} />
}
