import type { ReactNode } from 'react'
import { t } from '../i18n'

/** The page's title (also the document title) and a line on what it shows. */
export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <header className="page-header">
      <title>{t('common:app.pageTitle', { title })}</title>
      <h1 id="seitentitel">{title}</h1>
      {children ? <p className="page-lead">{children}</p> : null}
    </header>
  )
}
