import { DemoLogin } from '../features/auth/demo-login'
import { t } from '../i18n'
import { LanguageSwitch } from '../i18n/language-switch'

export function LoginPage() {
  return (
    <div className="app app-login">
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{t('common:app.name')}</span>
          <span className="brand-tagline">{t('common:app.tagline')}</span>
        </div>
        <div className="user">
          <LanguageSwitch />
        </div>
      </header>
      <main id="inhalt" className="login-main" aria-labelledby="seitentitel">
        <title>{t('common:app.pageTitle', { title: t('auth:title') })}</title>
        <h1 id="seitentitel">{t('auth:title')}</h1>
        <p className="page-lead">{t('auth:lead')}</p>
        <DemoLogin />
      </main>
    </div>
  )
}
