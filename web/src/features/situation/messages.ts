/** The situation page's texts in German and English (see web/src/i18n). */
import type { Messages } from '../../i18n/messages'

export const de = {
  title: 'Lage',
  lead: 'Was jetzt zu tun ist: gefährdete und verletzte Tickets, die Einhaltung des laufenden Monats, Dienste unter Ziel oder ohne aktuelle Messwerte und die Quarantäne. Jede Zahl führt zu ihrer Liste.',
  asOf: 'Stand: {{time}} Uhr',
  tickets: {
    title: 'Tickets jetzt',
    atRisk: 'Gefährdet',
    breached: 'Verletzt',
    open: 'Offen mit SLA',
    caption: 'Gefährdete und verletzte Tickets je Ressort und Priorität',
    ministry: 'Ressort',
    none: 'Kein Ticket ist gefährdet oder verletzt.',
    cell: '{{atRisk}} gefährdet, {{breached}} verletzt',
  },
  month: {
    title: 'Einhaltung im laufenden Monat',
    response: 'Erstreaktion in der vereinbarten Zeit',
    resolution: 'Lösung in der vereinbarten Zeit',
    target: 'Ziel {{target}}',
    noTarget: 'kein Ziel vereinbart',
    counts: '{{met}} eingehalten, {{breached}} verletzt',
    noData: 'noch keine abgeschlossenen Tickets',
  },
  services: {
    below: 'Dienste unter Ziel in diesem Monat',
    stale: 'Dienste ohne aktuelle Messwerte',
    noneBelow: 'Alle gemessenen Dienste sind im Ziel.',
    noneStale: 'Alle Dienste liefern aktuelle Messwerte.',
    value: '{{value}} (Ziel {{target}})',
  },
  quarantine: {
    title: 'Quarantäne',
    records_one: '{{n}} abgewiesener Datensatz',
    records_other: '{{n}} abgewiesene Datensätze',
  },
}

export const en: Messages<typeof de> = {
  title: 'Situation',
  lead: 'What needs doing now: tickets at risk and breached, compliance of the month so far, services below target or without current measurements, and the quarantine. Every number leads to its list.',
  asOf: 'As of {{time}}',
  tickets: {
    title: 'Tickets now',
    atRisk: 'At risk',
    breached: 'Breached',
    open: 'Open with an SLA',
    caption: 'At-risk and breached tickets per ministry and priority',
    ministry: 'Ministry',
    none: 'No ticket is at risk or breached.',
    cell: '{{atRisk}} at risk, {{breached}} breached',
  },
  month: {
    title: 'Compliance this month so far',
    response: 'First response within the agreed time',
    resolution: 'Resolution within the agreed time',
    target: 'Target {{target}}',
    noTarget: 'no target agreed',
    counts: '{{met}} met, {{breached}} breached',
    noData: 'no completed tickets yet',
  },
  services: {
    below: 'Services below target this month',
    stale: 'Services without current measurements',
    noneBelow: 'All measured services are on target.',
    noneStale: 'All services deliver current measurements.',
    value: '{{value}} (target {{target}})',
  },
  quarantine: {
    title: 'Quarantine',
    records_one: '{{n}} rejected record',
    records_other: '{{n}} rejected records',
  },
}
