/** Quarantined records: where they came from, why, and the raw line. */
import { useState } from 'react'
import { formatInstant, formatInteger } from '../../lib/format'
import { fileName, KIND_LABELS, type QuarantinedRecord, truncate } from './adapters'

export function QuarantineTable({ records }: { records: readonly QuarantinedRecord[] }) {
  return (
    <div className="table-scroll">
      <table className="data-table quarantine-table">
        <caption className="visually-hidden">Datensätze in Quarantäne</caption>
        <thead>
          <tr>
            <th scope="col">Datei</th>
            <th scope="col" className="num">
              Zeile
            </th>
            <th scope="col">Art</th>
            <th scope="col">Grund</th>
            <th scope="col">Rohzeile</th>
          </tr>
        </thead>
        <tbody>
          {records.map((record) => (
            <tr key={`${record.source}:${record.line}`}>
              <th scope="row" className="file">
                <span title={record.source}>{fileName(record.source)}</span>
                <span className="muted small">
                  Lauf {formatInteger(record.run)}, {formatInstant(record.quarantinedAt)}
                </span>
              </th>
              <td className="num">{formatInteger(record.line)}</td>
              <td>{KIND_LABELS[record.kind]}</td>
              <td className="reason">{record.reason}</td>
              <td>
                <RawLine raw={record.raw} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function RawLine({ raw }: { raw: string }) {
  const [open, setOpen] = useState(false)
  const { text, truncated } = truncate(raw)
  return (
    <div className="raw">
      <code className={open ? 'raw-full' : 'raw-short'}>{open || !truncated ? raw : text}</code>
      {truncated ? (
        <button type="button" className="button-link" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Kürzen' : 'Ganze Zeile anzeigen'}
        </button>
      ) : null}
    </div>
  )
}
