/** The sign-in texts in German and English (see web/src/i18n). */
import type { Messages } from '../../i18n/messages'

export const de = {
  title: 'Anmelden',
  lead: 'Ressorts sehen nur ihre eigenen Zahlen; Leitung und Servicemanagement sehen alle Ressorts.',
  failed: 'Die Anmeldung ist fehlgeschlagen.',
  disabledTitle: 'Die Anmeldung ist nicht eingerichtet.',
  disabledText:
    'Dieser Server bietet weder die Anmeldung über den Identitätsdienst noch die Demo-Anmeldung an. Bitte wenden Sie sich an den Betrieb des Leitstands.',
  oidc: {
    title: 'Anmeldung mit Ihrem Dienstkonto',
    text: 'Sie werden zum Anmeldedienst Ihrer Verwaltung weitergeleitet und danach hierher zurückgebracht.',
    button: 'Mit Dienstkonto anmelden',
  },
  demo: {
    title: 'Demonstration',
    notice:
      'Dies ist eine Demonstration: Jede Person kann sich ohne Passwort mit jeder Rolle anmelden. Nicht für den Betrieb mit echten Daten.',
    lead: 'Wählen Sie eine Rolle.',
  },
  refused: {
    title: 'Anmeldung abgelehnt',
    no_role:
      'Ihr Konto hat keine Rolle im Leitstand (Leitung, Servicemanagement oder Ressort). Bitte lassen Sie sich die passende Gruppe in Ihrem Identitätsdienst zuweisen.',
    no_ministry: 'Ihr Konto hat die Rolle Ressort, aber kein Ressort. Bitte lassen Sie Ihr Ressort zuweisen.',
    unknown_ministry:
      'Das Ressort Ihres Kontos ist im Leitstand nicht bekannt. Bitte wenden Sie sich an den Betrieb.',
    several_ministries: 'Ihr Konto gehört zu mehreren Ressorts. Ein Ressort-Konto darf nur zu einem gehören.',
    invalid: 'Die Antwort des Anmeldedienstes war ungültig oder abgelaufen. Bitte melden Sie sich erneut an.',
    provider_error: 'Der Anmeldedienst hat die Anmeldung abgebrochen.',
    unavailable: 'Der Anmeldedienst ist nicht erreichbar. Bitte versuchen Sie es später erneut.',
  },
  groups: {
    leadership: 'Leitung',
    service_manager: 'Servicemanagement',
    ministry: 'Ressorts',
  },
}

export const en: Messages<typeof de> = {
  title: 'Sign in',
  lead: 'Ministries see only their own figures; leadership and service management see all ministries.',
  failed: 'Signing in failed.',
  disabledTitle: 'Signing in is not set up.',
  disabledText:
    'This server offers neither sign-in through the identity provider nor the demo sign-in. Please contact the team that runs Leitstand.',
  oidc: {
    title: 'Sign in with your organisation account',
    text: "You are taken to your administration's sign-in service and brought back here afterwards.",
    button: 'Sign in with organisation account',
  },
  demo: {
    title: 'Demonstration',
    notice:
      'This is a demonstration: anyone can sign in with any role, without a password. Not for use with real data.',
    lead: 'Choose a role.',
  },
  refused: {
    title: 'Sign-in refused',
    no_role:
      'Your account has no role in Leitstand (leadership, service management or ministry). Please ask for the matching group in your identity provider.',
    no_ministry:
      'Your account has the ministry role but no ministry. Please ask for your ministry to be assigned.',
    unknown_ministry:
      "Your account's ministry is not known to Leitstand. Please contact the team that runs it.",
    several_ministries:
      'Your account belongs to several ministries. A ministry account may belong to one only.',
    invalid: "The sign-in service's answer was invalid or expired. Please sign in again.",
    provider_error: 'The sign-in service cancelled the sign-in.',
    unavailable: 'The sign-in service cannot be reached. Please try again later.',
  },
  groups: {
    leadership: 'Leadership',
    service_manager: 'Service management',
    ministry: 'Ministries',
  },
}
