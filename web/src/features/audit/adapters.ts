/** The Protokoll's filters in the URL (`?benutzer=…&ressort=…&tag=…`) and its labels. */
import type { AuditEntry, AuditFilter } from '../../../../shared/audit'
import { ROLES } from '../../../../shared/auth'
import { t } from '../../i18n'
import { customerParam, setCustomer } from '../../lib/url-filters'

const DAY = /^\d{4}-\d{2}-\d{2}$/
const MINISTRY = /^[a-z0-9][a-z0-9_-]*$/

/** The filter a URL asks for; what does not fit is left out rather than sent. */
export function filterFromParams(params: URLSearchParams): AuditFilter {
  const user = params.get('benutzer')?.trim()
  const ministry = customerParam(params) ?? ''
  const day = params.get('tag') ?? ''
  return {
    ...(user ? { user: user.slice(0, 200) } : {}),
    ...(MINISTRY.test(ministry) ? { ministry } : {}),
    ...(DAY.test(day) ? { day } : {}),
  }
}

/** The same filter as URL parameters (the page's own and the CSV download's). */
export function filterParams(filter: AuditFilter): URLSearchParams {
  const params = new URLSearchParams()
  if (filter.user) params.set('benutzer', filter.user)
  setCustomer(params, filter.ministry)
  if (filter.day) params.set('tag', filter.day)
  return params
}

export function actionLabel(action: AuditEntry['action']): string {
  return t(`audit:actions.${action}`)
}

export function roleLabel(role: string): string {
  const known = ROLES.find((r) => r === role)
  return known ? t(`audit:roles.${known}`) : role
}

export function outcomeLabel(outcome: string): string {
  return outcome === 'ok' ? t('audit:outcomeOk') : t('audit:outcomeRefused', { code: outcome })
}
