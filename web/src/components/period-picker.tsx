/**
 * The one period picker of every page with a period: the same presets
 * (named for what they compute) one click away, and any range in the form.
 */

import { activePreset, PERIOD_PRESETS, type Period, presetPeriod } from '../../../shared/period-presets'
import { t } from '../i18n'
import { PeriodForm } from './period-form'

export function PeriodPicker<F extends Period>({
  filters,
  today,
  onChange,
}: {
  filters: F
  today: string
  onChange: (filters: F) => void
}) {
  const active = activePreset(filters, today)
  return (
    <div className="filter-period">
      <fieldset className="presets">
        <legend className="visually-hidden">{t('common:period.legend')}</legend>
        {PERIOD_PRESETS.map((preset) => (
          <button
            key={preset}
            type="button"
            className="button button-chip"
            aria-pressed={active === preset}
            onClick={() => onChange({ ...filters, ...presetPeriod(preset, today) })}
          >
            {t(`common:period.presets.${preset}`)}
          </button>
        ))}
      </fieldset>
      {/* Re-mount when the URL changes so the fields show the period in force. */}
      <PeriodForm
        key={`${filters.from}|${filters.to}`}
        period={filters}
        label={t('common:period.label')}
        submitLabel={t('common:period.apply')}
        onChange={(period) => onChange({ ...filters, ...period })}
      />
    </div>
  )
}
