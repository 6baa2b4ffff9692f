/** Users and what they may see. Browser-safe. */
export const ROLES = ['leadership', 'service_manager', 'ministry'] as const
export type Role = (typeof ROLES)[number]

export interface User {
  id: string
  name: string
  role: Role
  /** The one customer (Ressort) a ministry user belongs to. */
  customer?: string
}
