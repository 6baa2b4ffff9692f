/** The quarantine texts in German and English (see web/src/i18n). */
import type { Messages } from '../../i18n/messages'

export const de = {
  page: {
    title: 'Quarantäne',
    lead: 'Datensätze, die beim Import abgewiesen wurden, aus dem jeweils letzten Lauf jeder Datei. Nach einer Korrektur und erneutem Import verschwinden sie hier.',
    filters: 'Filter',
    kind: 'Art',
    allKinds: 'Alle Arten',
    emptyTitle: 'Keine Datensätze in Quarantäne',
    emptyKind: 'Für „{{kind}}“ wurde nichts abgewiesen.',
    emptyAll: 'Alle Importe waren fehlerfrei.',
    records: 'Datensätze',
    /** `number` is the formatted count. */
    count_one: '{{number}} Datensatz',
    count_other: '{{number}} Datensätze',
    limit: ' (es werden höchstens {{limit}} angezeigt)',
  },
  kinds: {
    tickets: 'Tickets',
    checks: 'Monitoring-Messungen',
    maintenance: 'Wartungsfenster',
    surveys: 'Umfragen',
    kpis: 'Kennzahlen',
  },
  table: {
    caption: 'Datensätze in Quarantäne',
    file: 'Datei',
    line: 'Zeile',
    kind: 'Art',
    reason: 'Grund',
    raw: 'Rohzeile',
    run: 'Lauf {{run}}, {{at}}',
    shorten: 'Kürzen',
    showAll: 'Ganze Zeile anzeigen',
  },
}

export const en: Messages<typeof de> = {
  page: {
    title: 'Quarantine',
    lead: "Records the import refused, from each file's latest run. Once corrected and imported again, they disappear from here.",
    filters: 'Filters',
    kind: 'Kind',
    allKinds: 'All kinds',
    emptyTitle: 'No records in quarantine',
    emptyKind: 'Nothing was refused for "{{kind}}".',
    emptyAll: 'All imports were free of errors.',
    records: 'Records',
    count_one: '{{number}} record',
    count_other: '{{number}} records',
    limit: ' (showing at most {{limit}})',
  },
  kinds: {
    tickets: 'Tickets',
    checks: 'Monitoring checks',
    maintenance: 'Maintenance windows',
    surveys: 'Surveys',
    kpis: 'KPIs',
  },
  table: {
    caption: 'Records in quarantine',
    file: 'File',
    line: 'Line',
    kind: 'Kind',
    reason: 'Reason',
    raw: 'Raw line',
    run: 'Run {{run}}, {{at}}',
    shorten: 'Shorten',
    showAll: 'Show whole line',
  },
}
