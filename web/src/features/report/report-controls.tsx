/** The report's downloads. */
import { useId, useState } from 'react'
import { language, t } from '../../i18n'
import { exportQuery } from './params'

/** CSV (optionally with the survey comments) and PDF of the report in view, in the page's language. */
export function ReportDownloads({ customer, from, to }: { customer: string; from: string; to: string }) {
  const id = useId()
  const [comments, setComments] = useState(false)
  // The files in the language of the page.
  const lang = language()
  return (
    <section className="card downloads no-print" aria-labelledby={`${id}-titel`}>
      <h2 id={`${id}-titel`} className="downloads-title">
        {t('report:downloads.title')}
      </h2>
      <div className="downloads-row">
        <a
          className="button"
          href={`/export/bericht.csv?${exportQuery({ customer, from, to }, comments, lang)}`}
          download
        >
          {t('report:downloads.csv')}
        </a>
        <label className="downloads-check">
          <input type="checkbox" checked={comments} onChange={(e) => setComments(e.target.checked)} />
          {t('report:downloads.withComments')}
        </label>
        <a
          className="button"
          href={`/export/bericht.pdf?${exportQuery({ customer, from, to }, false, lang)}`}
          download
        >
          {t('report:downloads.pdf')}
        </a>
      </div>
      <p className="muted small">{t('report:downloads.note')}</p>
    </section>
  )
}
