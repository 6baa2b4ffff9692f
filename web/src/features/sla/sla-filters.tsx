/** Single-choice filters of the SLA views: one Ressort, one service, or all. */
import { useId } from 'react'

interface Option {
  id: string
  name: string
}

export function ChoiceFilter({
  label,
  allLabel,
  options,
  value,
  onChange,
}: {
  label: string
  allLabel: string
  options: readonly Option[]
  /** The chosen ids; the select shows the first, "all" when empty. */
  value: readonly string[]
  onChange: (ids: string[]) => void
}) {
  const id = useId()
  const selected = value[0] ?? ''
  // A linked id the catalog does not offer (or several ids) stays visible as chosen.
  const unknown = selected !== '' && !options.some((option) => option.id === selected)
  return (
    <div className="field field-choice">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={selected} onChange={(e) => onChange(e.target.value ? [e.target.value] : [])}>
        <option value="">{allLabel}</option>
        {unknown ? <option value={selected}>{selected}</option> : null}
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </div>
  )
}

/** A row of toggle chips for a small choice (Monat/Woche); one is always pressed. */
export function ChipChoice<T extends string>({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string
  options: ReadonlyArray<{ value: T; label: string }>
  value: T
  onChange: (value: T) => void
}) {
  return (
    <fieldset className="chip-choice">
      <legend className="filter-label">{legend}</legend>
      <div className="presets">
        {options.map((option) => (
          <button
            key={option.value}
            type="button"
            className="button button-chip"
            aria-pressed={value === option.value}
            onClick={() => onChange(option.value)}
          >
            {option.label}
          </button>
        ))}
      </div>
    </fieldset>
  )
}
