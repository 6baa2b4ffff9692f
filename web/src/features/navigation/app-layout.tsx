/**
 * The frame of every signed-in page: header with the user, navigation by
 * audience, main. The navigation links carry the period (`von`/`bis`) last
 * chosen, so it follows the user from page to page. On a phone the user line
 * and the navigation fold into a menu.
 */
import './app-layout.css'
import { useEffect, useId, useRef, useState } from 'react'
import { NavLink, Outlet, useLocation } from 'react-router'
import type { Period } from '../../../../shared/period-presets'
import { t } from '../../i18n'
import { LanguageSwitch } from '../../i18n/language-switch'
import { carriedPeriod, linkWithPeriod } from '../../lib/url-filters'
import { useLogout, useUser } from '../auth/session'
import { DataAgeBanner } from '../freshness/freshness'
import { groupTitle, itemLabel, navigationFor } from './navigation'

export function AppLayout() {
  const user = useUser()
  const logout = useLogout()
  const groups = navigationFor(user.role)
  const main = useRef<HTMLElement>(null)
  const { pathname, search } = useLocation()
  // `?druck=1`: the page alone, as the PDF export prints it (no header, navigation or footer).
  const printView = new URLSearchParams(search).get('druck') === '1'
  const firstPath = useRef(pathname)
  const menuId = useId()
  const [menuOpen, setMenuOpen] = useState(false)
  // The last period seen in any URL: a page without one (the SLA-Board) does not drop it.
  const lastPeriod = useRef<Period | undefined>(undefined)
  lastPeriod.current = carriedPeriod(search) ?? lastPeriod.current

  // After navigating (not on filter changes, not on first load), move focus to
  // the new page so keyboard and screen-reader users start at its top.
  useEffect(() => {
    if (pathname === firstPath.current) return
    firstPath.current = ''
    setMenuOpen(false)
    main.current?.focus()
  }, [pathname])

  if (printView) {
    return (
      <main id="inhalt" className="app-main app-main-print" aria-labelledby="seitentitel">
        <Outlet />
      </main>
    )
  }

  return (
    <div className={menuOpen ? 'app menu-open' : 'app'}>
      <a className="skip-link" href="#inhalt">
        {t('common:app.skipLink')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{t('common:app.name')}</span>
          <span className="brand-tagline">{t('common:app.tagline')}</span>
        </div>
        <button
          type="button"
          className="button button-header menu-button"
          aria-expanded={menuOpen}
          aria-controls={menuId}
          onClick={() => setMenuOpen(!menuOpen)}
        >
          {t('navigation:menu')}
        </button>
        <div className="user">
          <LanguageSwitch />
          <span className="user-name">{user.name}</span>
          <span className="user-role">{t(`common:roles.${user.role}`)}</span>
          <button
            type="button"
            className="button button-header"
            onClick={() => logout.mutate()}
            disabled={logout.isPending}
          >
            {t('common:app.logout')}
          </button>
        </div>
      </header>
      <div className="app-body">
        <nav className="app-nav" id={menuId} aria-label={t('navigation:label')}>
          {groups.map((group) => (
            <div className="nav-group" key={group.audience}>
              <h2 className="nav-title" id={`nav-${group.audience}`}>
                {groupTitle(group)}
              </h2>
              <ul aria-labelledby={`nav-${group.audience}`}>
                {group.items.map((item) => (
                  <li key={item.to}>
                    <NavLink to={linkWithPeriod(item.to, lastPeriod.current)} end={item.end}>
                      {itemLabel(item)}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </nav>
        <main id="inhalt" className="app-main" ref={main} tabIndex={-1} aria-labelledby="seitentitel">
          {logout.isError ? (
            <p className="state state-error" role="alert">
              {t('common:app.logoutFailed')}
            </p>
          ) : null}
          {user.role === 'ministry' ? null : <DataAgeBanner />}
          <Outlet />
        </main>
      </div>
      <footer className="app-footer">{t('common:app.footer')}</footer>
    </div>
  )
}
