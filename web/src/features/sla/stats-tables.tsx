/** Volume by channel and category, backlog by age: tables with a bar in each row. */
import { ValueOrNoData } from '../../components/no-data'
import type { ShareRow, StatsView } from './stats'

function ShareTable({
  caption,
  head,
  rows,
  total,
}: {
  caption: string
  head: string
  rows: readonly ShareRow[]
  total?: string
}) {
  return (
    <table className="data-table share-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col" className="num">
            Tickets
          </th>
          <th scope="col" className="num">
            Anteil
          </th>
          <th scope="col" className="bar-col">
            <span className="visually-hidden">Balken</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={4} className="muted">
              Keine Tickets
            </td>
          </tr>
        ) : (
          rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="num">{row.count}</td>
              <td className="num">
                <ValueOrNoData value={row.share} />
              </td>
              <td className="bar-col" aria-hidden="true">
                <span className="share-bar" style={{ width: `${row.bar}%` }} />
              </td>
            </tr>
          ))
        )}
      </tbody>
      {total !== undefined ? (
        <tfoot>
          <tr>
            <th scope="row">Summe</th>
            <td className="num">{total}</td>
            <td colSpan={2} />
          </tr>
        </tfoot>
      ) : null}
    </table>
  )
}

export function StatsTables({ view }: { view: StatsView }) {
  return (
    <>
      <dl className="stat-row">
        <div className="stat">
          <dt>Neu erstellt</dt>
          <dd>{view.created}</dd>
        </div>
        <div className="stat">
          <dt>Gelöst</dt>
          <dd>{view.resolved}</dd>
        </div>
        <div className="stat">
          <dt>Wiedereröffnungsquote</dt>
          <dd>
            <ValueOrNoData value={view.reopenRate} />
          </dd>
          <dd className="stat-detail">{view.reopenDetail}</dd>
        </div>
      </dl>
      <div className="share-grid">
        <ShareTable caption="Neue Tickets nach Eingangskanal" head="Kanal" rows={view.channels} />
        <ShareTable caption="Neue Tickets nach Kategorie" head="Kategorie" rows={view.categories} />
        <ShareTable
          caption="Offene Tickets am Periodenende nach Alter"
          head="Alter"
          rows={view.backlog}
          total={view.backlogTotal}
        />
      </div>
    </>
  )
}
