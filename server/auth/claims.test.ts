import { describe, expect, it } from 'vitest'
import { type ClaimMapping, DEFAULT_ROLE_VALUES, parseRoleValues, userFromClaims } from './claims'

const groups: ClaimMapping = {
  roleClaim: 'groups',
  roleValues: parseRoleValues(DEFAULT_ROLE_VALUES),
  ministryClaim: 'groups',
  ministryValue: '/ressorts/{id}',
}
const CATALOG = ['fm', 'im']

describe('claims to a Leitstand user', () => {
  it('reads role and ministry from groups, with the most rights first', () => {
    expect(
      userFromClaims(
        { sub: 'u1', name: 'Frida', groups: ['/leitstand/ressort', '/ressorts/fm'] },
        groups,
        CATALOG,
      ),
    ).toEqual({ ok: true, user: { id: 'u1', name: 'Frida', role: 'ministry', customer: 'fm' } })
    expect(
      userFromClaims(
        { sub: 'u2', groups: ['/leitstand/ressort', '/ressorts/fm', '/leitstand/leitung'] },
        groups,
        CATALOG,
      ),
    ).toEqual({ ok: true, user: { id: 'u2', name: 'u2', role: 'leadership' } })
  })

  it('reads a plain claim (ressort: fm) and a nested one (realm_access.roles)', () => {
    const mapping: ClaimMapping = {
      roleClaim: 'realm_access.roles',
      roleValues: parseRoleValues('leadership=leitung,service_manager=sm|betrieb,ministry=ressort'),
      ministryClaim: 'ressort',
      ministryValue: '{id}',
    }
    const claims = {
      sub: 'u3',
      preferred_username: 'ina',
      realm_access: { roles: ['ressort'] },
      ressort: 'im',
    }
    expect(userFromClaims(claims, mapping, CATALOG)).toEqual({
      ok: true,
      user: { id: 'u3', name: 'ina', role: 'ministry', customer: 'im' },
    })
    expect(
      userFromClaims({ sub: 'u4', realm_access: { roles: ['betrieb'] } }, mapping, CATALOG),
    ).toMatchObject({
      ok: true,
      user: { role: 'service_manager' },
    })
  })

  it('refuses instead of guessing: no role, no ministry, several, or one not in the catalog', () => {
    const reason = (claims: Record<string, unknown>) => {
      const verdict = userFromClaims({ sub: 'x', ...claims }, groups, CATALOG)
      return verdict.ok ? 'let in' : verdict.reason
    }
    expect(reason({})).toBe('no_role')
    expect(reason({ groups: ['/ressorts/fm'] })).toBe('no_role')
    expect(reason({ groups: '/leitstand/leitungX' })).toBe('no_role')
    expect(reason({ groups: ['/leitstand/ressort'] })).toBe('no_ministry')
    expect(reason({ groups: ['/leitstand/ressort', '/ressorts/'] })).toBe('no_ministry')
    expect(reason({ groups: ['/leitstand/ressort', '/ressorts/fm', '/ressorts/im'] })).toBe(
      'several_ministries',
    )
    expect(reason({ groups: ['/leitstand/ressort', '/ressorts/bm'] })).toBe('unknown_ministry')
  })

  it('refuses a role mapping that leaves a role out or names an unknown one', () => {
    expect(() => parseRoleValues('leadership=a,service_manager=b')).toThrow(/no value for ministry/)
    expect(() => parseRoleValues('admin=a')).toThrow(/not role=value/)
  })
})
