/** The goals texts in German and English (see web/src/i18n). */
import type { Messages } from '../../i18n/messages'

export const de = {
  page: {
    title: 'Ziele',
    lead: 'Die Ziele des Dienstleisters mit ihren Kennzahlen über alle Ressorts: Wert im Zeitraum, Ziel und Warnschwelle, Ampel, Verlauf der letzten 12 Monate und die Werte je Ressort.',
    periodLabel: 'Zeitraum',
    range: '({{from}} bis {{to}})',
    updating: ' · Wird aktualisiert …',
    /** Around the catalog section's name, which stays `goals`. */
    noGoalsBefore: 'Im Katalog sind noch keine Ziele angelegt (Abschnitt ',
    noGoalsAfter: ').',
    byStatus: 'Kennzahlen nach Status',
    noKpis: 'Dieses Ziel hat noch keine Kennzahlen.',
  },
  period: {
    kinds: {
      month: 'Monat',
      quarter: 'Quartal',
      year: 'Jahr',
    },
    quarter: '{{quarter}}. Quartal {{year}}',
    year: 'Jahr {{year}}',
    running: '{{label}} (laufend)',
  },
  status: {
    green: { label: 'grün', meaning: 'Ziel erreicht' },
    amber: { label: 'gelb', meaning: 'Warnschwelle erreicht, Ziel verfehlt' },
    red: { label: 'rot', meaning: 'Ziel und Warnschwelle verfehlt' },
    grey: { label: 'grau', meaning: 'keine Daten' },
  },
  direction: {
    higher: 'höher ist besser',
    lower: 'niedriger ist besser',
  },
  target: 'Ziel {{sign}} {{value}}',
  warn: 'Warnschwelle {{sign}} {{value}}',
  /** The unit of the backlog (and of any KPI the catalog gives the unit "Tickets"). */
  tickets_one: 'Ticket',
  tickets_other: 'Tickets',
  /** Short month names for the trend's axis, January first, separated by spaces. */
  shortMonths: 'Jan Feb Mär Apr Mai Jun Jul Aug Sep Okt Nov Dez',
  card: {
    chartLabel: 'Verlauf {{name}}, gestrichelt: Ziel',
    chartNote: 'Verlauf der letzten 12 Monate; gestrichelt: Ziel.',
    value: 'Wert',
    status: 'Status',
    trendSummary: 'Verlauf als Tabelle',
    trendLabel: '{{name}}: Verlauf, Tabelle',
    trendCaption: '{{name}}: Verlauf der letzten 12 Monate',
    month: 'Monat',
    ministrySummary: 'Je Ressort',
    ministryLabel: '{{name}} je Ressort, Tabelle',
    ministryCaption: '{{name}} je Ressort',
    ministry: 'Ressort',
    howComputed: 'Wie wird das berechnet?',
    legend:
      'Status: {{green}} = Ziel erreicht, {{amber}} = Warnschwelle erreicht, {{red}} = beide verfehlt, {{grey}} = keine Daten im Zeitraum.',
  },
}

export const en: Messages<typeof de> = {
  page: {
    title: 'Goals',
    lead: "The service provider's goals with their KPIs over all ministries: value in the period, target and warning level, traffic light, trend over the last 12 months and the values per ministry.",
    periodLabel: 'Period',
    range: '({{from}} to {{to}})',
    updating: ' · Updating …',
    noGoalsBefore: 'No goals have been set up in the catalog yet (section ',
    noGoalsAfter: ').',
    byStatus: 'KPIs by status',
    noKpis: 'This goal has no KPIs yet.',
  },
  period: {
    kinds: {
      month: 'Month',
      quarter: 'Quarter',
      year: 'Year',
    },
    quarter: 'Q{{quarter}} {{year}}',
    year: 'Year {{year}}',
    running: '{{label}} (current)',
  },
  status: {
    green: { label: 'green', meaning: 'target met' },
    amber: { label: 'amber', meaning: 'warning level met, target missed' },
    red: { label: 'red', meaning: 'target and warning level missed' },
    grey: { label: 'grey', meaning: 'no data' },
  },
  direction: {
    higher: 'higher is better',
    lower: 'lower is better',
  },
  target: 'Target {{sign}} {{value}}',
  warn: 'warning level {{sign}} {{value}}',
  tickets_one: 'ticket',
  tickets_other: 'tickets',
  shortMonths: 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec',
  card: {
    chartLabel: 'Trend of {{name}}, dashed: target',
    chartNote: 'Trend over the last 12 months; dashed: target.',
    value: 'Value',
    status: 'Status',
    trendSummary: 'Trend as a table',
    trendLabel: '{{name}}: trend, table',
    trendCaption: '{{name}}: trend over the last 12 months',
    month: 'Month',
    ministrySummary: 'Per ministry',
    ministryLabel: '{{name}} per ministry, table',
    ministryCaption: '{{name}} per ministry',
    ministry: 'Ministry',
    howComputed: 'How is this computed?',
    legend:
      'Status: {{green}} = target met, {{amber}} = warning level met, {{red}} = both missed, {{grey}} = no data in the period.',
  },
}
