import { DemoLogin } from '../features/auth/demo-login'

export function LoginPage() {
  return (
    <div className="app app-login">
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">Leitstand</span>
          <span className="brand-tagline">Kennzahlen und Service-Level</span>
        </div>
      </header>
      <main id="inhalt" className="login-main" aria-labelledby="seitentitel">
        <title>Anmelden – Leitstand</title>
        <h1 id="seitentitel">Anmelden</h1>
        <p className="page-lead">
          Demo-Anmeldung: Wählen Sie eine Rolle. Ressorts sehen nur ihre eigenen Zahlen; Leitung und
          Servicemanagement sehen alle Ressorts.
        </p>
        <DemoLogin />
      </main>
    </div>
  )
}
