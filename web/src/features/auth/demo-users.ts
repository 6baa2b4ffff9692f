/** The demo login page lists its users by role. */
import type { Role } from '../../../../shared/auth'
import { t } from '../../i18n'
import type { RouterOutputs } from '../../trpc'

export type DemoUser = RouterOutputs['auth']['demoUsers'][number]

export interface DemoUserGroup {
  role: Role
  title: string
  users: DemoUser[]
}

const ROLE_ORDER: readonly Role[] = ['leadership', 'service_manager', 'ministry']

/** Non-empty groups in a fixed order; users keep the server's (catalog) order. */
export function groupDemoUsers(users: readonly DemoUser[]): DemoUserGroup[] {
  return ROLE_ORDER.map((role) => ({
    role,
    title: t(`auth:groups.${role}`),
    users: users.filter((u) => u.role === role),
  })).filter((group) => group.users.length > 0)
}
