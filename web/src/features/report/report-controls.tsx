/** The report's period form (any period besides the month picker) and its downloads. */
import { type FormEvent, useId, useState } from 'react'
import { addDays, isLocalDate } from '../../lib/dates'
import { exportQuery } from './params'

/**
 * Any period, e.g. a quarter or one week. Dates apply on "Anwenden", not per
 * keystroke; `bis` is shown inclusive ("bis einschließlich") as elsewhere.
 */
export function ReportPeriodForm({
  from,
  to,
  onChange,
}: {
  from: string
  to: string
  onChange: (period: { from: string; to: string }) => void
}) {
  const id = useId()
  const [first, setFirst] = useState(isLocalDate(from) ? from : '')
  const [last, setLast] = useState(isLocalDate(to) ? addDays(to, -1) : '')
  const [problem, setProblem] = useState<string>()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!isLocalDate(first) || !isLocalDate(last))
      return setProblem('Bitte geben Sie beide Daten vollständig an.')
    if (last < first) return setProblem('„bis einschließlich“ darf nicht vor „von“ liegen.')
    setProblem(undefined)
    onChange({ from: first, to: addDays(last, 1) })
  }
  const described = problem ? `${id}-problem` : undefined
  return (
    <form className="period-form" onSubmit={submit} noValidate aria-label="Beliebiger Zeitraum">
      <div className="field">
        <label htmlFor={`${id}-von`}>von</label>
        <input
          id={`${id}-von`}
          type="date"
          value={first}
          onChange={(e) => setFirst(e.target.value)}
          aria-describedby={described}
          aria-invalid={problem ? true : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-bis`}>bis einschließlich</label>
        <input
          id={`${id}-bis`}
          type="date"
          value={last}
          onChange={(e) => setLast(e.target.value)}
          aria-describedby={described}
          aria-invalid={problem ? true : undefined}
        />
      </div>
      <button type="submit" className="button button-secondary">
        Zeitraum anzeigen
      </button>
      {problem ? (
        <p id={`${id}-problem`} className="field-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </form>
  )
}

/** CSV (optionally with the survey comments) and PDF of the report in view. */
export function ReportDownloads({ customer, from, to }: { customer: string; from: string; to: string }) {
  const id = useId()
  const [comments, setComments] = useState(false)
  return (
    <section className="card downloads no-print" aria-labelledby={`${id}-titel`}>
      <h2 id={`${id}-titel`} className="downloads-title">
        Herunterladen
      </h2>
      <div className="downloads-row">
        <a
          className="button"
          href={`/export/bericht.csv?${exportQuery({ customer, from, to }, comments)}`}
          download
        >
          CSV herunterladen
        </a>
        <label className="downloads-check">
          <input type="checkbox" checked={comments} onChange={(e) => setComments(e.target.checked)} />
          mit Kommentaren
        </label>
        <a className="button" href={`/export/bericht.pdf?${exportQuery({ customer, from, to })}`} download>
          PDF herunterladen
        </a>
      </div>
      <p className="muted small">
        CSV für Tabellenkalkulationen (Semikolon, Dezimalkomma). Kommentare aus Umfragen können
        personenbezogene Daten enthalten: nur bei Bedarf mit herunterladen. Das PDF wird auf dem Server
        erzeugt und kann einige Sekunden dauern.
      </p>
    </section>
  )
}
