/** Whose SLA measures (staff: a Ressort or each service's standard SLA) and the number of days. */
import { useId } from 'react'
import { t } from '../../i18n'
import { DAY_CHOICES, type DayChoice } from './params'
import type { StatusOrder } from './status-bar'

interface Customer {
  id: string
  name: string
}

/** The staff's choice of view; the empty value is each service's standard SLA. */
export function SlaViewSelect({
  customers,
  value,
  onChange,
}: {
  customers: readonly Customer[]
  value: string | undefined
  onChange: (customer: string | undefined) => void
}) {
  const id = useId()
  const selected = value ?? ''
  // A linked id the catalog does not offer stays visible as chosen; the server says what is wrong.
  const unknown = selected !== '' && !customers.some((customer) => customer.id === selected)
  return (
    <div className="field field-choice">
      <label htmlFor={id}>{t('availability:filters.slaView')}</label>
      <select id={id} value={selected} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{t('availability:filters.standardPerService')}</option>
        {unknown ? <option value={selected}>{selected}</option> : null}
        {customers.map((customer) => (
          <option key={customer.id} value={customer.id}>
            {customer.name}
          </option>
        ))}
      </select>
    </div>
  )
}

export function DaysChoice({ value, onChange }: { value: DayChoice; onChange: (days: DayChoice) => void }) {
  return (
    <fieldset className="chip-choice">
      <legend className="filter-label">{t('availability:filters.period')}</legend>
      <div className="presets">
        {DAY_CHOICES.map((days) => (
          <button
            key={days}
            type="button"
            className="button button-chip"
            aria-pressed={value === days}
            onClick={() => onChange(days)}
          >
            {t('availability:filters.days', { days })}
          </button>
        ))}
      </div>
    </fieldset>
  )
}

/** Catalog order, or the services below target first. */
export function OrderSelect({
  value,
  onChange,
}: {
  value: StatusOrder
  onChange: (order: StatusOrder) => void
}) {
  const id = useId()
  return (
    <div className="field field-choice">
      <label htmlFor={id}>{t('availability:overview.order')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as StatusOrder)}>
        <option value="catalog">{t('availability:overview.orders.catalog')}</option>
        <option value="below-target">{t('availability:overview.orders.belowTarget')}</option>
      </select>
    </div>
  )
}
