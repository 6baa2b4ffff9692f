import { describe, expect, it } from 'vitest'
import { filterFromParams, filterParams, outcomeLabel, roleLabel } from './adapters'

describe('the Protokoll filters', () => {
  it('read what fits from the URL and write it back the same way', () => {
    const filter = filterFromParams(new URLSearchParams('benutzer=%20lea%20&ressort=fm&tag=2026-07-01'))
    expect(filter).toEqual({ user: 'lea', ministry: 'fm', day: '2026-07-01' })
    expect(filterParams(filter).toString()).toBe('benutzer=lea&ressort=fm&tag=2026-07-01')
    expect(filterFromParams(new URLSearchParams('ressort=FM%3B&tag=gestern&benutzer='))).toEqual({})
  })

  it('word roles and outcomes, and show codes they do not know as they are', () => {
    expect(roleLabel('service_manager')).toBe('Servicemanagement')
    expect(roleLabel('')).toBe('')
    expect(outcomeLabel('ok')).toBe('erfolgreich')
    expect(outcomeLabel('FORBIDDEN')).toBe('abgelehnt: FORBIDDEN')
  })
})
