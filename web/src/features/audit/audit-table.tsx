/** The Protokoll's entries: when, what, who, for which ministry, and how it ended. */
import type { AuditEntry } from '../../../../shared/audit'
import { TableScroll } from '../../components/table-scroll'
import { t } from '../../i18n'
import { formatInstant } from '../../lib/format'
import { actionLabel, outcomeLabel, roleLabel } from './adapters'
import './audit.css'

export function AuditTable({
  entries,
  ministryName,
}: {
  entries: readonly AuditEntry[]
  ministryName: (id: string) => string
}) {
  return (
    <TableScroll label={t('audit:table.caption')}>
      <table className="data-table audit-table">
        <caption className="visually-hidden">{t('audit:table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit:table.at')}</th>
            <th scope="col">{t('audit:table.action')}</th>
            <th scope="col">{t('audit:table.user')}</th>
            <th scope="col">{t('audit:table.role')}</th>
            <th scope="col">{t('audit:table.ministry')}</th>
            <th scope="col">{t('audit:table.subject')}</th>
            <th scope="col">{t('audit:table.outcome')}</th>
            <th scope="col">{t('audit:table.detail')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry, index) => (
            // Entries have no id of their own; the list is newest first and never reordered.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <tr key={`${entry.at}-${index}`}>
              <td>{formatInstant(entry.at)}</td>
              <td>{actionLabel(entry.action)}</td>
              <td>
                {entry.userName || entry.userId}
                {entry.userName && entry.userName !== entry.userId ? (
                  <span className="muted small"> ({entry.userId})</span>
                ) : null}
              </td>
              <td>{roleLabel(entry.role)}</td>
              <td>{entry.customer ? ministryName(entry.customer) : ''}</td>
              <td>
                <code>{entry.subject}</code>
              </td>
              <td>{outcomeLabel(entry.outcome)}</td>
              <td className="detail">{entry.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}
