import { describe, expect, it } from 'vitest'
import { type DemoUser, groupDemoUsers } from './demo-users'

describe('groupDemoUsers', () => {
  it('groups by role in the order Leitung, Servicemanagement, Ressorts', () => {
    const users: DemoUser[] = [
      { id: 'ressort-im', name: 'Demo Innenministerium', role: 'ministry', customer: 'im' },
      { id: 'leitung', name: 'Demo Leitung', role: 'leadership' },
      { id: 'ressort-fm', name: 'Demo Finanzministerium', role: 'ministry', customer: 'fm' },
      { id: 'servicemanagement', name: 'Demo Servicemanagement', role: 'service_manager' },
    ]
    expect(groupDemoUsers(users).map((g) => [g.title, g.users.map((u) => u.id)])).toEqual([
      ['Leitung', ['leitung']],
      ['Servicemanagement', ['servicemanagement']],
      ['Ressorts', ['ressort-im', 'ressort-fm']],
    ])
  })

  it('drops empty groups (no catalog yet: no ministries)', () => {
    expect(
      groupDemoUsers([{ id: 'leitung', name: 'Demo Leitung', role: 'leadership' }]).map((g) => g.title),
    ).toEqual(['Leitung'])
    expect(groupDemoUsers([])).toEqual([])
  })
})
