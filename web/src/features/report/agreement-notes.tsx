/**
 * A report whose period spans a change of the ministry's agreements says so,
 * one line a change (metrics.md 4b): "Ab 01.07.2026 gilt ein
 * Verfügbarkeitsziel von 99,7 % statt 99,5 %". The server sends the facts;
 * shared/agreement-notes words them as the CSV does.
 */
import { noteText } from '../../../../shared/agreement-notes'
import { language, t } from '../../i18n'
import type { useAgreementNotes } from './queries'

export function AgreementNotes({
  notes,
  services,
}: {
  notes: ReturnType<typeof useAgreementNotes>
  services: ReadonlyArray<{ id: string; name: string }>
}) {
  if (notes.isError) return <p className="muted">{t('report:agreements.failed')}</p>
  if (!notes.data || notes.data.length === 0) return null
  const serviceName = (id: string) => services.find((service) => service.id === id)?.name ?? id
  return (
    <section className="card report-agreements" aria-label={t('report:agreements.title')}>
      <ul className="report-agreements-list">
        {notes.data.map((note) => {
          const line = noteText(note, language(), serviceName)
          return <li key={line}>{line}</li>
        })}
      </ul>
    </section>
  )
}
