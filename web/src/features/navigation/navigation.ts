/**
 * The navigation, grouped by audience. Only pages that exist are linked; a
 * ministry user sees the Ressort group alone, the agency's staff see all.
 */
import type { Role } from '../../../../shared/auth'

export interface NavItem {
  to: string
  label: string
  /** Marked as the current page only on this path exactly, not on the paths below it. */
  end?: boolean
}

export interface NavGroup {
  title: 'Leitung' | 'Servicemanagement' | 'Ressort'
  items: NavItem[]
}

const TICKETS: NavItem = { to: '/tickets', label: 'Tickets je Woche' }
const REPORT: NavItem = { to: '/bericht', label: 'Ressortbericht' }
const QUARANTINE: NavItem = { to: '/quarantaene', label: 'Quarantäne' }
const SLA_BOARD: NavItem = { to: '/sla', label: 'SLA-Board', end: true }
const SLA_COMPLIANCE: NavItem = { to: '/sla/einhaltung', label: 'SLA-Einhaltung' }
const AVAILABILITY: NavItem = { to: '/verfuegbarkeit', label: 'Verfügbarkeit' }
const GOALS: NavItem = { to: '/ziele', label: 'Ziele' }
const SATISFACTION: NavItem = { to: '/zufriedenheit', label: 'Zufriedenheit' }

export function isStaff(role: Role): boolean {
  return role !== 'ministry'
}

export function navigationFor(role: Role): NavGroup[] {
  // "Tickets je Woche", the SLA views and "Verfügbarkeit" are the cross-ministry overview for
  // staff and the ministry's own view for a Ressort: each user sees each once.
  if (!isStaff(role))
    return [
      { title: 'Ressort', items: [REPORT, TICKETS, SLA_BOARD, SLA_COMPLIANCE, AVAILABILITY, SATISFACTION] },
    ]
  return [
    { title: 'Leitung', items: [GOALS, TICKETS, SATISFACTION] },
    { title: 'Servicemanagement', items: [SLA_BOARD, SLA_COMPLIANCE, AVAILABILITY, QUARANTINE] },
    { title: 'Ressort', items: [REPORT] },
  ]
}

/** Where `/` leads: leadership to its goals, service management to the overview, ministries to their report. */
export function startPath(role: Role): string {
  if (role === 'leadership') return GOALS.to
  return isStaff(role) ? TICKETS.to : REPORT.to
}
