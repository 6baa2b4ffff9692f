/** The drill-down's tickets, each linked to its timeline. */
import { Link } from 'react-router'
import type { ClockCell, TicketRow } from './tickets'

function Clock({ cell }: { cell: ClockCell | null }) {
  if (!cell) return <span className="muted">ohne SLA</span>
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
      <span className="block">{at.time} Uhr</span>
    </>
  )
}

export function TicketTable({ rows, showCustomer }: { rows: readonly TicketRow[]; showCustomer: boolean }) {
  return (
    <div className="table-scroll">
      <table className="data-table ticket-table">
        <caption className="visually-hidden">Tickets</caption>
        <thead>
          <tr>
            <th scope="col">Ticket</th>
            <th scope="col">{showCustomer ? 'Dienst · Ressort' : 'Dienst'}</th>
            <th scope="col">
              <abbr title="Priorität">Prio.</abbr>
            </th>
            <th scope="col">Status</th>
            <th scope="col">Erstellt</th>
            <th scope="col">Gelöst</th>
            <th scope="col">Reaktion</th>
            <th scope="col">Lösung</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.ticket}>
              <th scope="row" className="ticket-id">
                <Link to={row.href}>{row.ticket}</Link>
                {row.reopens > 0 ? (
                  <span className="muted small block">
                    {row.reopens === 1 ? '1-mal' : `${row.reopens}-mal`} wiedereröffnet
                  </span>
                ) : null}
              </th>
              <td className="name-cell">
                {row.service}
                {showCustomer ? <span className="block muted small">{row.customer}</span> : null}
              </td>
              <td>{row.priority}</td>
              <td>{row.status}</td>
              <td className="nowrap">
                <Moment at={row.created} />
              </td>
              <td className="nowrap">
                {row.resolved ? <Moment at={row.resolved} /> : <span className="muted">offen</span>}
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
