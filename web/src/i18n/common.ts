/** Texts shared by every page: the frame, states, errors, tables, the language switch. */
import type { Messages } from './messages'

export const de = {
  app: {
    name: 'Leitstand',
    tagline: 'Kennzahlen und Service-Level',
    pageTitle: '{{title}} – Leitstand',
    skipLink: 'Zum Inhalt springen',
    footer: 'Leitstand · Alle Zeitangaben in deutscher Zeit (MEZ/MESZ, Europe/Berlin)',
    logout: 'Abmelden',
    logoutFailed: 'Die Abmeldung ist fehlgeschlagen. Bitte versuchen Sie es erneut.',
  },
  language: {
    label: 'Sprache',
    de: 'Deutsch',
    en: 'English',
  },
  roles: {
    leadership: 'Leitung',
    service_manager: 'Servicemanagement',
    ministry: 'Ressort',
  },
  state: {
    loading: 'Wird geladen …',
    loadFailed: 'Die Daten konnten nicht geladen werden.',
    noData: 'keine Daten',
  },
  period: {
    legend: 'Zeitraum schnell wählen',
    apply: 'Anwenden',
    label: 'Zeitraum',
    presets: {
      'this-month': 'Dieser Monat (bis heute)',
      'last-month': 'Letzter Monat',
      'this-quarter': 'Dieses Quartal (bis heute)',
      'last-quarter': 'Letztes Quartal',
      'this-year': 'Dieses Jahr (bis heute)',
      'last-12-months': 'Letzte 12 vollen Monate',
    },
  },
  periodForm: {
    from: 'von',
    lastDay: 'bis einschließlich',
    bothDates: 'Bitte geben Sie beide Daten vollständig an.',
    order: '„bis einschließlich“ darf nicht vor „von“ liegen.',
  },
  table: {
    show: 'Als Tabelle anzeigen',
    hide: 'Tabelle ausblenden',
  },
  errors: {
    offline: 'Der Server ist nicht erreichbar. Bitte versuchen Sie es später erneut.',
    browser: 'Unerwarteter Fehler im Browser. Bitte laden Sie die Seite neu.',
    UNAUTHORIZED: 'Bitte melden Sie sich an.',
    FORBIDDEN: 'Kein Zugriff auf dieses Ressort.',
    NOT_FOUND: 'Nicht gefunden.',
    SERVICE_UNAVAILABLE: 'Die Datenbank ist nicht erreichbar.',
    PRECONDITION_FAILED: 'Es ist noch kein Katalog geladen.',
    TIMEOUT: 'Die Abfrage hat zu lange gedauert. Bitte wählen Sie einen kürzeren Zeitraum.',
    internal: 'Interner Fehler (ID {{id}})',
    internalNoId: 'Interner Fehler',
  },
  pages: {
    noAccess: 'Kein Zugriff',
    staffOnly: 'Diese Seite ist den Mitarbeitenden des Dienstleisters vorbehalten.',
    notFound: 'Seite nicht gefunden',
    notFoundText: 'Diese Adresse gibt es im Leitstand nicht.',
    toStart: 'Zur Startseite',
  },
}

export const en: Messages<typeof de> = {
  app: {
    name: 'Leitstand',
    tagline: 'KPIs and service levels',
    pageTitle: '{{title}} – Leitstand',
    skipLink: 'Skip to content',
    footer: 'Leitstand · All times in German time (CET/CEST, Europe/Berlin)',
    logout: 'Sign out',
    logoutFailed: 'Signing out failed. Please try again.',
  },
  language: {
    label: 'Language',
    de: 'Deutsch',
    en: 'English',
  },
  roles: {
    leadership: 'Leadership',
    service_manager: 'Service management',
    ministry: 'Ministry',
  },
  state: {
    loading: 'Loading …',
    loadFailed: 'The data could not be loaded.',
    noData: 'no data',
  },
  period: {
    legend: 'Quick period choice',
    apply: 'Apply',
    label: 'Period',
    presets: {
      'this-month': 'This month (to date)',
      'last-month': 'Last month',
      'this-quarter': 'This quarter (to date)',
      'last-quarter': 'Last quarter',
      'this-year': 'This year (to date)',
      'last-12-months': 'Last 12 full months',
    },
  },
  periodForm: {
    from: 'From',
    lastDay: 'To (inclusive)',
    bothDates: 'Please enter both dates in full.',
    order: '"To (inclusive)" must not be before "From".',
  },
  table: {
    show: 'Show as table',
    hide: 'Hide table',
  },
  errors: {
    offline: 'The server cannot be reached. Please try again later.',
    browser: 'Unexpected error in the browser. Please reload the page.',
    UNAUTHORIZED: 'Please sign in.',
    FORBIDDEN: 'No access to this ministry.',
    NOT_FOUND: 'Not found.',
    SERVICE_UNAVAILABLE: 'The database cannot be reached.',
    PRECONDITION_FAILED: 'No catalog has been loaded yet.',
    TIMEOUT: 'The query took too long. Please choose a shorter period.',
    internal: 'Internal error (ID {{id}})',
    internalNoId: 'Internal error',
  },
  pages: {
    noAccess: 'No access',
    staffOnly: "This page is reserved for the service provider's staff.",
    notFound: 'Page not found',
    notFoundText: 'This address does not exist in Leitstand.',
    toStart: 'To the start page',
  },
}
