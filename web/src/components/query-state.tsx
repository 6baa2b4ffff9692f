/** Loading, error and empty states, the same on every page. */
import type { ReactNode } from 'react'
import { t } from '../i18n'
import { errorMessage } from '../lib/errors'

export function Loading({ label = t('common:state.loading') }: { label?: string }) {
  return (
    <div className="state state-loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  )
}

/** A placeholder of the chart's size while its data loads, so the page does not jump. */
export function ChartSkeleton() {
  return (
    <div className="skeleton" role="status">
      {t('common:state.loading')}
    </div>
  )
}

export function QueryError({
  error,
  title = t('common:state.loadFailed'),
}: {
  error: unknown
  title?: string
}) {
  return (
    <div className="state state-error" role="alert">
      <p className="state-title">{title}</p>
      <p>{errorMessage(error)}</p>
    </div>
  )
}

export function Empty({ children }: { children: ReactNode }) {
  return (
    <div className="state state-empty" role="status">
      {children}
    </div>
  )
}
