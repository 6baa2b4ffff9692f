/** Start redirect, "no access" and "not found". */
import type { ReactNode } from 'react'
import { Link, Navigate } from 'react-router'
import { PageHeader } from '../components/page-header'
import { useUser } from '../features/auth/session'
import { isStaff, startPath } from '../features/navigation/navigation'

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
      <PageHeader title="Kein Zugriff" />
      <p>
        Diese Seite ist den Mitarbeitenden des Dienstleisters vorbehalten.{' '}
        <Link to={startPath(user.role)}>Zur Startseite</Link>
      </p>
    </>
  )
}

export function NotFoundPage() {
  const user = useUser()
  return (
    <>
      <PageHeader title="Seite nicht gefunden" />
      <p>
        Diese Adresse gibt es im Leitstand nicht. <Link to={startPath(user.role)}>Zur Startseite</Link>
      </p>
    </>
  )
}
