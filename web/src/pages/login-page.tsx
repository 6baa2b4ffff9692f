/**
 * "Anmelden": sign-in through the identity provider, the demo login (marked
 * as a demonstration), or both, as the server offers; and why a sign-in was
 * refused (`?abgelehnt=no_role`, set by the server's callback).
 */
import { useLocation, useSearchParams } from 'react-router'
import { Loading, QueryError } from '../components/query-state'
import { DemoLogin } from '../features/auth/demo-login'
import { useSignInMethods } from '../features/auth/queries'
import { refusalMessage } from '../features/auth/refusal'
import type { LoginState } from '../features/auth/session'
import { t } from '../i18n'
import { LanguageSwitch } from '../i18n/language-switch'
import '../features/auth/login.css'

export function LoginPage() {
  const methods = useSignInMethods()
  const [params] = useSearchParams()
  const refusal = refusalMessage(params.get('abgelehnt'))
  const from = (useLocation().state as LoginState | null)?.from

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
        {refusal ? (
          <div className="state state-error" role="alert">
            <p className="state-title">{t('auth:refused.title')}</p>
            <p>{refusal}</p>
          </div>
        ) : null}
        {methods.isPending ? (
          <Loading />
        ) : methods.isError ? (
          <QueryError error={methods.error} />
        ) : !methods.data.oidc && !methods.data.demo ? (
          <div className="state state-empty" role="status">
            <p className="state-title">{t('auth:disabledTitle')}</p>
            <p>{t('auth:disabledText')}</p>
          </div>
        ) : (
          <>
            {methods.data.oidc ? (
              <section className="card login-oidc" aria-labelledby="anmeldung-oidc">
                <h2 id="anmeldung-oidc">{t('auth:oidc.title')}</h2>
                <p>{t('auth:oidc.text')}</p>
                <a className="button" href={`/auth/oidc${from ? `?von=${encodeURIComponent(from)}` : ''}`}>
                  {t('auth:oidc.button')}
                </a>
              </section>
            ) : null}
            {methods.data.demo ? (
              <section className="login-demo" aria-labelledby="anmeldung-demo">
                <h2 id="anmeldung-demo">{t('auth:demo.title')}</h2>
                <p className="demo-notice" role="note">
                  {t('auth:demo.notice')}
                </p>
                <p>{t('auth:demo.lead')}</p>
                <DemoLogin />
              </section>
            ) : null}
          </>
        )}
      </main>
    </div>
  )
}
