/** The tickets texts in German and English (see web/src/i18n). */
import type { Messages } from '../../i18n/messages'

export const de = {
  page: {
    title: 'Tickets je Woche',
    leadStaff:
      'Neu erstellte und gelöste Tickets je Kalenderwoche (Montag bis Sonntag), summiert über die gewählten Ressorts.',
    leadMinistry: 'Neu erstellte und gelöste Tickets je Kalenderwoche (Montag bis Sonntag) Ihres Ressorts.',
    filters: 'Filter',
    period: 'Zeitraum:',
    range: '{{from}} bis {{to}}',
    invalid: 'ungültig',
    ministries: ' · Ressorts: {{names}}',
    updating: ' · Wird aktualisiert …',
    emptyTitle: 'Keine Tickets im gewählten Zeitraum',
    emptyStaff: 'Wählen Sie einen anderen Zeitraum oder weitere Ressorts.',
    emptyMinistry: 'Wählen Sie einen anderen Zeitraum.',
    weekly: 'Verlauf je Woche',
    perMinistry: 'Summen je Ressort',
  },
  figures: {
    created: 'Erstellt',
    resolved: 'Gelöst',
    balance: 'Saldo',
    balanceHint: '(erstellt − gelöst)',
  },
  week: {
    /** The calendar week on the axis: "KW 10", across years "KW 10/26". */
    axis: 'KW {{week}}',
    axisWithYear: 'KW {{week}}/{{year}}',
    /** In the table and the tooltip: "KW 10/2026". */
    title: 'KW {{week}}/{{year}}',
  },
  chart: {
    caption: 'Erstellte und gelöste Tickets je Kalenderwoche',
    partialNote: '* Die Woche liegt nur teilweise im gewählten Zeitraum.',
    partialTooltip: ', teilweise im Zeitraum',
  },
  weeklyTable: {
    caption: 'Tickets je Kalenderwoche',
    week: 'Woche',
    period: 'Zeitraum',
    partial: ' (teilweise im Zeitraum)',
    total: 'Summe',
  },
  ministryTable: {
    caption: 'Summen je Ressort im Zeitraum',
    ministry: 'Ressort',
  },
  customers: {
    label: 'Ressorts:',
    all: 'alle ({{total}})',
    some: '{{selected}} von {{total}}',
    legend: 'Ressorts auswählen',
    selectAll: 'Alle auswählen',
    lastOne: ' (mindestens ein Ressort bleibt ausgewählt)',
    own: 'Ressort:',
  },
}

export const en: Messages<typeof de> = {
  page: {
    title: 'Tickets per week',
    leadStaff:
      'New and resolved tickets per calendar week (Monday to Sunday), summed over the selected ministries.',
    leadMinistry: "Your ministry's new and resolved tickets per calendar week (Monday to Sunday).",
    filters: 'Filters',
    period: 'Period:',
    range: '{{from}} to {{to}}',
    invalid: 'invalid',
    ministries: ' · Ministries: {{names}}',
    updating: ' · Updating …',
    emptyTitle: 'No tickets in the selected period',
    emptyStaff: 'Choose another period or more ministries.',
    emptyMinistry: 'Choose another period.',
    weekly: 'Trend per week',
    perMinistry: 'Totals per ministry',
  },
  figures: {
    created: 'Created',
    resolved: 'Resolved',
    balance: 'Balance',
    balanceHint: '(created − resolved)',
  },
  week: {
    axis: 'W{{week}}',
    axisWithYear: 'W{{week}}/{{year}}',
    title: 'Week {{week}}/{{year}}',
  },
  chart: {
    caption: 'Created and resolved tickets per calendar week',
    partialNote: '* The week lies only partly in the selected period.',
    partialTooltip: ', partly in the period',
  },
  weeklyTable: {
    caption: 'Tickets per calendar week',
    week: 'Week',
    period: 'Period',
    partial: ' (partly in the period)',
    total: 'Total',
  },
  ministryTable: {
    caption: 'Totals per ministry in the period',
    ministry: 'Ministry',
  },
  customers: {
    label: 'Ministries:',
    all: 'all ({{total}})',
    some: '{{selected}} of {{total}}',
    legend: 'Select ministries',
    selectAll: 'Select all',
    lastOne: ' (at least one ministry stays selected)',
    own: 'Ministry:',
  },
}
