/** Ministry filters of "Tickets je Woche" (the period picker is components/period-picker). */
import { t } from '../../i18n'
import { formatInteger } from '../../lib/format'
import './ticket-filters.css'

interface Customer {
  id: string
  name: string
}

/**
 * Staff choose ministries; a checked box is shown. All checked is stored as
 * "no filter" so links stay short; the last box cannot be unchecked.
 */
export function CustomerFilter({
  customers,
  selected,
  onChange,
}: {
  customers: readonly Customer[]
  selected: readonly string[]
  onChange: (customers: string[]) => void
}) {
  const all = customers.map((c) => c.id)
  const shown = selected.length > 0 ? selected : all
  const toggle = (id: string) => {
    const next = shown.includes(id) ? shown.filter((c) => c !== id) : [...shown, id]
    if (next.length === 0) return
    onChange(
      next.length === all.length && all.every((c) => next.includes(c))
        ? []
        : all.filter((c) => next.includes(c)),
    )
  }
  const summary =
    selected.length === 0
      ? t('tickets:customers.all', { total: formatInteger(customers.length) })
      : selected.length === 1
        ? (customers.find((c) => c.id === selected[0])?.name ?? selected[0])
        : t('tickets:customers.some', {
            selected: formatInteger(selected.length),
            total: formatInteger(customers.length),
          })
  return (
    <details className="filter-customers">
      <summary>
        <span className="filter-label">{t('tickets:customers.label')}</span> {summary}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{t('tickets:customers.legend')}</legend>
        <div className="customer-actions">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => onChange([])}
            disabled={selected.length === 0}
          >
            {t('tickets:customers.selectAll')}
          </button>
        </div>
        <ul className="customer-list">
          {customers.map((customer) => {
            const checked = shown.includes(customer.id)
            const last = checked && shown.length === 1
            return (
              <li key={customer.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={checked}
                    disabled={last}
                    onChange={() => toggle(customer.id)}
                  />{' '}
                  {customer.name}
                  {last ? <span className="visually-hidden">{t('tickets:customers.lastOne')}</span> : null}
                </label>
              </li>
            )
          })}
        </ul>
      </fieldset>
    </details>
  )
}

/** A ministry user sees its own ministry, not a selector. */
export function OwnCustomer({ name }: { name: string | undefined }) {
  return (
    <p className="filter-static">
      <span className="filter-label">{t('tickets:customers.own')}</span> {name ?? '…'}
    </p>
  )
}
