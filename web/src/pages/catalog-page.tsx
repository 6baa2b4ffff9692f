/** "Katalogversionen": every catalog load and what it changed, for leadership and service management. */
import { PageHeader } from '../components/page-header'
import { Empty, Loading, QueryError } from '../components/query-state'
import { versionEntries } from '../features/catalog/adapters'
import { useCatalogVersions } from '../features/catalog/queries'
import { t } from '../i18n'
import '../features/catalog/catalog.css'

export function CatalogPage() {
  const versions = useCatalogVersions()
  return (
    <>
      <PageHeader title={t('catalog:page.title')}>{t('catalog:page.lead')}</PageHeader>
      {versions.isError ? (
        <QueryError error={versions.error} />
      ) : !versions.data ? (
        <Loading />
      ) : versions.data.length === 0 ? (
        <Empty>
          <p>{t('catalog:page.empty')}</p>
        </Empty>
      ) : (
        <section aria-label={t('catalog:page.versions')}>
          {versionEntries(versions.data).map((entry) => (
            <article key={entry.version} className="card catalog-version">
              <h2>{entry.title}</h2>
              <p className="muted">{entry.loaded}</p>
              {entry.note ? <p>{entry.note}</p> : null}
              {entry.lines.length > 0 ? (
                <dl className="catalog-changes">
                  {entry.lines.map((line) => (
                    <div key={`${line.kind}|${line.change}`}>
                      <dt>
                        {line.kind}, {line.change}
                      </dt>
                      <dd className="catalog-change-ids">{line.ids.join(', ')}</dd>
                    </div>
                  ))}
                </dl>
              ) : null}
            </article>
          ))}
        </section>
      )}
    </>
  )
}
