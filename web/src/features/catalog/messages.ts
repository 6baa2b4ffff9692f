/** The catalog versions' texts in German and English (see web/src/i18n). */
import type { Messages } from '../../i18n/messages'

export const de = {
  page: {
    title: 'Katalogversionen',
    lead: 'Jedes Laden des Katalogs mit dem, was es gegenüber der Version davor geändert hat: SLAs, Abonnements, Kalender, Ressorts, Dienste und Ziele. So lässt sich jede Kennzahl auf die Vereinbarung zurückführen, an der sie gemessen wurde. Datierte Änderungen gelten erst ab ihrem Datum: Abgeschlossene Monate bleiben, wie sie waren.',
    empty: 'Es wurde noch kein Katalog geladen.',
    versions: 'Versionen',
  },
  version: {
    title: 'Version {{version}}',
    loaded: 'geladen am {{date}} um {{time}} Uhr aus {{source}}',
    first: 'Erste Version: alles neu.',
    unchanged: 'Keine Änderung gegenüber der Version davor.',
    timezone: 'Zeitzone geändert: alle Tickets wurden neu berechnet.',
  },
  kinds: {
    slas: 'SLAs',
    subscriptions: 'Abonnements (Ressort/Dienst)',
    calendars: 'Kalender',
    customers: 'Ressorts',
    services: 'Dienste',
    goals: 'Ziele',
  },
  changes: {
    added: 'neu',
    removed: 'entfernt',
    changed: 'geändert',
  },
}

export const en: Messages<typeof de> = {
  page: {
    title: 'Catalog versions',
    lead: 'Every catalog load with what it changed against the version before: SLAs, subscriptions, calendars, ministries, services and goals. So every figure can be traced to the agreement it was measured against. Dated changes apply from their date on: months that have ended stay as they were.',
    empty: 'No catalog has been loaded yet.',
    versions: 'Versions',
  },
  version: {
    title: 'Version {{version}}',
    loaded: 'loaded on {{date}} at {{time}} from {{source}}',
    first: 'First version: everything is new.',
    unchanged: 'No change against the version before.',
    timezone: 'Timezone changed: every ticket was recomputed.',
  },
  kinds: {
    slas: 'SLAs',
    subscriptions: 'Subscriptions (ministry/service)',
    calendars: 'Calendars',
    customers: 'Ministries',
    services: 'Services',
    goals: 'Goals',
  },
  changes: {
    added: 'added',
    removed: 'removed',
    changed: 'changed',
  },
}
