/** One ticket's timeline: the bar of both clocks, each clock's stretches, the events. */
import { useId } from 'react'
import { TableScroll } from '../../components/table-scroll'
import { t } from '../../i18n'
import { formatInteger, formatTimestamp, percentOf } from '../../lib/format'
import { StateBadge } from './board-table'
import {
  type ClockSummary,
  eventLabel,
  ignoredReason,
  type StretchRow,
  type TimelineEvent,
  type TimelineGeometry,
} from './timeline'
import './sla.css'
import './timeline.css'

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
        {t('sla:timeline.caption')}
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
                  title={t('sla:timeline.segmentTitle', {
                    kind: t(`sla:timeline.segments.${segment.kind}`),
                    from: formatTimestamp(segment.from),
                    to: formatTimestamp(segment.to),
                  })}
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
                    {t(`sla:timeline.markers.${lane.marker.kind}`)}
                  </span>
                </>
              ) : null}
            </div>
          </div>
        ))}
        <div className="timeline-lane timeline-lane-events">
          <span className="timeline-lane-label">{t('sla:timeline.events')}</span>
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
          <span className="legend-swatch segment-running" aria-hidden="true" />{' '}
          {t('sla:timeline.legend.running')}
        </li>
        <li>
          <span className="legend-swatch segment-paused" aria-hidden="true" />{' '}
          {t('sla:timeline.legend.paused')}
        </li>
        <li>
          <span className="legend-swatch segment-stopped" aria-hidden="true" />{' '}
          {t('sla:timeline.legend.stopped')}
        </li>
        <li>
          <span className="legend-mark marker-breach" aria-hidden="true" /> {t('sla:timeline.legend.breach')}
        </li>
        <li>
          <span className="legend-mark marker-deadline" aria-hidden="true" />{' '}
          {t('sla:timeline.legend.deadline')}
        </li>
        {geometry.now !== null ? (
          <li>
            <span className="legend-mark timeline-now-mark" aria-hidden="true" />{' '}
            {t('sla:timeline.legend.now')}
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
        <strong>{summary.elapsed}</strong>{' '}
        {t('sla:timeline.used', {
          target: summary.target,
          percent: percentOf(formatInteger(summary.percent)),
        })}
      </p>
      <span className={`sla-bar sla-bar-wide sla-bar-${summary.state}`} aria-hidden="true">
        <span className="sla-bar-fill" style={{ width: `${bar}%` }} />
      </span>
      <p className="clock-verdict">{summary.verdict}</p>
      <TableScroll label={t('sla:timeline.stretches', { clock: summary.label })}>
        <table className="data-table stretch-table">
          <caption>{t('sla:timeline.stretches', { clock: summary.label })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sla:timeline.stretchHead.state')}</th>
              <th scope="col">{t('sla:timeline.stretchHead.from')}</th>
              <th scope="col">{t('sla:timeline.stretchHead.to')}</th>
              <th scope="col" className="num">
                {t('sla:timeline.stretchHead.minutes')}
              </th>
              <th scope="col" className="num">
                {t('sla:timeline.stretchHead.total')}
              </th>
              {breached ? <th scope="col">{t('sla:timeline.stretchHead.target')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {stretches.map((row) => (
              <tr key={`${row.kind}-${row.from}`} data-kind={row.kind}>
                <th scope="row">{t(`sla:timeline.segments.${row.kind}`)}</th>
                <td className="nowrap">{row.from}</td>
                <td className="nowrap">{row.to}</td>
                <td className="num">{row.minutes ?? '0'}</td>
                <td className="num">{row.total}</td>
                {breached ? <td>{row.breach ?? ''}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  )
}

export function EventTable({ events, createdAt }: { events: readonly TimelineEvent[]; createdAt: number }) {
  return (
    <TableScroll label={t('sla:timeline.eventsCaption')}>
      <table className="data-table event-table">
        <caption>{t('sla:timeline.eventsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sla:timeline.eventHead.at')}</th>
            <th scope="col">{t('sla:timeline.eventHead.event')}</th>
            <th scope="col">{t('sla:timeline.eventHead.note')}</th>
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
                      <span className="badge badge-warn badge-inline">{t('sla:timeline.ignored.badge')}</span>{' '}
                      {reason}
                    </>
                  ) : null}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </TableScroll>
  )
}
