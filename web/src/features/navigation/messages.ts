/** The navigation's texts in German and English (see web/src/i18n). */
import type { Messages } from '../../i18n/messages'

export const de = {
  label: 'Hauptnavigation',
  menu: 'Menü',
  groups: {
    leadership: 'Leitung',
    service_management: 'Servicemanagement',
    ministry: 'Ressort',
  },
  items: {
    tickets: 'Tickets je Woche',
    report: 'Ressortbericht',
    quarantine: 'Quarantäne',
    catalog: 'Katalogversionen',
    slaBoard: 'SLA-Board',
    slaCompliance: 'SLA-Einhaltung',
    availability: 'Verfügbarkeit',
    goals: 'Ziele',
    satisfaction: 'Zufriedenheit',
    audit: 'Protokoll',
    situation: 'Lage',
  },
}

export const en: Messages<typeof de> = {
  label: 'Main navigation',
  menu: 'Menu',
  groups: {
    leadership: 'Leadership',
    service_management: 'Service management',
    ministry: 'Ministry',
  },
  items: {
    tickets: 'Tickets per week',
    report: 'Ministry report',
    quarantine: 'Quarantine',
    catalog: 'Catalog versions',
    slaBoard: 'SLA board',
    slaCompliance: 'SLA compliance',
    availability: 'Availability',
    goals: 'Goals',
    satisfaction: 'Satisfaction',
    audit: 'Audit trail',
    situation: 'Situation',
  },
}
