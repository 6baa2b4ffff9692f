/** The demo login page lists its users by role. */
import type { Role } from '../../../../shared/auth'
import type { RouterOutputs } from '../../trpc'

export type DemoUser = RouterOutputs['auth']['demoUsers'][number]

export interface DemoUserGroup {
  role: Role
  title: string
  users: DemoUser[]
}

const GROUPS: ReadonlyArray<{ role: Role; title: string }> = [
  { role: 'leadership', title: 'Leitung' },
  { role: 'service_manager', title: 'Servicemanagement' },
  { role: 'ministry', title: 'Ressorts' },
]

/** Non-empty groups in a fixed order; users keep the server's (catalog) order. */
export function groupDemoUsers(users: readonly DemoUser[]): DemoUserGroup[] {
  return GROUPS.map(({ role, title }) => ({
    role,
    title,
    users: users.filter((u) => u.role === role),
  })).filter((group) => group.users.length > 0)
}
