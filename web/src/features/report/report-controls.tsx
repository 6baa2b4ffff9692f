/** The report's period form (any period besides the month picker) and its downloads. */
import { type FormEvent, useId, useState } from 'react'
import { language, t } from '../../i18n'
import { addDays, isLocalDate } from '../../lib/dates'
import { exportQuery } from './params'

/**
 * Any period, e.g. a quarter or one week. Dates apply on submit, not per
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
    if (!isLocalDate(first) || !isLocalDate(last)) return setProblem(t('report:form.bothDates'))
    if (last < first) return setProblem(t('report:form.order'))
    setProblem(undefined)
    onChange({ from: first, to: addDays(last, 1) })
  }
  const described = problem ? `${id}-problem` : undefined
  return (
    <form className="period-form" onSubmit={submit} noValidate aria-label={t('report:form.label')}>
      <div className="field">
        <label htmlFor={`${id}-von`}>{t('report:form.from')}</label>
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
        <label htmlFor={`${id}-bis`}>{t('report:form.toInclusive')}</label>
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
        {t('report:form.submit')}
      </button>
      {problem ? (
        <p id={`${id}-problem`} className="field-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </form>
  )
}

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
