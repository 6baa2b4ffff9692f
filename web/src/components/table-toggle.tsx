/**
 * Every chart has its data as a table. The table is always rendered (print
 * shows it) and hidden on screen until the user asks for it.
 */

import { type ReactNode, useId, useState } from 'react'
import { t } from '../i18n'

export function TableToggle({
  children,
  initiallyOpen = false,
}: {
  children: ReactNode
  initiallyOpen?: boolean
}) {
  const [open, setOpen] = useState(initiallyOpen)
  const id = useId()
  return (
    <div className="table-toggle">
      <button
        type="button"
        className="button button-secondary no-print"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {open ? t('common:table.hide') : t('common:table.show')}
      </button>
      <div id={id} className="print-always" hidden={!open}>
        {children}
      </div>
    </div>
  )
}
