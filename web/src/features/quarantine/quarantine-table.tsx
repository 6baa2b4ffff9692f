/** Quarantined records: where they came from, why, and the raw line. */
import { useState } from 'react'
import { t } from '../../i18n'
import { formatInstant, formatInteger } from '../../lib/format'
import { fileName, kindLabel, type QuarantinedRecord, truncate } from './adapters'
import './quarantine.css'

export function QuarantineTable({ records }: { records: readonly QuarantinedRecord[] }) {
  return (
    <div className="table-scroll">
      <table className="data-table quarantine-table">
        <caption className="visually-hidden">{t('quarantine:table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('quarantine:table.file')}</th>
            <th scope="col" className="num">
              {t('quarantine:table.line')}
            </th>
            <th scope="col">{t('quarantine:table.kind')}</th>
            <th scope="col">{t('quarantine:table.reason')}</th>
            <th scope="col">{t('quarantine:table.raw')}</th>
          </tr>
        </thead>
        <tbody>
          {records.map((record) => (
            <tr key={`${record.source}:${record.line}`}>
              <th scope="row" className="file">
                <span title={record.source}>{fileName(record.source)}</span>
                <span className="muted small">
                  {t('quarantine:table.run', {
                    run: formatInteger(record.run),
                    at: formatInstant(record.quarantinedAt),
                  })}
                </span>
              </th>
              <td className="num">{formatInteger(record.line)}</td>
              <td>{kindLabel(record.kind)}</td>
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
          {open ? t('quarantine:table.shorten') : t('quarantine:table.showAll')}
        </button>
      ) : null}
    </div>
  )
}
