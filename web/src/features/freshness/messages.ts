/** The texts on the age of the data in German and English (see web/src/i18n). */
import type { Messages } from '../../i18n/messages'

export const de = {
  banner: {
    /** `time`: the newest check; `minutes`: the threshold. */
    stale:
      'Keine Monitoring-Messungen seit {{time}} (über {{minutes}} Min.): der Zustand ist womöglich nicht aktuell.',
    none: 'Es sind noch keine Monitoring-Messungen eingegangen.',
    details: 'Datenstand ansehen',
    connector:
      'Die Anbindung {{connector}} erreicht {{source}} nicht ({{reason}}); zuletzt gelesen: {{time}}.',
  },
  connectors: {
    caption: 'Anbindungen an Monitoring und Ticketsystem',
    connector: 'Anbindung',
    lastSuccess: 'Zuletzt gelesen',
    state: 'Zustand',
    ok: 'in Ordnung',
    failing: 'gestört seit {{time}}: {{reason}}',
  },
  table: {
    title: 'Datenstand',
    lead: 'Wann jede Art von Daten zuletzt eingegangen ist: der letzte abgeschlossene Importlauf und der neueste gespeicherte Zeitpunkt.',
    caption: 'Datenstand je Art',
    kind: 'Art',
    lastRun: 'Letzter Import',
    source: 'Quelle',
    counts: '{{stored}} gespeichert, {{quarantined}} in Quarantäne',
    newest: 'Neuester Zeitpunkt',
    never: 'noch nie',
  },
  asOf: {
    label: 'Stand der Daten',
    none: 'noch keine Daten',
  },
}

export const en: Messages<typeof de> = {
  banner: {
    stale: 'No monitoring checks since {{time}} (over {{minutes}} min): the states shown may be out of date.',
    none: 'No monitoring checks have arrived yet.',
    details: 'See the age of the data',
    connector: 'The {{connector}} connector cannot reach {{source}} ({{reason}}); last read: {{time}}.',
  },
  connectors: {
    caption: 'Connections to monitoring and the ticket system',
    connector: 'Connector',
    lastSuccess: 'Last read',
    state: 'State',
    ok: 'fine',
    failing: 'failing since {{time}}: {{reason}}',
  },
  table: {
    title: 'Age of the data',
    lead: 'When each kind of data last arrived: the last completed import run and the newest time stored.',
    caption: 'Age of the data per kind',
    kind: 'Kind',
    lastRun: 'Last import',
    source: 'Source',
    counts: '{{stored}} stored, {{quarantined}} quarantined',
    newest: 'Newest time',
    never: 'never',
  },
  asOf: {
    label: 'Data as of',
    none: 'no data yet',
  },
}
