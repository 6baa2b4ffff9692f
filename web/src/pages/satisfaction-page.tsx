/** "Zufriedenheit": CSAT and NPS per month, by SLA outcome, and the comments. A Ressort sees its own. */
import { useId } from 'react'
import { addDays, isLocalDate } from '../../../shared/local-dates'
import { PageHeader } from '../components/page-header'
import { PeriodPicker } from '../components/period-picker'
import { Empty, Loading, QueryError } from '../components/query-state'
import { useUser } from '../features/auth/session'
import { useCatalogOverview } from '../features/catalog/queries'
import { isStaff } from '../features/navigation/navigation'
import {
  commentRows,
  outcomeRows,
  readSatisfactionFilters,
  satisfactionRows,
  trendPoints,
  writeSatisfactionFilters,
} from '../features/satisfaction/adapters'
import {
  useSatisfactionBySlaOutcome,
  useSatisfactionSummary,
  useSatisfactionTrend,
  useSurveyComments,
} from '../features/satisfaction/queries'
import {
  CommentList,
  OutcomeChart,
  SummaryTable,
  TrendChart,
} from '../features/satisfaction/satisfaction-views'
import { t } from '../i18n'
import { formatDate, formatInteger } from '../lib/format'
import { useUrlFilters } from '../lib/url-filters'

/** The newest comments shown. */
const COMMENTS = 100

export function SatisfactionPage() {
  const user = useUser()
  const staff = isStaff(user.role)
  const id = useId()
  const { filters, today, setFilters } = useUrlFilters(readSatisfactionFilters, writeSatisfactionFilters)
  const overview = useCatalogOverview()
  const customers = overview.data?.customers ?? []
  const services = overview.data?.services ?? []
  const trend = useSatisfactionTrend(filters)
  const summary = useSatisfactionSummary(filters)
  const outcomes = useSatisfactionBySlaOutcome(filters)
  const comments = useSurveyComments(filters, COMMENTS)
  const ownName = customers.find((c) => c.id === user.customer)?.name

  return (
    <>
      <PageHeader title={t('satisfaction:page.title')}>{t('satisfaction:page.intro')}</PageHeader>

      <section className="card filters" aria-label={t('satisfaction:page.selection')}>
        <PeriodPicker filters={filters} today={today} onChange={setFilters} />
        {staff ? (
          <div className="field">
            <label htmlFor={`${id}-ressort`}>{t('satisfaction:page.ministry')}</label>
            <select
              id={`${id}-ressort`}
              value={filters.customer ?? ''}
              onChange={(e) => setFilters({ ...filters, customer: e.target.value || undefined })}
            >
              <option value="">{t('satisfaction:page.allMinistries')}</option>
              {customers.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <p className="filter-static">
            <span className="filter-label">{t('satisfaction:page.ministryStatic')}</span> {ownName ?? '…'}
          </p>
        )}
        <div className="field field-check">
          <label>
            <input
              type="checkbox"
              checked={filters.byService}
              onChange={(e) => setFilters({ ...filters, byService: e.target.checked })}
            />
            {t('satisfaction:page.byService')}
          </label>
        </div>
      </section>

      {isLocalDate(filters.from) && isLocalDate(filters.to) ? (
        <p className="period-line">
          {t('satisfaction:page.period', {
            from: formatDate(filters.from),
            to: formatDate(addDays(filters.to, -1)),
          })}
        </p>
      ) : null}

      <section className="card" aria-labelledby={`${id}-verlauf`}>
        <h2 id={`${id}-verlauf`}>{t('satisfaction:page.trend')}</h2>
        {trend.isError ? (
          <QueryError error={trend.error} />
        ) : !trend.data ? (
          <Loading />
        ) : trend.data.length === 0 ? (
          <Empty>{t('satisfaction:page.noAnswers')}</Empty>
        ) : (
          <TrendChart points={trendPoints(trend.data, filters, today)} />
        )}
      </section>

      <section className="card" aria-labelledby={`${id}-monate`}>
        {/* The month × ministry table is long (a year of nine ministries): collapsed below the chart. */}
        <details className="satisfaction-details">
          <summary>
            <h2 id={`${id}-monate`} className="inline-heading">
              {t('satisfaction:page.perMonthTable')}
            </h2>
          </summary>
          {summary.isError ? (
            <QueryError error={summary.error} />
          ) : !summary.data ? (
            <Loading />
          ) : summary.data.length === 0 ? (
            <Empty>{t('satisfaction:page.noAnswers')}</Empty>
          ) : (
            <SummaryTable
              rows={satisfactionRows(summary.data, customers, services)}
              byService={filters.byService}
            />
          )}
        </details>
      </section>

      <section className="card" aria-labelledby={`${id}-sla`}>
        <h2 id={`${id}-sla`}>{t('satisfaction:page.bySla')}</h2>
        {outcomes.isError ? (
          <QueryError error={outcomes.error} />
        ) : !outcomes.data ? (
          <Loading />
        ) : (
          <OutcomeChart rows={outcomeRows(outcomes.data)} />
        )}
      </section>

      <section className="card" aria-labelledby={`${id}-kommentare`}>
        <h2 id={`${id}-kommentare`}>{t('satisfaction:page.comments')}</h2>
        <p className="notice" role="note">
          {t('satisfaction:page.privacy')}
          {staff ? null : ` ${t('satisfaction:page.ownOnly')}`}
        </p>
        {comments.isError ? (
          <QueryError error={comments.error} />
        ) : !comments.data ? (
          <Loading />
        ) : comments.data.length === 0 ? (
          <Empty>{t('satisfaction:page.noComments')}</Empty>
        ) : (
          <>
            <CommentList comments={commentRows(comments.data, customers, services)} />
            {comments.data.length >= COMMENTS ? (
              <p className="muted">{t('satisfaction:page.newest', { n: formatInteger(COMMENTS) })}</p>
            ) : null}
          </>
        )}
      </section>
    </>
  )
}
