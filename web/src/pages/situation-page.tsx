/**
 * "Lage": the service managers' start page. What needs acting on now, each
 * number a link to the list behind it. Refreshes itself like the SLA board.
 */
import { Link } from 'react-router'
import { PRIORITIES } from '../../../shared/catalog'
import { PageHeader } from '../components/page-header'
import { Loading, QueryError } from '../components/query-state'
import { useCatalogOverview } from '../features/catalog/queries'
import { formatAvailability } from '../features/report/adapters'
import { useSituation } from '../features/situation/queries'
import { nameOf } from '../features/sla/labels'
import { boardHref, drillDownHref } from '../features/sla/params'
import { t } from '../i18n'
import { formatInteger, formatPercent, formatTimeOfDay } from '../lib/format'
import type { RouterOutputs } from '../trpc'
import '../features/report/verdict.css'
import '../features/situation/situation.css'

type Situation = RouterOutputs['situation']['now']

export function SituationPage() {
  const situation = useSituation()
  const overview = useCatalogOverview()
  const customers = overview.data?.customers ?? []
  return (
    <>
      <PageHeader title={t('situation:title')}>{t('situation:lead')}</PageHeader>
      {situation.data ? (
        <SituationBody situation={situation.data} customers={customers} />
      ) : situation.isError ? (
        <QueryError error={situation.error} />
      ) : (
        <Loading />
      )}
    </>
  )
}

function Figure({ label, value, href, tone }: { label: string; value: number; href: string; tone?: string }) {
  return (
    <div className={`stat${tone ? ` stat-${tone}` : ''}`}>
      <dt>{label}</dt>
      <dd>
        <Link to={href}>{formatInteger(value)}</Link>
      </dd>
    </div>
  )
}

function SituationBody({
  situation,
  customers,
}: {
  situation: Situation
  customers: readonly { id: string; name: string }[]
}) {
  const { tickets, month } = situation
  const ministries = [...new Set(tickets.counts.map((count) => count.customer))]
  const cell = (customer: string, priority: string) =>
    tickets.counts.find((count) => count.customer === customer && count.priority === priority)
  return (
    <>
      <p className="muted">{t('situation:asOf', { time: formatTimeOfDay(situation.asOf) })}</p>
      <div className="situation-grid">
        <section className="card situation-tickets" aria-labelledby="lage-tickets">
          <h2 id="lage-tickets">{t('situation:tickets.title')}</h2>
          <dl className="stat-row">
            <Figure
              label={t('situation:tickets.atRisk')}
              value={tickets.atRisk}
              href={boardHref({ states: ['at_risk'] })}
              tone="warn"
            />
            <Figure
              label={t('situation:tickets.breached')}
              value={tickets.breached}
              href={boardHref({ states: ['breached'] })}
              tone="bad"
            />
            <Figure label={t('situation:tickets.open')} value={tickets.open} href={boardHref({})} />
          </dl>
          {ministries.length === 0 ? (
            <p>{t('situation:tickets.none')}</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table situation-table">
                <caption>{t('situation:tickets.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('situation:tickets.ministry')}</th>
                    {PRIORITIES.map((priority) => (
                      <th scope="col" key={priority} className="num">
                        {priority}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {ministries.map((customer) => (
                    <tr key={customer}>
                      <th scope="row">{nameOf(customers, customer)}</th>
                      {PRIORITIES.map((priority) => {
                        const count = cell(customer, priority)
                        return (
                          <td key={priority} className="num">
                            {count ? (
                              <Link to={boardHref({ customers: [customer], priorities: [priority] })}>
                                {t('situation:tickets.cell', {
                                  atRisk: formatInteger(count.atRisk),
                                  breached: formatInteger(count.breached),
                                })}
                              </Link>
                            ) : (
                              '–'
                            )}
                          </td>
                        )
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>

        <section className="card" aria-labelledby="lage-monat">
          <h2 id="lage-monat">{t('situation:month.title')}</h2>
          <dl className="situation-list">
            {(['response', 'resolution'] as const).map((clock) => {
              const figures = situation[clock]
              const met =
                figures.target !== null && figures.compliance !== null && figures.compliance >= figures.target
              return (
                <div key={clock} data-clock={clock}>
                  <dt>{t(`situation:month.${clock}`)}</dt>
                  <dd>
                    {figures.compliance === null ? (
                      t('situation:month.noData')
                    ) : (
                      <Link
                        to={drillDownHref({
                          from: month.from,
                          to: month.to,
                          outcome: `${clock}_breached`,
                          customers: [],
                          services: [],
                          priorities: [],
                        })}
                      >
                        {formatPercent(figures.compliance)}
                      </Link>
                    )}{' '}
                    <span className="muted">
                      {figures.target === null
                        ? t('situation:month.noTarget')
                        : t('situation:month.target', { target: formatPercent(figures.target) })}
                    </span>{' '}
                    {figures.compliance !== null && figures.target !== null ? (
                      <span className={`judgement judgement-${met ? 'met' : 'missed'}`}>
                        <span aria-hidden="true">{met ? '✓' : '✗'}</span>{' '}
                        {t(`report:verdict.judgement.${met ? 'met' : 'missed'}`)}
                      </span>
                    ) : null}
                    <span className="block muted small">
                      {t('situation:month.counts', {
                        met: formatInteger(figures.met),
                        breached: formatInteger(figures.breached),
                      })}
                    </span>
                  </dd>
                </div>
              )
            })}
          </dl>
        </section>

        <ServiceList
          id="lage-unter-ziel"
          title={t('situation:services.below')}
          empty={t('situation:services.noneBelow')}
          services={situation.belowTarget}
        />
        <ServiceList
          id="lage-ohne-messwerte"
          title={t('situation:services.stale')}
          empty={t('situation:services.noneStale')}
          services={situation.stale}
          withoutValue
        />

        <section className="card" aria-labelledby="lage-quarantaene">
          <h2 id="lage-quarantaene">{t('situation:quarantine.title')}</h2>
          <p>
            <Link to="/quarantaene">
              {t('situation:quarantine.records', {
                count: situation.quarantined,
                n: formatInteger(situation.quarantined),
              })}
            </Link>
          </p>
        </section>
      </div>
    </>
  )
}

function ServiceList({
  id,
  title,
  empty,
  services,
  withoutValue = false,
}: {
  id: string
  title: string
  empty: string
  services: Situation['belowTarget']
  withoutValue?: boolean
}) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>
        {title}: {formatInteger(services.length)}
      </h2>
      {services.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="situation-services">
          {services.map((service) => (
            <li key={service.service}>
              <Link to={`/verfuegbarkeit/${encodeURIComponent(service.service)}`}>{service.name}</Link>
              {withoutValue || service.availability === null ? null : (
                <span className="muted">
                  {' '}
                  {t('situation:services.value', {
                    value: formatAvailability(service.availability),
                    target: service.target === null ? '–' : formatAvailability(service.target),
                  })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
