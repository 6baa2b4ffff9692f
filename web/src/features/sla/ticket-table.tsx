/** The drill-down's tickets, each linked to its timeline. */
import './sla.css'
import './ticket-list.css'
import { Link } from 'react-router'
import { t } from '../../i18n'
import { formatInteger } from '../../lib/format'
import type { ClockCell, TicketRow } from './tickets'

function Clock({ cell }: { cell: ClockCell | null }) {
  if (!cell) return <span className="muted">{t('sla:words.noSla')}</span>
  return (
    <>
      <span className="block">{cell.text}</span>
      <span className={`badge badge-state badge-${cell.verdict}`}>{cell.verdictLabel}</span>
    </>
  )
}

function Moment({ at }: { at: { date: string; time: string } }) {
  return (
    <>
      {at.date}
      <span className="block">{t('sla:words.timeOfDay', { time: at.time })}</span>
    </>
  )
}

export function TicketTable({ rows, showCustomer }: { rows: readonly TicketRow[]; showCustomer: boolean }) {
  return (
    <div className="table-scroll">
      <table className="data-table ticket-table">
        <caption className="visually-hidden">{t('sla:words.tickets')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sla:tickets.ticket')}</th>
            <th scope="col">{showCustomer ? t('sla:words.serviceAndCustomer') : t('sla:words.service')}</th>
            <th scope="col">
              <abbr title={t('sla:words.priority')}>{t('sla:words.priorityShort')}</abbr>
            </th>
            <th scope="col">{t('sla:words.status')}</th>
            <th scope="col">{t('sla:words.created')}</th>
            <th scope="col">{t('sla:words.resolved')}</th>
            <th scope="col">{t('sla:clock.response')}</th>
            <th scope="col">{t('sla:clock.resolution')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.ticket}>
              <th scope="row" className="ticket-id">
                <Link to={row.href}>{row.ticket}</Link>
                {row.reopens > 0 ? (
                  <span className="muted small block">
                    {t('sla:tickets.reopened', { count: row.reopens, n: formatInteger(row.reopens) })}
                  </span>
                ) : null}
              </th>
              <td className="name-cell">
                {row.service}
                {showCustomer ? <span className="block muted small">{row.customer}</span> : null}
                {row.terms ? <span className="block muted small">{row.terms}</span> : null}
              </td>
              <td>{row.priority}</td>
              <td>{row.status}</td>
              <td className="nowrap">
                <Moment at={row.created} />
              </td>
              <td className="nowrap">
                {row.resolved ? (
                  <Moment at={row.resolved} />
                ) : (
                  <span className="muted">{t('sla:words.open')}</span>
                )}
              </td>
              <td>
                <Clock cell={row.response} />
              </td>
              <td>
                <Clock cell={row.resolution} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
