/** One ticket's timeline: the bar of both clocks, each clock's stretches, the events. */
import { useId } from 'react'
import { formatTimestamp } from '../../lib/format'
import { StateBadge } from './board-table'
import {
  type ClockSummary,
  eventLabel,
  ignoredReason,
  type StretchRow,
  type TimelineEvent,
  type TimelineGeometry,
} from './timeline'

const SEGMENT_LABELS = { running: 'laufend', paused: 'pausiert', stopped: 'gestoppt (gelöst)' } as const

/** A label next to a marker, kept inside the bar: right of the marker, or left of it near the end. */
function markerLabelStyle(left: number) {
  return left > 60 ? { right: `${100 - left}%` } : { left: `${left}%` }
}

/**
 * Drawn with positioned boxes (no chart library). Hidden from screen
 * readers: the stretch tables and the event list below say the same.
 */
export function TimelineBar({ geometry }: { geometry: TimelineGeometry }) {
  const captionId = useId()
  return (
    <figure className="timeline" aria-labelledby={captionId}>
      <figcaption id={captionId} className="chart-caption">
        Verlauf der SLA-Uhren
      </figcaption>
      <div className="timeline-chart" aria-hidden="true">
        {geometry.lanes.map((lane) => (
          <div className="timeline-lane" key={lane.clock} data-clock={lane.clock}>
            <span className="timeline-lane-label">{lane.label}</span>
            <div className="timeline-track">
              {lane.segments.map((segment) => (
                <span
                  key={`${segment.kind}-${segment.from}`}
                  className={`timeline-segment segment-${segment.kind}`}
                  style={{ left: `${segment.left}%`, width: `${segment.width}%` }}
                  title={`${SEGMENT_LABELS[segment.kind]}: ${formatTimestamp(segment.from)} bis ${formatTimestamp(segment.to)}`}
                />
              ))}
              {geometry.now !== null ? (
                <span className="timeline-now" style={{ left: `${geometry.now}%` }} />
              ) : null}
              {lane.marker ? (
                <>
                  <span
                    className={`timeline-marker marker-${lane.marker.kind}`}
                    style={{ left: `${lane.marker.left}%` }}
                    title={lane.marker.label}
                  />
                  <span
                    className={`timeline-marker-label marker-label-${lane.marker.kind}`}
                    style={markerLabelStyle(lane.marker.left)}
                  >
                    {lane.marker.kind === 'breach' ? 'Ziel erreicht' : 'Frist'}
                  </span>
                </>
              ) : null}
            </div>
          </div>
        ))}
        <div className="timeline-lane timeline-lane-events">
          <span className="timeline-lane-label">Ereignisse</span>
          <div className="timeline-track timeline-track-events">
            {geometry.events.map((event) => (
              <span
                key={event.id}
                className={event.ignored ? 'timeline-tick tick-ignored' : 'timeline-tick'}
                style={{ left: `${event.left}%` }}
                title={event.label}
              />
            ))}
          </div>
        </div>
        <div className="timeline-axis">
          <span>{geometry.startLabel}</span>
          <span>{geometry.endLabel}</span>
        </div>
      </div>
      <ul className="timeline-legend">
        <li>
          <span className="legend-swatch segment-running" aria-hidden="true" /> Uhr läuft
        </li>
        <li>
          <span className="legend-swatch segment-paused" aria-hidden="true" /> Uhr pausiert (wartend)
        </li>
        <li>
          <span className="legend-swatch segment-stopped" aria-hidden="true" /> Uhr gestoppt (gelöst)
        </li>
        <li>
          <span className="legend-mark marker-breach" aria-hidden="true" /> Ziel erreicht (danach verletzt)
        </li>
        <li>
          <span className="legend-mark marker-deadline" aria-hidden="true" /> Frist, wenn die Uhr weiterläuft
        </li>
        {geometry.now !== null ? (
          <li>
            <span className="legend-mark timeline-now-mark" aria-hidden="true" /> jetzt
          </li>
        ) : null}
      </ul>
    </figure>
  )
}

export function ClockSection({
  summary,
  stretches,
  bar,
}: {
  summary: ClockSummary
  stretches: readonly StretchRow[]
  bar: number
}) {
  const headingId = useId()
  // The column says where the target was reached; without a breach it would stay empty.
  const breached = stretches.some((row) => row.breach !== null)
  return (
    <section className="card clock-section" aria-labelledby={headingId} data-clock={summary.clock}>
      <h2 id={headingId}>
        {summary.label} <StateBadge state={summary.state} label={summary.stateLabel} />
      </h2>
      <p className="clock-figure">
        <strong>{summary.elapsed}</strong> von {summary.target} Geschäftszeit verbraucht ({summary.percent}
        {'\u00a0'}%)
      </p>
      <span className={`sla-bar sla-bar-wide sla-bar-${summary.state}`} aria-hidden="true">
        <span className="sla-bar-fill" style={{ width: `${bar}%` }} />
      </span>
      <p className="clock-verdict">{summary.verdict}</p>
      <div className="table-scroll">
        <table className="data-table stretch-table">
          <caption>Abschnitte der Uhr „{summary.label}“</caption>
          <thead>
            <tr>
              <th scope="col">Zustand</th>
              <th scope="col">von</th>
              <th scope="col">bis</th>
              <th scope="col" className="num">
                Geschäftsminuten
              </th>
              <th scope="col" className="num">
                Summe
              </th>
              {breached ? <th scope="col">Ziel</th> : null}
            </tr>
          </thead>
          <tbody>
            {stretches.map((row) => (
              <tr key={`${row.kind}-${row.from}`} data-kind={row.kind}>
                <th scope="row">{row.kind === 'running' ? 'laufend' : 'pausiert'}</th>
                <td className="nowrap">{row.from}</td>
                <td className="nowrap">{row.to}</td>
                <td className="num">{row.minutes ?? '0'}</td>
                <td className="num">{row.total}</td>
                {breached ? <td>{row.breach ?? ''}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

export function EventTable({ events, createdAt }: { events: readonly TimelineEvent[]; createdAt: number }) {
  return (
    <div className="table-scroll">
      <table className="data-table event-table">
        <caption>Ereignisse in zeitlicher Reihenfolge</caption>
        <thead>
          <tr>
            <th scope="col">Zeitpunkt</th>
            <th scope="col">Ereignis</th>
            <th scope="col">Hinweis</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => {
            const reason = ignoredReason(event, createdAt)
            return (
              <tr key={event.id} className={event.ignored ? 'event-ignored' : undefined}>
                <td className="nowrap">{formatTimestamp(event.at)}</td>
                <th scope="row">{eventLabel(event)}</th>
                <td>
                  {reason ? (
                    <>
                      <span className="badge badge-warn badge-inline">ignoriert</span> {reason}
                    </>
                  ) : null}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
