/**
 * From an ID token's claims to a Leitstand user: which claim values give the
 * role, which give the ministry. A user whose claims give no role, or a
 * ministry user without exactly one ministry of the catalog, is refused:
 * nobody is let in with a default.
 */
import { ROLES, type Role, type User } from '../../shared/auth'
import { ConfigurationError } from '../configuration'

export interface ClaimMapping {
  /** The claim holding role values, a dotted path such as `groups` or `realm_access.roles`. */
  roleClaim: string
  /** Claim values that give each role, e.g. leadership ← `/leitstand/leitung`. */
  roleValues: Record<Role, string[]>
  /** The claim holding the ministry, e.g. `groups` or `ressort`. */
  ministryClaim: string
  /** The shape of a ministry value with `{id}` for the catalog's id: `/ressorts/{id}`, or `{id}`. */
  ministryValue: string
}

export const DEFAULT_ROLE_VALUES =
  'leadership=/leitstand/leitung,service_manager=/leitstand/servicemanagement,ministry=/leitstand/ressort'

/** "leadership=/a,service_manager=/b,ministry=/c|/d" → the values per role (`|` separates several). */
export function parseRoleValues(text: string): Record<Role, string[]> {
  const values: Record<Role, string[]> = { leadership: [], service_manager: [], ministry: [] }
  for (const part of text.split(',')) {
    const [name, list] = part.split('=', 2).map((s) => s.trim())
    const role = ROLES.find((r) => r === name)
    if (!role || !list)
      throw new ConfigurationError(
        `LEITSTAND_OIDC_ROLES: '${part}' is not role=value (roles: ${ROLES.join(', ')}; several values with |)`,
      )
    values[role].push(...list.split('|').map((v) => v.trim()))
  }
  for (const role of ROLES)
    if (values[role].length === 0)
      throw new ConfigurationError(`LEITSTAND_OIDC_ROLES names no value for ${role}`)
  return values
}

/** The string values of a claim at a dotted path: a string, or the strings of an array. */
export function claimValues(claims: Record<string, unknown>, path: string): string[] {
  let value: unknown = claims
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return []
    value = (value as Record<string, unknown>)[key]
  }
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string')
  return []
}

export type ClaimsRefusal = 'no_role' | 'no_ministry' | 'unknown_ministry' | 'several_ministries'

export type ClaimsVerdict =
  | { ok: true; user: User }
  | { ok: false; reason: ClaimsRefusal; user: { id: string; name: string }; detail: string }

/** Most rights first: a user in several role groups gets the first of these. */
const PRECEDENCE: Role[] = ['leadership', 'service_manager', 'ministry']

export function userFromClaims(
  claims: Record<string, unknown>,
  mapping: ClaimMapping,
  catalogCustomers: readonly string[],
): ClaimsVerdict {
  const id = String(claims.sub)
  const name =
    [claims.name, claims.preferred_username, claims.email].find(
      (v): v is string => typeof v === 'string' && v.length > 0,
    ) ?? id
  const who = { id, name: name.slice(0, 200) }
  const roleClaim = claimValues(claims, mapping.roleClaim)
  const role = PRECEDENCE.find((r) => mapping.roleValues[r].some((value) => roleClaim.includes(value)))
  if (!role)
    return { ok: false, reason: 'no_role', user: who, detail: `no role in claim ${mapping.roleClaim}` }
  if (role !== 'ministry') return { ok: true, user: { ...who, role } }

  const [prefix, suffix] = mapping.ministryValue.split('{id}', 2) as [string, string | undefined]
  const ministries = [
    ...new Set(
      claimValues(claims, mapping.ministryClaim)
        .filter(
          (v) =>
            v.startsWith(prefix) &&
            v.endsWith(suffix ?? '') &&
            v.length > prefix.length + (suffix ?? '').length,
        )
        .map((v) => v.slice(prefix.length, v.length - (suffix ?? '').length)),
    ),
  ]
  if (ministries.length === 0)
    return {
      ok: false,
      reason: 'no_ministry',
      user: who,
      detail: `no ministry in claim ${mapping.ministryClaim}`,
    }
  if (ministries.length > 1)
    return {
      ok: false,
      reason: 'several_ministries',
      user: who,
      detail: `ministries ${ministries.join(', ')}`,
    }
  const customer = ministries[0] as string
  if (!catalogCustomers.includes(customer))
    return {
      ok: false,
      reason: 'unknown_ministry',
      user: who,
      detail: `ministry ${customer.slice(0, 50)} is not in the catalog`,
    }
  return { ok: true, user: { ...who, role, customer } }
}
