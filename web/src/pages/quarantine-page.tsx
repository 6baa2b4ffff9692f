/** "Quarantäne": records the import refused, for the service management to fix at the source. */
import { useId } from 'react'
import { useSearchParams } from 'react-router'
import { PageHeader } from '../components/page-header'
import { Empty, Loading, QueryError } from '../components/query-state'
import { FreshnessTable } from '../features/freshness/freshness'
import { isEventKind, KINDS, kindLabel } from '../features/quarantine/adapters'
import { QuarantineTable } from '../features/quarantine/quarantine-table'
import { useQuarantine } from '../features/quarantine/queries'
import { t } from '../i18n'
import { formatInteger } from '../lib/format'

const LIMIT = 500

export function QuarantinePage() {
  const id = useId()
  const [params, setParams] = useSearchParams()
  const art = params.get('art')
  const kind = isEventKind(art) ? art : undefined
  const records = useQuarantine({ kind, limit: LIMIT })

  return (
    <>
      <PageHeader title={t('quarantine:page.title')}>{t('quarantine:page.lead')}</PageHeader>
      <FreshnessTable />
      <section className="card filters no-print" aria-label={t('quarantine:page.filters')}>
        <div className="field">
          <label htmlFor={`${id}-art`}>{t('quarantine:page.kind')}</label>
          <select
            id={`${id}-art`}
            value={kind ?? ''}
            onChange={(e) => setParams(e.target.value ? { art: e.target.value } : {}, { flushSync: true })}
          >
            <option value="">{t('quarantine:page.allKinds')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {kindLabel(k)}
              </option>
            ))}
          </select>
        </div>
      </section>
      {records.isError ? (
        <QueryError error={records.error} />
      ) : !records.data ? (
        <Loading />
      ) : records.data.length === 0 ? (
        <Empty>
          <p className="state-title">{t('quarantine:page.emptyTitle')}</p>
          <p>
            {kind ? t('quarantine:page.emptyKind', { kind: kindLabel(kind) }) : t('quarantine:page.emptyAll')}
          </p>
        </Empty>
      ) : (
        <section className="card" aria-label={t('quarantine:page.records')} aria-busy={records.isFetching}>
          <p className="muted">
            {t('quarantine:page.count', {
              count: records.data.length,
              number: formatInteger(records.data.length),
            })}
            {records.data.length >= LIMIT ? t('quarantine:page.limit', { limit: formatInteger(LIMIT) }) : ''}
          </p>
          <QuarantineTable records={records.data} />
        </section>
      )}
    </>
  )
}
