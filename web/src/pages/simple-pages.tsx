/** Start redirect, "no access" and "not found". */
import type { ReactNode } from 'react'
import { Link, Navigate } from 'react-router'
import { PageHeader } from '../components/page-header'
import { useUser } from '../features/auth/session'
import { isStaff, startPath } from '../features/navigation/navigation'
import { t } from '../i18n'

export function StartRedirect() {
  const user = useUser()
  return <Navigate to={startPath(user.role)} replace />
}

/** Pages for the agency's staff; a ministry user is told, not silently redirected. */
export function StaffOnly({ children }: { children: ReactNode }) {
  const user = useUser()
  if (isStaff(user.role)) return children
  return (
    <>
      <PageHeader title={t('common:pages.noAccess')} />
      <p>
        {t('common:pages.staffOnly')} <Link to={startPath(user.role)}>{t('common:pages.toStart')}</Link>
      </p>
    </>
  )
}

export function NotFoundPage() {
  const user = useUser()
  return (
    <>
      <PageHeader title={t('common:pages.notFound')} />
      <p>
        {t('common:pages.notFoundText')} <Link to={startPath(user.role)}>{t('common:pages.toStart')}</Link>
      </p>
    </>
  )
}
