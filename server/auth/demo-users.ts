/** In demo mode the login page offers one user per role and per ministry. */
import type { User } from '../../shared/auth'
import type { Catalog } from '../../shared/catalog'

export function demoUsers(catalog: Catalog | undefined): User[] {
  return [
    { id: 'leitung', name: 'Demo Leitung', role: 'leadership' },
    { id: 'servicemanagement', name: 'Demo Servicemanagement', role: 'service_manager' },
    ...(catalog?.customers ?? []).map(
      (customer): User => ({
        id: `ressort-${customer.id}`,
        name: `Demo ${customer.name}`,
        role: 'ministry',
        customer: customer.id,
      }),
    ),
  ]
}
