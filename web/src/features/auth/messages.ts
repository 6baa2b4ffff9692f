/** The sign-in texts in German and English (see web/src/i18n). */
import type { Messages } from '../../i18n/messages'

export const de = {
  title: 'Anmelden',
  lead: 'Demo-Anmeldung: Wählen Sie eine Rolle. Ressorts sehen nur ihre eigenen Zahlen; Leitung und Servicemanagement sehen alle Ressorts.',
  failed: 'Die Anmeldung ist fehlgeschlagen.',
  disabledTitle: 'Die Demo-Anmeldung ist abgeschaltet.',
  disabledText:
    'Dieser Server wurde ohne Demo-Modus gestartet, und eine andere Anmeldung ist noch nicht eingerichtet. Bitte wenden Sie sich an den Betrieb des Leitstands.',
  groups: {
    leadership: 'Leitung',
    service_manager: 'Servicemanagement',
    ministry: 'Ressorts',
  },
}

export const en: Messages<typeof de> = {
  title: 'Sign in',
  lead: 'Demo sign-in: choose a role. Ministries see only their own figures; leadership and service management see all ministries.',
  failed: 'Signing in failed.',
  disabledTitle: 'The demo sign-in is switched off.',
  disabledText:
    'This server was started without demo mode, and no other sign-in has been set up yet. Please contact the team that runs Leitstand.',
  groups: {
    leadership: 'Leadership',
    service_manager: 'Service management',
    ministry: 'Ministries',
  },
}
