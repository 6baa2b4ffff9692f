/** The words every SLA view shares: the API's ids (statuses, clocks, states, outcomes, channels, categories), durations and common labels. */
import type { TicketListInput } from '../../../../../shared/api'
import type { Messages } from '../../../i18n/messages'

type TicketOutcome = TicketListInput['outcome']

// A number and its unit stay on one line (no-break space), as in "87,5 %".
export const de = {
  /** The API's ticket statuses. */
  status: {
    new: 'Neu',
    in_progress: 'In Bearbeitung',
    waiting: 'Wartend',
    resolved: 'Gelöst',
    closed: 'Geschlossen',
  },
  clock: {
    response: 'Reaktion',
    resolution: 'Lösung',
  },
  /** A board ticket's state. */
  state: {
    breached: 'verletzt',
    at_risk: 'gefährdet',
    ok: 'im Plan',
  },
  /** A clock's verdict in the drill-down and on the timeline. */
  verdict: {
    met: 'eingehalten',
    breached: 'verletzt',
    at_risk: 'gefährdet',
    running: 'läuft',
    paused: 'pausiert',
  },
  outcome: {
    created: 'Erstellt',
    resolved: 'Gelöst',
    resolution_met: 'Lösung eingehalten',
    resolution_breached: 'Lösung verletzt',
    response_met: 'Reaktion eingehalten',
    response_breached: 'Reaktion verletzt',
    open: 'Offen am Periodenende',
    open_breached: 'Offen, Lösungszeit überschritten',
    at_risk: 'Offen, Lösungszeit gefährdet',
    reopened: 'Wiedereröffnet',
    no_sla: 'Ohne SLA erstellt',
    resolved_first_time: 'Ohne Wiedereröffnung gelöst',
  } satisfies Record<TicketOutcome, string>,
  channel: {
    portal: 'Serviceportal',
    phone: 'Telefon',
    email: 'E-Mail',
    unknown: 'unbekannt',
  },
  category: {
    incident: 'Störung',
    request: 'Serviceanfrage',
    unknown: 'unbekannt',
  },
  duration: {
    minutes: '{{n}}\u00a0Min.',
    hours: '{{n}}\u00a0Std.',
    hoursMinutes: '{{hours}}\u00a0Std. {{minutes}}\u00a0Min.',
    underOneMinute: 'unter 1\u00a0Min.',
    days_one: '{{n}}\u00a0Tag',
    days_other: '{{n}}\u00a0Tage',
    /** After "seit": "seit 2 Tagen". */
    daysDative_one: '{{n}}\u00a0Tag',
    daysDative_other: '{{n}}\u00a0Tagen',
    daysHours: '{{days}} {{hours}}\u00a0Std.',
    /** "3 Std. 10 Min. von 4 Std." */
    usedOf: '{{elapsed}} von {{target}}',
  },
  timeLeft: {
    left: 'noch {{duration}}',
    overdue: 'seit {{duration}} überschritten',
    justBreached: 'gerade überschritten',
    paused: 'Uhr pausiert',
    breachedPaused: 'überschritten, Uhr pausiert',
  },
  /** Words several views share. */
  words: {
    customer: 'Ressort',
    service: 'Dienst',
    priority: 'Priorität',
    priorityShort: 'Prio.',
    status: 'Status',
    serviceAndCustomer: 'Dienst · Ressort',
    /** The SLA terms a ticket runs under: those in force at its creation. */
    terms: 'SLA {{sla}}',
    termsSince: 'SLA {{sla}}, Fassung ab {{date}}',
    created: 'Erstellt',
    resolved: 'Gelöst',
    open: 'offen',
    noSla: 'ohne SLA',
    /** A time of day on its own line: "14:32 Uhr". */
    timeOfDay: '{{time}} Uhr',
    /** A period from its first to its last day. */
    range: '{{from}} bis {{to}}',
    tickets: 'Tickets',
    showTickets: '{{what}}: Tickets anzeigen',
    filters: 'Filter',
    allCustomers: 'Alle Ressorts',
    allServices: 'Alle Dienste',
  },
}

export const en: Messages<typeof de> = {
  status: {
    new: 'New',
    in_progress: 'In progress',
    waiting: 'Waiting',
    resolved: 'Resolved',
    closed: 'Closed',
  },
  clock: {
    response: 'Response',
    resolution: 'Resolution',
  },
  state: {
    breached: 'breached',
    at_risk: 'at risk',
    ok: 'on track',
  },
  verdict: {
    met: 'met',
    breached: 'breached',
    at_risk: 'at risk',
    running: 'running',
    paused: 'paused',
  },
  outcome: {
    created: 'Created',
    resolved: 'Resolved',
    resolution_met: 'Resolution met',
    resolution_breached: 'Resolution breached',
    response_met: 'Response met',
    response_breached: 'Response breached',
    open: 'Open at the end of the period',
    open_breached: 'Open, resolution time breached',
    at_risk: 'Open, resolution time at risk',
    reopened: 'Reopened',
    no_sla: 'Created without SLA',
    resolved_first_time: 'Resolved without a reopen',
  },
  channel: {
    portal: 'Service portal',
    phone: 'Phone',
    email: 'Email',
    unknown: 'unknown',
  },
  category: {
    incident: 'Incident',
    request: 'Service request',
    unknown: 'unknown',
  },
  duration: {
    minutes: '{{n}}\u00a0min',
    hours: '{{n}}\u00a0h',
    hoursMinutes: '{{hours}}\u00a0h {{minutes}}\u00a0min',
    underOneMinute: 'under 1\u00a0min',
    days_one: '{{n}}\u00a0day',
    days_other: '{{n}}\u00a0days',
    daysDative_one: '{{n}}\u00a0day',
    daysDative_other: '{{n}}\u00a0days',
    daysHours: '{{days}} {{hours}}\u00a0h',
    usedOf: '{{elapsed}} of {{target}}',
  },
  timeLeft: {
    left: '{{duration}} left',
    overdue: 'breached {{duration}} ago',
    justBreached: 'just breached',
    paused: 'clock paused',
    breachedPaused: 'breached, clock paused',
  },
  words: {
    customer: 'Ministry',
    service: 'Service',
    priority: 'Priority',
    priorityShort: 'Prio.',
    status: 'Status',
    serviceAndCustomer: 'Service · ministry',
    terms: 'SLA {{sla}}',
    termsSince: 'SLA {{sla}}, terms from {{date}}',
    created: 'Created',
    resolved: 'Resolved',
    open: 'open',
    noSla: 'no SLA',
    timeOfDay: '{{time}}',
    range: '{{from}} to {{to}}',
    tickets: 'Tickets',
    showTickets: '{{what}}: show tickets',
    filters: 'Filters',
    allCustomers: 'All ministries',
    allServices: 'All services',
  },
}
