/** The parts of a service's detail page that are tables, lists and text. */
import { NoData, ValueOrNoData } from '../../components/no-data'
import { TableScroll } from '../../components/table-scroll'
import { TableToggle } from '../../components/table-toggle'
import { t } from '../../i18n'
import { formatInstant, formatInteger, formatPercent } from '../../lib/format'
import {
  type BurnDownRow,
  explanationItems,
  explanationText,
  latencyRows,
  outageSummary,
  type TimelineSegment,
  type TrendRow,
  timelineSegments,
} from './detail'
import {
  type AlertRow,
  formatAvailability,
  formatBurnRate,
  formatMinutes,
  formatTarget,
  type ServiceBurn,
  type ServiceDetail,
} from './labels'
import './availability.css'
import './service.css'

const percentOrNull = (value: number | null) => (value === null ? null : formatAvailability(value))
const yesNo = (value: boolean) => (value ? t('availability:figures.yes') : t('availability:figures.no'))

export function ServiceFigures({ detail }: { detail: ServiceDetail }) {
  const { figures } = detail
  const items: Array<{ key: string; label: string; value: string | null; tone?: 'bad' | 'ok' }> = [
    {
      key: 'availability',
      label: t('availability:figures.availability'),
      value: percentOrNull(figures.availability),
      tone: figures.met === null ? undefined : figures.met ? 'ok' : 'bad',
    },
    {
      key: 'target',
      label: t('availability:figures.target'),
      value: figures.target === null ? null : formatTarget(figures.target),
    },
    {
      key: 'met',
      label: t('availability:figures.met'),
      value: figures.met === null ? null : yesNo(figures.met),
    },
    { key: 'coverage', label: t('availability:figures.coverage'), value: percentOrNull(figures.coverage) },
    { key: 'outages', label: t('availability:figures.outages'), value: formatInteger(figures.outages) },
    {
      key: 'mttr',
      label: t('availability:figures.mttr'),
      value: figures.mttr_minutes === null ? null : formatMinutes(figures.mttr_minutes),
    },
    {
      key: 'mtbf',
      label: t('availability:figures.mtbf'),
      value: detail.mtbf_minutes === null ? null : formatMinutes(detail.mtbf_minutes),
    },
    {
      key: 'budget',
      label: t('availability:figures.budget'),
      value: figures.budget_remaining === null ? null : formatPercent(figures.budget_remaining),
      tone: figures.budget_remaining !== null && figures.budget_remaining < 0 ? 'bad' : undefined,
    },
  ]
  return (
    <dl className="stat-row avail-figures">
      {items.map((item) => (
        <div
          key={item.key}
          className={`stat${item.tone === 'bad' ? ' stat-bad' : ''}`}
          data-figure={item.key}
        >
          <dt>{item.label}</dt>
          <dd>
            <ValueOrNoData value={item.value} />
          </dd>
        </div>
      ))}
    </dl>
  )
}

export function TrendTable({ rows, bucket }: { rows: readonly TrendRow[]; bucket: 'day' | 'month' }) {
  return (
    <TableToggle>
      <div className="table-scroll">
        <table className="data-table">
          <caption>{t(`availability:trendTable.caption.${bucket}`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t(`availability:trendTable.${bucket}`)}</th>
              <th scope="col" className="num">
                {t('availability:trendTable.availability')}
              </th>
              <th scope="col" className="num">
                {t('availability:trendTable.target')}
              </th>
              <th scope="col">{t('availability:trendTable.met')}</th>
              <th scope="col" className="num">
                {t('availability:trendTable.coverage')}
              </th>
              <th scope="col" className="num">
                {t('availability:trendTable.downtime')}
              </th>
              <th scope="col" className="num">
                {t('availability:trendTable.outages')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.title}</th>
                <td className="num">
                  <ValueOrNoData value={percentOrNull(row.availability)} />
                </td>
                <td className="num">
                  <ValueOrNoData value={row.target === null ? null : formatTarget(row.target)} />
                </td>
                <td>{row.met === null ? <NoData /> : yesNo(row.met)}</td>
                <td className="num">
                  <ValueOrNoData value={percentOrNull(row.coverage)} />
                </td>
                <td className="num">{formatMinutes(row.downMinutes)}</td>
                <td className="num">{formatInteger(row.outages)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </TableToggle>
  )
}

function Track({
  segments,
  kind,
  label,
}: {
  segments: readonly TimelineSegment[]
  kind: 'outage' | 'maintenance'
  label: string
}) {
  return (
    <div className="avail-track-row">
      <span className="avail-track-label">{label}</span>
      <div className={`avail-track avail-track-${kind}`}>
        {segments.map((segment) => (
          <span
            key={`${segment.start}|${segment.end}`}
            className={`avail-segment avail-segment-${kind}`}
            style={{ left: `${segment.left}%`, width: `${segment.width}%` }}
            title={t('availability:timeline.segment', {
              start: formatInstant(segment.start),
              end: formatInstant(segment.end),
            })}
          />
        ))}
      </div>
    </div>
  )
}

/** Outages and maintenance on one time axis of the period; the list below holds the same. */
export function OutageTimeline({ detail }: { detail: ServiceDetail }) {
  const counted = detail.outages.filter((o) => !o.in_maintenance)
  const during = detail.outages.filter((o) => o.in_maintenance)
  return (
    <figure className="avail-timeline" aria-label={t('availability:timeline.label')}>
      <div aria-hidden="true">
        <Track
          segments={timelineSegments(counted, detail.from, detail.to)}
          kind="outage"
          label={t('availability:timeline.outages')}
        />
        {during.length > 0 ? (
          <Track
            segments={timelineSegments(during, detail.from, detail.to)}
            kind="maintenance"
            label={t('availability:timeline.duringMaintenance')}
          />
        ) : null}
        <Track
          segments={timelineSegments(detail.maintenance, detail.from, detail.to)}
          kind="maintenance"
          label={t('availability:timeline.maintenance')}
        />
        <p className="avail-track-axis">
          <span>{formatInstant(detail.from)}</span>
          <span>{formatInstant(detail.to)}</span>
        </p>
      </div>
      <figcaption className="visually-hidden">{t('availability:timeline.caption')}</figcaption>
    </figure>
  )
}

export function OutageTable({ detail }: { detail: ServiceDetail }) {
  const summary = outageSummary(detail.outages)
  if (detail.outages.length === 0) return <p>{t('availability:outages.none')}</p>
  return (
    <>
      <p className="muted">
        {t('availability:outages.counted', {
          count: summary.counted,
          formatted: formatInteger(summary.counted),
        })}
        {summary.inMaintenance > 0
          ? t('availability:outages.inMaintenance', { formatted: formatInteger(summary.inMaintenance) })
          : ''}
        {detail.outages_truncated ? t('availability:outages.truncated') : t('availability:outages.end')}
      </p>
      <TableScroll label={t('availability:outages.caption')}>
        <table className="data-table">
          <caption>{t('availability:outages.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('availability:outages.start')}</th>
              <th scope="col">{t('availability:outages.stop')}</th>
              <th scope="col" className="num">
                {t('availability:outages.duration')}
              </th>
              <th scope="col">{t('availability:outages.duringMaintenance')}</th>
            </tr>
          </thead>
          <tbody>
            {detail.outages.map((outage) => (
              <tr key={`${outage.start}|${outage.end}`}>
                <td>{formatInstant(outage.start)}</td>
                <td>{formatInstant(outage.end)}</td>
                <td className="num">{formatMinutes(outage.minutes)}</td>
                <td>
                  {outage.in_maintenance
                    ? t('availability:outages.yesNotCounted')
                    : t('availability:outages.no')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  )
}

export function MaintenanceTable({ detail }: { detail: ServiceDetail }) {
  if (detail.maintenance.length === 0)
    return <p className="avail-section-table">{t('availability:maintenance.none')}</p>
  return (
    <div className="table-scroll avail-section-table">
      <table className="data-table">
        <caption>{t('availability:maintenance.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('availability:maintenance.title')}</th>
            <th scope="col">{t('availability:maintenance.start')}</th>
            <th scope="col">{t('availability:maintenance.stop')}</th>
            <th scope="col" className="num">
              {t('availability:maintenance.duration')}
            </th>
          </tr>
        </thead>
        <tbody>
          {detail.maintenance.map((window) => (
            <tr key={window.id}>
              <td>{window.title || window.id}</td>
              <td>{formatInstant(window.start)}</td>
              <td>{formatInstant(window.end)}</td>
              <td className="num">{formatMinutes(window.minutes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

export function BurnDownTable({ rows }: { rows: readonly BurnDownRow[] }) {
  return (
    <TableToggle>
      <TableScroll label={t('availability:burnDown.caption')}>
        <table className="data-table">
          <caption>{t('availability:burnDown.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('availability:burnDown.day')}</th>
              <th scope="col" className="num">
                {t('availability:burnDown.remaining')}
              </th>
              <th scope="col" className="num">
                {t('availability:burnDown.allowed')}
              </th>
              <th scope="col" className="num">
                {t('availability:burnDown.down')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.date}>
                <th scope="row">{row.title}</th>
                <td className="num">
                  <ValueOrNoData value={row.remaining === null ? null : formatPercent(row.remaining)} />
                </td>
                <td className="num">
                  <ValueOrNoData
                    value={row.allowedMinutes === null ? null : formatMinutes(row.allowedMinutes)}
                  />
                </td>
                <td className="num">{formatMinutes(row.downMinutes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </TableToggle>
  )
}

export function BurnAlerts({ burn, rows }: { burn: ServiceBurn; rows: readonly AlertRow[] }) {
  return (
    <>
      <dl className="stat-row avail-figures">
        <div className="stat">
          <dt>{t('availability:burn.rate30')}</dt>
          <dd>
            <ValueOrNoData value={formatBurnRate(burn.burn_rate)} />
          </dd>
        </div>
        <div className="stat">
          <dt>{t('availability:burn.downAllowed')}</dt>
          <dd className="avail-stat-small">
            {formatMinutes(burn.down_minutes)} /{' '}
            {burn.allowed_minutes === null ? <NoData /> : formatMinutes(burn.allowed_minutes)}
          </dd>
        </div>
      </dl>
      <TableScroll label={t('availability:burn.caption')}>
        <table className="data-table">
          <caption>{t('availability:burn.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('availability:burn.windows')}</th>
              <th scope="col">{t('availability:burn.severity')}</th>
              <th scope="col" className="num">
                {t('availability:burn.threshold')}
              </th>
              <th scope="col" className="num">
                {t('availability:burn.longRate')}
              </th>
              <th scope="col" className="num">
                {t('availability:burn.shortRate')}
              </th>
              <th scope="col">{t('availability:burn.state')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-alert={row.id}>
                <th scope="row">{row.windows}</th>
                <td>{row.severity}</td>
                <td className="num">{row.threshold}</td>
                <td className="num">
                  <ValueOrNoData value={row.longRate} />
                </td>
                <td className="num">
                  <ValueOrNoData value={row.shortRate} />
                </td>
                <td>
                  <span className={`avail-alert avail-alert-${row.firing ? 'firing' : 'quiet'}`}>
                    <span aria-hidden="true">{row.firing ? '▲ ' : '– '}</span>
                    {row.state}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="small muted">{t('availability:burn.note')}</p>
    </>
  )
}

export function LatencyTable({ detail }: { detail: ServiceDetail }) {
  const rows = latencyRows(detail.latency)
  if (detail.latency.checks === 0) return <p>{t('availability:latency.none')}</p>
  return (
    <TableScroll label={t('availability:latency.caption')}>
      <table className="data-table">
        <caption>{t('availability:latency.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('availability:latency.probe')}</th>
            <th scope="col" className="num">
              {t('availability:latency.checks')}
            </th>
            <th scope="col" className="num">
              p50
            </th>
            <th scope="col" className="num">
              p95
            </th>
            <th scope="col" className="num">
              p99
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row">{row.name}</th>
              <td className="num">{row.checks}</td>
              <td className="num">
                <ValueOrNoData value={row.p50} />
              </td>
              <td className="num">
                <ValueOrNoData value={row.p95} />
              </td>
              <td className="num">
                <ValueOrNoData value={row.p99} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}

export function Explanation({ detail }: { detail: ServiceDetail }) {
  const items = explanationItems(detail)
  return (
    <details className="card avail-explain">
      <summary className="avail-explain-summary">{t('availability:explain.summary')}</summary>
      <p className="avail-explain-text">{explanationText(detail.explain, detail.figures.availability)}</p>
      <p className="avail-explain-text">{t('availability:explain.outages')}</p>
      <dl className="avail-explain-list">
        {items.map(([term, value]) => (
          <div key={term}>
            <dt className="avail-explain-term">{term}</dt>
            <dd className="avail-explain-value">{value}</dd>
          </div>
        ))}
      </dl>
    </details>
  )
}
