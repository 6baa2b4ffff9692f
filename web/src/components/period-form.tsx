/**
 * Any period as two dates, "von" and "bis einschließlich"; the period handed
 * on ends the day after (exclusive), as everywhere in the API. Dates apply on
 * submit (or Enter), not per keystroke: a half-typed year would otherwise
 * fire a request for the year 0002.
 */
import { type FormEvent, useId, useState } from 'react'
import { endAfter, isLocalDate, lastDayOf } from '../../../shared/local-dates'
import type { Period } from '../../../shared/period-presets'
import { t } from '../i18n'

export function PeriodForm({
  period,
  onChange,
  submitLabel,
  label,
  secondary = false,
}: {
  period: Period
  onChange: (period: Period) => void
  submitLabel: string
  /** Names the form when the page has more than one way to pick a period. */
  label?: string
  secondary?: boolean
}) {
  const id = useId()
  const [from, setFrom] = useState(isLocalDate(period.from) ? period.from : '')
  const [lastDay, setLastDay] = useState(lastDayOf(period))
  const [problem, setProblem] = useState<string>()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!isLocalDate(from) || !isLocalDate(lastDay)) return setProblem(t('common:periodForm.bothDates'))
    if (lastDay < from) return setProblem(t('common:periodForm.order'))
    setProblem(undefined)
    onChange({ from, to: endAfter(lastDay) })
  }
  const described = problem ? `${id}-problem` : undefined
  return (
    <form className="period-form" onSubmit={submit} noValidate aria-label={label}>
      <div className="field">
        <label htmlFor={`${id}-von`}>{t('common:periodForm.from')}</label>
        <input
          id={`${id}-von`}
          type="date"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          aria-describedby={described}
          aria-invalid={problem ? true : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-bis`}>{t('common:periodForm.lastDay')}</label>
        <input
          id={`${id}-bis`}
          type="date"
          value={lastDay}
          onChange={(e) => setLastDay(e.target.value)}
          aria-describedby={described}
          aria-invalid={problem ? true : undefined}
        />
      </div>
      <button type="submit" className={secondary ? 'button button-secondary' : 'button'}>
        {submitLabel}
      </button>
      {problem ? (
        <p id={`${id}-problem`} className="field-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </form>
  )
}
