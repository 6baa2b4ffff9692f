/**
 * The age of the data on screen: a banner for staff when the checks are
 * stale, the table of each kind's last import and newest time, and the
 * "Stand der Daten" line of a report.
 */
import { Link } from 'react-router'
import { t } from '../../i18n'
import { formatInstant, formatInteger } from '../../lib/format'
import { kindLabel } from '../quarantine/adapters'
import { useDataAsOf, useFreshnessStatus } from './queries'

/** Shown above every staff page while the newest check is older than the threshold. */
export function DataAgeBanner() {
  const status = useFreshnessStatus()
  const failing = status.data?.connectors.filter((connector) => connector.lastError !== null) ?? []
  if (!status.data?.checksStale && failing.length === 0) return null
  const newest = status.data?.kinds.find((kind) => kind.kind === 'checks')?.newestEvent
  return (
    <p className="state state-warning data-age-banner" role="status">
      {failing.map((connector) => (
        <span key={`${connector.connector}-${connector.source}`} className="data-age-connector">
          {t('freshness:banner.connector', {
            connector: connector.connector,
            source: connector.source,
            reason: connector.lastError,
            time: connector.lastSuccessAt
              ? formatInstant(connector.lastSuccessAt)
              : t('freshness:table.never'),
          })}{' '}
        </span>
      ))}
      {!status.data?.checksStale
        ? null
        : newest
          ? t('freshness:banner.stale', {
              time: formatInstant(newest),
              minutes: formatInteger(status.data?.staleAfterMinutes ?? 0),
            })
          : t('freshness:banner.none')}{' '}
      <Link to="/quarantaene#datenstand">{t('freshness:banner.details')}</Link>
    </p>
  )
}

export function FreshnessTable() {
  const status = useFreshnessStatus()
  return (
    <section
      className="card"
      id="datenstand"
      aria-labelledby="datenstand-titel"
      aria-busy={status.isFetching}
    >
      <h2 id="datenstand-titel">{t('freshness:table.title')}</h2>
      <p className="muted">{t('freshness:table.lead')}</p>
      {status.data ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('freshness:table.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('freshness:table.kind')}</th>
                <th scope="col">{t('freshness:table.lastRun')}</th>
                <th scope="col">{t('freshness:table.source')}</th>
                <th scope="col">{t('freshness:table.newest')}</th>
              </tr>
            </thead>
            <tbody>
              {status.data.kinds.map((kind) => (
                <tr key={kind.kind}>
                  <th scope="row">{kindLabel(kind.kind)}</th>
                  <td>
                    {kind.lastRun ? formatInstant(kind.lastRun.finishedAt) : t('freshness:table.never')}
                    {kind.lastRun ? (
                      <div className="muted">
                        {t('freshness:table.counts', {
                          stored: formatInteger(kind.lastRun.stored),
                          quarantined: formatInteger(kind.lastRun.quarantined),
                        })}
                      </div>
                    ) : null}
                  </td>
                  <td>{kind.lastRun?.source ?? '–'}</td>
                  <td>{kind.newestEvent ? formatInstant(kind.newestEvent) : t('freshness:table.never')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {status.data && status.data.connectors.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t('freshness:connectors.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('freshness:connectors.connector')}</th>
                <th scope="col">{t('freshness:table.source')}</th>
                <th scope="col">{t('freshness:connectors.lastSuccess')}</th>
                <th scope="col">{t('freshness:connectors.state')}</th>
              </tr>
            </thead>
            <tbody>
              {status.data.connectors.map((connector) => (
                <tr key={`${connector.connector}-${connector.source}`}>
                  <th scope="row">{connector.connector}</th>
                  <td>{connector.source}</td>
                  <td>
                    {connector.lastSuccessAt
                      ? formatInstant(connector.lastSuccessAt)
                      : t('freshness:table.never')}
                  </td>
                  <td>
                    {connector.lastError === null
                      ? t('freshness:connectors.ok')
                      : t('freshness:connectors.failing', {
                          time: formatInstant(connector.lastAttemptAt),
                          reason: connector.lastError,
                        })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  )
}

/** "Stand der Daten: 04.12.2026, 10:37" — when data last arrived. */
export function DataAsOf() {
  const asOf = useDataAsOf()
  if (!asOf.data) return null
  return (
    <p className="muted data-as-of">
      {t('freshness:asOf.label')}: {asOf.data.asOf ? formatInstant(asOf.data.asOf) : t('freshness:asOf.none')}
    </p>
  )
}
