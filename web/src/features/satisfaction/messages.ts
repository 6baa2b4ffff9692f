/** The satisfaction texts in German and English (see web/src/i18n). */
import type { Messages } from '../../i18n/messages'

export const de = {
  page: {
    title: 'Zufriedenheit',
    intro:
      'Kundenzufriedenheit (CSAT: Anteil der Bewertungen 4 oder 5 von 5) und Net Promoter Score (NPS: Prozent Empfehlende minus Prozent Kritiker) aus den Umfragen, je Monat und Ressort.',
    selection: 'Auswahl',
    ministry: 'Ressort',
    ministryStatic: 'Ressort:',
    allMinistries: 'Alle Ressorts',
    byService: 'nach Service aufschlüsseln',
    period: 'Zeitraum {{from}} bis {{to}}',
    perMonth: 'Je Monat',
    noAnswers: 'Im Zeitraum gibt es keine Umfrageantworten.',
    bySla: 'Zufriedenheit und SLA',
    comments: 'Kommentare',
    privacy:
      'Kommentare sind Freitext und können personenbezogene Daten enthalten. Bitte nur für die Verbesserung des Service verwenden und nicht weitergeben.',
    ownOnly: 'Sie sehen nur die Kommentare Ihres Ressorts.',
    noComments: 'Im Zeitraum gibt es keine Kommentare.',
    newest: 'Die neuesten {{n}} Kommentare; für ältere den Zeitraum verkleinern.',
  },
  weak: {
    label: 'wenig aussagekräftig',
    title: 'Weniger als {{n}} Antworten',
    hidden: ' (weniger als {{n}} Antworten)',
  },
  allServices: 'alle',
  outcomes: {
    met: 'SLA eingehalten',
    breached: 'SLA verletzt',
    open: 'noch offen',
    no_sla: 'ohne SLA',
  },
  summary: {
    tableLabel: 'CSAT und NPS je Monat, Tabelle',
    caption: 'CSAT und NPS je Monat und Ressort',
    captionByService: 'CSAT und NPS je Monat und Ressort und Service',
    month: 'Monat',
    ministry: 'Ressort',
    service: 'Service',
    csat: 'CSAT',
    csatAnswers: 'Antworten CSAT',
    nps: 'NPS',
    npsAnswers: 'Antworten NPS',
  },
  outcome: {
    chartCaption: 'CSAT bei eingehaltenem und verletztem SLA',
    caption: 'CSAT nach Ergebnis des Tickets (Lösungszeit)',
    ticket: 'Ticket',
    csat: 'CSAT',
    answers: 'Antworten',
    note: 'Nur Bewertungen, die einem Ticket zugeordnet sind; maßgeblich ist das Ergebnis der Lösungszeit am Ende des Zeitraums. Unter {{n}} Antworten ist ein Wert wenig aussagekräftig.',
  },
  comment: {
    when: '{{when}} Uhr',
    ticket: 'Ticket {{ticket}}',
    csat: 'CSAT {{score}} von 5',
    nps: 'NPS {{score}} von 10',
  },
}

export const en: Messages<typeof de> = {
  page: {
    title: 'Satisfaction',
    intro:
      'Customer satisfaction (CSAT: share of ratings of 4 or 5 out of 5) and Net Promoter Score (NPS: percent promoters minus percent detractors) from the surveys, per month and ministry.',
    selection: 'Selection',
    ministry: 'Ministry',
    ministryStatic: 'Ministry:',
    allMinistries: 'All ministries',
    byService: 'break down by service',
    period: 'Period {{from}} to {{to}}',
    perMonth: 'Per month',
    noAnswers: 'There are no survey responses in the period.',
    bySla: 'Satisfaction and SLA',
    comments: 'Comments',
    privacy:
      'Comments are free text and may contain personal data. Please use them only to improve the service and do not pass them on.',
    ownOnly: "You only see your ministry's comments.",
    noComments: 'There are no comments in the period.',
    newest: 'The newest {{n}} comments; for older ones, choose a shorter period.',
  },
  weak: {
    label: 'not meaningful',
    title: 'Fewer than {{n}} responses',
    hidden: ' (fewer than {{n}} responses)',
  },
  allServices: 'all',
  outcomes: {
    met: 'SLA met',
    breached: 'SLA breached',
    open: 'still open',
    no_sla: 'without SLA',
  },
  summary: {
    tableLabel: 'CSAT and NPS per month, table',
    caption: 'CSAT and NPS per month and ministry',
    captionByService: 'CSAT and NPS per month, ministry and service',
    month: 'Month',
    ministry: 'Ministry',
    service: 'Service',
    csat: 'CSAT',
    csatAnswers: 'CSAT responses',
    nps: 'NPS',
    npsAnswers: 'NPS responses',
  },
  outcome: {
    chartCaption: 'CSAT with the SLA met and breached',
    caption: 'CSAT by ticket outcome (resolution time)',
    ticket: 'Ticket',
    csat: 'CSAT',
    answers: 'Responses',
    note: 'Only ratings linked to a ticket; what counts is the outcome of the resolution time at the end of the period. With fewer than {{n}} responses a value is not meaningful.',
  },
  comment: {
    when: '{{when}}',
    ticket: 'Ticket {{ticket}}',
    csat: 'CSAT {{score}} of 5',
    nps: 'NPS {{score}} of 10',
  },
}
