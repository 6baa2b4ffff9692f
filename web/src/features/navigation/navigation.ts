/**
 * The navigation, grouped by audience. Only pages that exist are linked; a
 * ministry user sees the Ressort group alone, the agency's staff see all.
 */
import type { Role } from '../../../../shared/auth'

export interface NavItem {
  to: string
  label: string
}

export interface NavGroup {
  title: 'Leitung' | 'Servicemanagement' | 'Ressort'
  items: NavItem[]
}

const TICKETS: NavItem = { to: '/tickets', label: 'Tickets je Woche' }
const REPORT: NavItem = { to: '/bericht', label: 'Ressortbericht' }
const QUARANTINE: NavItem = { to: '/quarantaene', label: 'Quarantäne' }

export function isStaff(role: Role): boolean {
  return role !== 'ministry'
}

export function navigationFor(role: Role): NavGroup[] {
  // "Tickets je Woche" is the cross-ministry overview for staff and the
  // ministry's own view for a Ressort: each user sees it once.
  if (!isStaff(role)) return [{ title: 'Ressort', items: [REPORT, TICKETS] }]
  return [
    { title: 'Leitung', items: [TICKETS] },
    { title: 'Servicemanagement', items: [QUARANTINE] },
    { title: 'Ressort', items: [REPORT] },
  ]
}

/** Where `/` leads: ministries to their report, staff to the overview. */
export function startPath(role: Role): string {
  return isStaff(role) ? TICKETS.to : REPORT.to
}
