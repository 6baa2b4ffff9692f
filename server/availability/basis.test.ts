/** Which SLA measures a figure: the customer's own, or the service's standard SLA in staff views. */
import { describe, expect, it } from 'vitest'
import { validateCatalog } from '../../shared/catalog'
import { customerBasis, standardBasis } from './basis'

const customers = Array.from({ length: 9 }, (_, i) => `c${i + 1}`)
const parsed = validateCatalog({
  calendars: [
    { id: 'always', hours: '24x7' },
    { id: 'office', hours: { mon: '08:00-16:00' } },
  ],
  customers: customers.map((id) => ({ id, name: id, services: ['svc', 'tie', 'none'] })),
  services: ['svc', 'tie', 'none'].map((id) => ({ id, name: id })),
  slas: [
    {
      id: 'a',
      customers: ['c1', 'c2'],
      services: ['svc', 'tie'],
      availability: { target: 99.5, calendar: 'always' },
    },
    {
      id: 'b',
      customers: ['c3', 'c4', 'c5'],
      services: ['svc'],
      availability: { target: 99.5, calendar: 'office' },
    },
    {
      id: 'c',
      customers: ['c6', 'c7', 'c8'],
      services: ['svc'],
      availability: { target: 99.9, calendar: 'always' },
    },
    { id: 'd', customers: ['c6'], services: ['tie'], availability: { target: 99.9, calendar: 'always' } },
  ],
})
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
const catalog = parsed.catalog

describe('standard basis (staff views)', () => {
  it('takes the most common target, in the calendar of its most common SLA', () => {
    // Votes: 99.5 by a (2) + b (3) = 5, 99.9 by c (3); c9 has no SLA and does not vote. Within 99.5, b (3) beats a (2).
    expect(standardBasis(catalog, 'svc')).toEqual({
      kind: 'standard',
      customer: null,
      sla: 'b',
      target: 99.5,
      calendar: 'office',
      since: null,
    })
  })

  it('breaks a tie of targets towards the higher target', () => {
    // tie: 99.5 by a (c1, c2) = 2 votes, 99.9 by d (c6) = 1 vote: 99.5 wins on votes.
    expect(standardBasis(catalog, 'tie')).toMatchObject({ sla: 'a', target: 99.5 })
    const tied = { ...catalog, customers: catalog.customers.filter((c) => c.id !== 'c2') }
    // c1 (99.5) against c6 (99.9), one vote each: the higher target.
    expect(standardBasis(tied, 'tie')).toMatchObject({ sla: 'd', target: 99.9 })
  })

  it('has no target when no subscriber has an availability SLA', () => {
    expect(standardBasis(catalog, 'none')).toMatchObject({ sla: null, target: null, calendar: null })
  })
})

describe('customer basis', () => {
  it("is the customer's own SLA, or none", () => {
    expect(customerBasis(catalog, 'c6', 'svc')).toEqual({
      kind: 'customer',
      customer: 'c6',
      sla: 'c',
      target: 99.9,
      calendar: 'always',
      since: null,
    })
    expect(customerBasis(catalog, 'c9', 'svc')).toMatchObject({ sla: null, target: null, calendar: null })
  })
})
