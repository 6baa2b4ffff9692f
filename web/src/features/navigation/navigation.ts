/**
 * The navigation, grouped by audience. Only pages that exist are linked; a
 * ministry user sees the Ressort group alone, the agency's staff see all.
 */
import type { Role } from '../../../../shared/auth'
import { t } from '../../i18n'

export interface NavItem {
  to: string
  label: NavLabel
  /** Marked as the current page only on this path exactly, not on the paths below it. */
  end?: boolean
}

/** The keys of the words (navigation messages): the audience of a group, the page of an item. */
export type NavAudience = 'leadership' | 'service_management' | 'ministry'
export type NavLabel =
  | 'tickets'
  | 'report'
  | 'quarantine'
  | 'catalog'
  | 'slaBoard'
  | 'slaCompliance'
  | 'availability'
  | 'goals'
  | 'satisfaction'
  | 'audit'
  | 'situation'

export interface NavGroup {
  audience: NavAudience
  items: NavItem[]
}

const TICKETS: NavItem = { to: '/tickets', label: 'tickets' }
const REPORT: NavItem = { to: '/bericht', label: 'report' }
const QUARANTINE: NavItem = { to: '/quarantaene', label: 'quarantine' }
const CATALOG: NavItem = { to: '/katalog', label: 'catalog' }
const SLA_BOARD: NavItem = { to: '/sla', label: 'slaBoard', end: true }
const SLA_COMPLIANCE: NavItem = { to: '/sla/einhaltung', label: 'slaCompliance' }
const AVAILABILITY: NavItem = { to: '/verfuegbarkeit', label: 'availability' }
const GOALS: NavItem = { to: '/ziele', label: 'goals' }
const SATISFACTION: NavItem = { to: '/zufriedenheit', label: 'satisfaction' }
const AUDIT: NavItem = { to: '/protokoll', label: 'audit' }
const SITUATION: NavItem = { to: '/lage', label: 'situation' }

export function groupTitle(group: NavGroup): string {
  return t(`navigation:groups.${group.audience}`)
}

export function itemLabel(item: NavItem): string {
  return t(`navigation:items.${item.label}`)
}

export function isStaff(role: Role): boolean {
  return role !== 'ministry'
}

export function navigationFor(role: Role): NavGroup[] {
  // "Tickets je Woche", the SLA views and "Verfügbarkeit" are the cross-ministry overview for
  // staff and the ministry's own view for a Ressort: each user sees each once.
  if (!isStaff(role))
    return [
      {
        audience: 'ministry',
        items: [REPORT, TICKETS, SLA_BOARD, SLA_COMPLIANCE, AVAILABILITY, SATISFACTION],
      },
    ]
  return [
    // The audit trail ("Protokoll") is for leadership alone.
    {
      audience: 'leadership',
      items: role === 'leadership' ? [GOALS, TICKETS, SATISFACTION, AUDIT] : [GOALS, TICKETS, SATISFACTION],
    },
    {
      audience: 'service_management',
      items: [SITUATION, SLA_BOARD, SLA_COMPLIANCE, AVAILABILITY, QUARANTINE, CATALOG],
    },
    { audience: 'ministry', items: [REPORT] },
  ]
}

/** Where `/` leads: leadership to its goals, service management to the situation, ministries to their report. */
export function startPath(role: Role): string {
  if (role === 'leadership') return GOALS.to
  return isStaff(role) ? SITUATION.to : REPORT.to
}
