/** The SLA board: key figures and the breached and at-risk tickets, most urgent first. */
import { Link } from 'react-router'
import './sla.css'
import './board.css'
import { t } from '../../i18n'
import { formatInteger } from '../../lib/format'
import type { BoardRow } from './board'

export function BoardFigures({ open, breached, atRisk }: { open: number; breached: number; atRisk: number }) {
  return (
    <dl className="stat-row">
      <div className="stat">
        <dt>{t('sla:board.figures.open')}</dt>
        <dd>{formatInteger(open)}</dd>
      </div>
      <div className="stat stat-bad">
        <dt>{t('sla:board.figures.breached')}</dt>
        <dd>{formatInteger(breached)}</dd>
      </div>
      <div className="stat stat-warn">
        <dt>{t('sla:board.figures.atRisk')}</dt>
        <dd>{formatInteger(atRisk)}</dd>
      </div>
    </dl>
  )
}

export function StateBadge({ state, label }: { state: string; label: string }) {
  return <span className={`badge badge-state badge-${state}`}>{label}</span>
}

/** Elapsed against target as words and a bar; the bar repeats the words, so it is hidden from screen readers. */
export function ClockProgress({
  elapsed,
  target,
  percentText,
  bar,
  state,
}: {
  elapsed: string
  target: string
  percentText: string
  bar: number
  state: string
}) {
  return (
    <div className="sla-progress">
      <span className="sla-progress-text">
        {t('sla:duration.usedOf', { elapsed, target })} <span className="muted">({percentText})</span>
      </span>
      <span className={`sla-bar sla-bar-${state}`} aria-hidden="true">
        <span className="sla-bar-fill" style={{ width: `${bar}%` }} />
      </span>
    </div>
  )
}

/**
 * Ten facts per ticket in a table that fits a laptop: the state sits under
 * the ticket id, the group under the subject, the Ressort under the service,
 * the clock above its bar.
 */
export function BoardTable({ rows, showCustomer }: { rows: readonly BoardRow[]; showCustomer: boolean }) {
  return (
    <div className="table-scroll">
      <table className="data-table board-table">
        <caption>{t('sla:board.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sla:board.head.ticketState')}</th>
            <th scope="col">{t('sla:board.head.subject')}</th>
            <th scope="col">{showCustomer ? t('sla:words.serviceAndCustomer') : t('sla:words.service')}</th>
            <th scope="col">
              <abbr title={t('sla:words.priority')}>{t('sla:words.priorityShort')}</abbr>
            </th>
            <th scope="col">{t('sla:words.status')}</th>
            <th scope="col">{t('sla:board.head.clock')}</th>
            <th scope="col">{t('sla:board.head.deadline')}</th>
            <th scope="col">{t('sla:board.head.timeLeft')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.ticket} data-state={row.state}>
              <th scope="row" className="ticket-id">
                <Link to={row.href}>{row.ticket}</Link>
                <span className="block">
                  <StateBadge state={row.state} label={row.stateLabel} />
                </span>
              </th>
              <td className="subject-cell">
                {row.title || <span className="muted">{t('sla:board.noSubject')}</span>}
                {row.group ? <span className="block muted small">{row.group}</span> : null}
              </td>
              <td className="name-cell">
                {row.service}
                {showCustomer ? <span className="block muted small">{row.customer}</span> : null}
                {row.terms ? <span className="block muted small">{row.terms}</span> : null}
              </td>
              <td>{row.priority}</td>
              <td>{row.status}</td>
              <td>
                <span className="clock-name">{row.clock}</span>
                <ClockProgress
                  elapsed={row.elapsed}
                  target={row.target}
                  percentText={row.percentText}
                  bar={row.bar}
                  state={row.state}
                />
              </td>
              <td className="nowrap">
                {row.deadline ? (
                  <>
                    {row.deadline.date}
                    <span className="block">{t('sla:words.timeOfDay', { time: row.deadline.time })}</span>
                  </>
                ) : (
                  t('sla:board.paused')
                )}
              </td>
              <td className={`time-left time-left-${row.state}`}>{row.timeLeft}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
