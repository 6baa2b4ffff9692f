/** Every namespace in both languages; `i18next.d.ts` types `t` keys from the German ones. */
import * as audit from '../features/audit/messages'
import * as auth from '../features/auth/messages'
import * as availability from '../features/availability/messages'
import * as catalog from '../features/catalog/messages'
import * as freshness from '../features/freshness/messages'
import * as goals from '../features/goals/messages'
import * as navigation from '../features/navigation/messages'
import * as quarantine from '../features/quarantine/messages'
import * as report from '../features/report/messages'
import * as satisfaction from '../features/satisfaction/messages'
import * as services from '../features/services/messages'
import * as situation from '../features/situation/messages'
import * as sla from '../features/sla/messages'
import * as tickets from '../features/tickets/messages'
import * as common from './common'

export const resources = {
  de: {
    common: common.de,
    auth: auth.de,
    navigation: navigation.de,
    tickets: tickets.de,
    sla: sla.de,
    availability: availability.de,
    goals: goals.de,
    satisfaction: satisfaction.de,
    report: report.de,
    quarantine: quarantine.de,
    services: services.de,
    audit: audit.de,
    catalog: catalog.de,
    freshness: freshness.de,
    situation: situation.de,
  },
  en: {
    common: common.en,
    auth: auth.en,
    navigation: navigation.en,
    tickets: tickets.en,
    sla: sla.en,
    availability: availability.en,
    goals: goals.en,
    satisfaction: satisfaction.en,
    report: report.en,
    quarantine: quarantine.en,
    services: services.en,
    audit: audit.en,
    catalog: catalog.en,
    freshness: freshness.en,
    situation: situation.en,
  },
}
