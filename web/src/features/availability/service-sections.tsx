/** The parts of a service's detail page that are tables, lists and text. */
import { NoData, ValueOrNoData } from '../../components/no-data'
import { TableToggle } from '../../components/table-toggle'
import { formatDecimal, formatInstant, formatInteger } from '../../lib/format'
import {
  type BurnDownRow,
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

const percentOrNull = (value: number | null) => (value === null ? null : formatAvailability(value))

export function ServiceFigures({ detail }: { detail: ServiceDetail }) {
  const { figures } = detail
  const items: Array<{ key: string; label: string; value: string | null; tone?: 'bad' | 'ok' }> = [
    {
      key: 'availability',
      label: 'Verfügbarkeit',
      value: percentOrNull(figures.availability),
      tone: figures.met === null ? undefined : figures.met ? 'ok' : 'bad',
    },
    { key: 'target', label: 'Ziel', value: figures.target === null ? null : formatTarget(figures.target) },
    {
      key: 'met',
      label: 'Ziel erreicht',
      value: figures.met === null ? null : figures.met ? 'ja' : 'nein',
    },
    { key: 'coverage', label: 'Abdeckung (gemessen)', value: percentOrNull(figures.coverage) },
    { key: 'outages', label: 'Ausfälle', value: formatInteger(figures.outages) },
    {
      key: 'mttr',
      label: 'Mittlere Ausfalldauer',
      value: figures.mttr_minutes === null ? null : formatMinutes(figures.mttr_minutes),
    },
    {
      key: 'budget',
      label: 'Restbudget im Zeitraum',
      value: figures.budget_remaining === null ? null : `${formatDecimal(figures.budget_remaining)}\u00a0%`,
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
          <caption>Verfügbarkeit je {bucket === 'day' ? 'Tag' : 'Monat'}</caption>
          <thead>
            <tr>
              <th scope="col">{bucket === 'day' ? 'Tag' : 'Monat'}</th>
              <th scope="col" className="num">
                Verfügbarkeit
              </th>
              <th scope="col" className="num">
                Ziel
              </th>
              <th scope="col">Ziel erreicht</th>
              <th scope="col" className="num">
                Abdeckung
              </th>
              <th scope="col" className="num">
                Ausfallzeit
              </th>
              <th scope="col" className="num">
                Ausfälle
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
                <td>{row.met === null ? <NoData /> : row.met ? 'ja' : 'nein'}</td>
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
            title={`${formatInstant(segment.start)} bis ${formatInstant(segment.end)}`}
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
    <figure className="avail-timeline" aria-label="Zeitleiste der Ausfälle und Wartungen">
      <div aria-hidden="true">
        <Track segments={timelineSegments(counted, detail.from, detail.to)} kind="outage" label="Ausfälle" />
        {during.length > 0 ? (
          <Track
            segments={timelineSegments(during, detail.from, detail.to)}
            kind="maintenance"
            label="In Wartung"
          />
        ) : null}
        <Track
          segments={timelineSegments(detail.maintenance, detail.from, detail.to)}
          kind="maintenance"
          label="Wartung"
        />
        <p className="avail-track-axis">
          <span>{formatInstant(detail.from)}</span>
          <span>{formatInstant(detail.to)}</span>
        </p>
      </div>
      <figcaption className="visually-hidden">
        Die Zeitleiste zeigt dieselben Ausfälle und Wartungsfenster wie die Listen.
      </figcaption>
    </figure>
  )
}

export function OutageTable({ detail }: { detail: ServiceDetail }) {
  const summary = outageSummary(detail.outages)
  if (detail.outages.length === 0) return <p>Im Zeitraum gab es keinen Ausfall.</p>
  return (
    <>
      <p className="muted">
        {formatInteger(summary.counted)} {summary.counted === 1 ? 'Ausfall' : 'Ausfälle'}
        {summary.inMaintenance > 0
          ? `, dazu ${formatInteger(summary.inMaintenance)} in Wartung (zählt nicht)`
          : ''}
        {detail.outages_truncated ? '. Gezeigt werden die jüngsten.' : '.'}
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <caption>Ausfälle</caption>
          <thead>
            <tr>
              <th scope="col">Beginn</th>
              <th scope="col">Ende</th>
              <th scope="col" className="num">
                Dauer
              </th>
              <th scope="col">In Wartung</th>
            </tr>
          </thead>
          <tbody>
            {detail.outages.map((outage) => (
              <tr key={`${outage.start}|${outage.end}`}>
                <td>{formatInstant(outage.start)}</td>
                <td>{formatInstant(outage.end)}</td>
                <td className="num">{formatMinutes(outage.minutes)}</td>
                <td>{outage.in_maintenance ? 'ja (zählt nicht)' : 'nein'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}

export function MaintenanceTable({ detail }: { detail: ServiceDetail }) {
  if (detail.maintenance.length === 0)
    return <p className="avail-section-table">Im Zeitraum gab es kein Wartungsfenster.</p>
  return (
    <div className="table-scroll avail-section-table">
      <table className="data-table">
        <caption>Wartungsfenster</caption>
        <thead>
          <tr>
            <th scope="col">Titel</th>
            <th scope="col">Beginn</th>
            <th scope="col">Ende</th>
            <th scope="col" className="num">
              Dauer
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
      <div className="table-scroll">
        <table className="data-table">
          <caption>Restbudget je Tag</caption>
          <thead>
            <tr>
              <th scope="col">Tag</th>
              <th scope="col" className="num">
                Restbudget
              </th>
              <th scope="col" className="num">
                Erlaubte Ausfallzeit bisher
              </th>
              <th scope="col" className="num">
                Ausfallzeit bisher
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.date}>
                <th scope="row">{row.title}</th>
                <td className="num">
                  <ValueOrNoData
                    value={row.remaining === null ? null : `${formatDecimal(row.remaining)}\u00a0%`}
                  />
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
      </div>
    </TableToggle>
  )
}

export function BurnAlerts({ burn, rows }: { burn: ServiceBurn; rows: readonly AlertRow[] }) {
  return (
    <>
      <dl className="stat-row avail-figures">
        <div
          className={`stat${burn.budget_remaining !== null && burn.budget_remaining < 0 ? ' stat-bad' : ''}`}
        >
          <dt>Restbudget, letzte 30 Tage</dt>
          <dd data-figure="budget-30">
            <ValueOrNoData
              value={burn.budget_remaining === null ? null : `${formatDecimal(burn.budget_remaining)}\u00a0%`}
            />
          </dd>
        </div>
        <div className="stat">
          <dt>Burn-Rate, letzte 30 Tage</dt>
          <dd>
            <ValueOrNoData value={formatBurnRate(burn.burn_rate)} />
          </dd>
        </div>
        <div className="stat">
          <dt>Ausfallzeit / erlaubt</dt>
          <dd className="avail-stat-small">
            {formatMinutes(burn.down_minutes)} /{' '}
            {burn.allowed_minutes === null ? <NoData /> : formatMinutes(burn.allowed_minutes)}
          </dd>
        </div>
      </dl>
      <div className="table-scroll">
        <table className="data-table">
          <caption>Burn-Rate-Alarme (mehrere Fenster)</caption>
          <thead>
            <tr>
              <th scope="col">Fenster lang / kurz</th>
              <th scope="col">Art</th>
              <th scope="col" className="num">
                Schwelle
              </th>
              <th scope="col" className="num">
                Burn-Rate lang
              </th>
              <th scope="col" className="num">
                Burn-Rate kurz
              </th>
              <th scope="col">Zustand</th>
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
      </div>
      <p className="small muted">
        Burn-Rate 1 verbraucht das Budget genau in 30 Tagen. Ein Alarm löst aus, wenn beide Fenster über der
        Schwelle liegen; das kurze Fenster lässt ihn bald nach dem Ende des Ausfalls wieder ruhen.
      </p>
    </>
  )
}

export function LatencyTable({ detail }: { detail: ServiceDetail }) {
  const rows = latencyRows(detail.latency)
  if (detail.latency.checks === 0) return <p>Im Zeitraum gibt es keine Messungen mit Antwortzeit.</p>
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>Antwortzeiten (Perzentile)</caption>
        <thead>
          <tr>
            <th scope="col">Messpunkt</th>
            <th scope="col" className="num">
              Messungen
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
    </div>
  )
}

export function Explanation({ detail }: { detail: ServiceDetail }) {
  const { explain } = detail
  const items: Array<[string, string]> = [
    [
      'Zeitraum',
      `${formatInstant(detail.from)} bis ${formatInstant(detail.to)} (${formatMinutes(explain.period_minutes)})`,
    ],
    ['SLA', explain.sla ?? 'keines (rund um die Uhr, ohne Ziel)'],
    ['Ziel', explain.target === null ? 'keines' : formatTarget(explain.target)],
    ['Servicezeit-Kalender', explain.calendar ?? 'rund um die Uhr (24x7)'],
    ['Servicezeit im Zeitraum', `${formatInteger(explain.open_minutes)} min`],
    ['Davon Wartung (ausgenommen)', `${formatInteger(explain.maintenance_minutes)} min`],
    ['Messfenster W', `${formatInteger(explain.window_minutes)} min`],
    ['Verfügbar', `${formatInteger(explain.up_minutes)} min`],
    ['Eingeschränkt', `${formatInteger(explain.degraded_minutes)} min`],
    ['Gestört', `${formatInteger(explain.down_minutes)} min`],
    ['Ohne Messwerte (unbekannt)', `${formatInteger(explain.unknown_minutes)} min`],
    ['Ein Messwert gilt höchstens', `${formatInteger(explain.hold_minutes)} min`],
  ]
  return (
    <details className="card avail-explain">
      <summary className="avail-explain-summary">So wurde gerechnet</summary>
      <p className="avail-explain-text">{explain.text}</p>
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
