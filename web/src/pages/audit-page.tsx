/**
 * "Protokoll": the audit trail, for leadership only (the server refuses
 * everyone else). Filters by user, ministry and day live in the URL; the CSV
 * download takes the same filters.
 */
import { type FormEvent, useId } from 'react'
import { useSearchParams } from 'react-router'
import { PageHeader } from '../components/page-header'
import { Empty, Loading, QueryError } from '../components/query-state'
import { filterFromParams, filterParams } from '../features/audit/adapters'
import { AuditTable } from '../features/audit/audit-table'
import { useAuditTrail } from '../features/audit/queries'
import { useUser } from '../features/auth/session'
import { useCatalogOverview } from '../features/catalog/queries'
import { language, t } from '../i18n'
import { formatInteger } from '../lib/format'

export function AuditPage() {
  const user = useUser()
  if (user.role !== 'leadership')
    return (
      <>
        <PageHeader title={t('common:pages.noAccess')} />
        <p>{t('audit:leadershipOnly')}</p>
      </>
    )
  return <AuditTrail />
}

function AuditTrail() {
  const id = useId()
  const [params, setParams] = useSearchParams()
  const filter = filterFromParams(params)
  const overview = useCatalogOverview()
  const customers = overview.data?.customers ?? []
  const trail = useAuditTrail(filter)
  const ministryName = (ministry: string) => customers.find((c) => c.id === ministry)?.name ?? ministry

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const text = (name: string) => String(form.get(name) ?? '').trim()
    setParams(
      filterParams(
        filterFromParams(
          new URLSearchParams({
            benutzer: text('benutzer'),
            ressort: text('ressort'),
            tag: text('tag'),
          }),
        ),
      ),
    )
  }

  const download = filterParams(filter)
  if (language() === 'en') download.set('sprache', 'en')

  return (
    <>
      <PageHeader title={t('audit:title')}>{t('audit:lead')}</PageHeader>
      {/* The form is keyed by the URL, so going back and forth shows the filters in effect. */}
      <form
        key={params.toString()}
        className="card filters no-print"
        aria-label={t('audit:filters')}
        onSubmit={apply}
      >
        <div className="field">
          <label htmlFor={`${id}-benutzer`}>{t('audit:user')}</label>
          <input
            id={`${id}-benutzer`}
            name="benutzer"
            type="search"
            defaultValue={filter.user ?? ''}
            maxLength={200}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-ressort`}>{t('audit:ministry')}</label>
          <select id={`${id}-ressort`} name="ressort" defaultValue={filter.ministry ?? ''}>
            <option value="">{t('audit:allMinistries')}</option>
            {customers.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-tag`}>{t('audit:day')}</label>
          <input id={`${id}-tag`} name="tag" type="date" defaultValue={filter.day ?? ''} />
        </div>
        <button type="submit" className="button">
          {t('audit:apply')}
        </button>
        {params.size > 0 ? (
          <button type="button" className="button button-secondary" onClick={() => setParams({})}>
            {t('audit:reset')}
          </button>
        ) : null}
        <a className="button button-secondary" href={`/export/protokoll.csv?${download}`} download>
          {t('audit:csv')}
        </a>
      </form>
      {trail.isError ? (
        <QueryError error={trail.error} />
      ) : !trail.data ? (
        <Loading />
      ) : trail.data.entries.length === 0 ? (
        <Empty>
          <p className="state-title">{t('audit:emptyTitle')}</p>
          <p>{t('audit:emptyText')}</p>
        </Empty>
      ) : (
        <section className="card" aria-busy={trail.isFetching}>
          <p className="muted">
            {t('audit:count', {
              count: trail.data.entries.length,
              number: formatInteger(trail.data.entries.length),
            })}{' '}
            {trail.data.more ? t('audit:more') : ''}
          </p>
          <AuditTable entries={trail.data.entries} ministryName={ministryName} />
        </section>
      )}
    </>
  )
}
