/**
 * "Ziele": the agency's goals for a month, quarter or year (Leitung): the
 * scorecard of all KPIs on top, each goal's detail cards below.
 */
import { useId } from 'react'
import { addDays } from '../../../shared/local-dates'
import { PageHeader } from '../components/page-header'
import { Empty, Loading, QueryError } from '../components/query-state'
import { useCatalogOverview } from '../features/catalog/queries'
import type { Cockpit } from '../features/goals/adapters'
import { KpiCard } from '../features/goals/kpi-card'
import {
  defaultPeriodValue,
  kindLabel,
  type PeriodKind,
  periodOptions,
  readGoalPeriod,
  writeGoalPeriod,
} from '../features/goals/period'
import { useGoalsCockpit } from '../features/goals/queries'
import { scorecardRows, scorecardSummary } from '../features/goals/scorecard'
import { Scorecard } from '../features/goals/scorecard-view'
import { t } from '../i18n'
import { formatDate } from '../lib/format'
import { useUrlFilters } from '../lib/url-filters'

const KINDS: PeriodKind[] = ['month', 'quarter', 'year']

export function GoalsPage() {
  const id = useId()
  const { filters: period, today, setFilters: setPeriod } = useUrlFilters(readGoalPeriod, writeGoalPeriod)
  const cockpit = useGoalsCockpit(period)
  const overview = useCatalogOverview()

  return (
    <>
      <PageHeader title={t('goals:page.title')}>{t('goals:page.lead')}</PageHeader>

      <section className="card filters" aria-label={t('goals:page.periodLabel')}>
        <div className="field">
          <label htmlFor={`${id}-art`}>{t('goals:page.periodLabel')}</label>
          <select
            id={`${id}-art`}
            value={period.kind}
            onChange={(e) => setPeriod(defaultPeriodValue(e.target.value as PeriodKind, today))}
          >
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kindLabel(kind)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-wert`}>{kindLabel(period.kind)}</label>
          <select id={`${id}-wert`} value={period.value} onChange={(e) => setPeriod(e.target.value)}>
            {periodOptions(period.kind, today, period.value).map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      </section>

      <p className="period-line">
        <strong>{period.label}</strong>{' '}
        <span className="muted">
          {t('goals:page.range', {
            from: formatDate(period.from),
            to: formatDate(addDays(period.to, -1)),
          })}
        </span>
        {cockpit.isFetching && cockpit.data ? <span role="status">{t('goals:page.updating')}</span> : null}
      </p>

      {cockpit.isError ? (
        <QueryError error={cockpit.error} />
      ) : !cockpit.data ? (
        <Loading />
      ) : (
        <CockpitBody cockpit={cockpit.data} customers={overview.data?.customers ?? []} />
      )}
    </>
  )
}

function CockpitBody({
  cockpit,
  customers,
}: {
  cockpit: Cockpit
  customers: readonly { id: string; name: string }[]
}) {
  if (cockpit.goals.length === 0) {
    return (
      <Empty>
        {t('goals:page.noGoalsBefore')}
        <code>goals</code>
        {t('goals:page.noGoalsAfter')}
      </Empty>
    )
  }
  return (
    <>
      <Scorecard rows={scorecardRows(cockpit)} summary={scorecardSummary(cockpit)} />
      <h2 className="goals-details-title">{t('goals:scorecard.details')}</h2>
      {cockpit.goals.map((goal) => (
        <section className="card goal" key={goal.id} aria-labelledby={`ziel-${goal.id}`} data-goal={goal.id}>
          <h2 id={`ziel-${goal.id}`}>{goal.name}</h2>
          {goal.description ? <p className="muted">{goal.description}</p> : null}
          {goal.kpis.length === 0 ? (
            <p>{t('goals:page.noKpis')}</p>
          ) : (
            <div className="kpi-grid">
              {goal.kpis.map((kpi) => (
                <KpiCard key={kpi.id} kpi={kpi} goalId={goal.id} customers={customers} />
              ))}
            </div>
          )}
        </section>
      ))}
    </>
  )
}
