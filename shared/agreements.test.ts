import { describe, expect, it } from 'vitest'
import { slaTermsAt, subscribedIntervals, termsStretches } from './agreements'
import { effectiveTarget, serviceAvailability } from './availability'
import { type CatalogInput, validateCatalog } from './catalog'
import { catalogSlaResolver, evaluateTicket, type TicketEvent } from './ticket-clock'

const office = {
  mon: '08:00-16:00',
  tue: '08:00-16:00',
  wed: '08:00-16:00',
  thu: '08:00-16:00',
  fri: '08:00-16:00',
}
const targets = { calendar: 'office', P1: '30m', P2: '2h', P3: '4h', P4: '8h' }

const input = (overrides: Partial<CatalogInput> = {}): CatalogInput => ({
  calendars: [
    { id: 'office', holidays: 'DE-MV', hours: office },
    { id: 'always', hours: '24x7' },
  ],
  customers: [{ id: 'bm', name: 'Bildung', services: ['email', { service: 'eakte', from: '2026-07-01' }] }],
  services: [
    { id: 'email', name: 'E-Mail' },
    { id: 'eakte', name: 'E-Akte' },
  ],
  slas: [
    {
      id: 'standard',
      customers: '*',
      services: '*',
      availability: { target: 99.5, calendar: 'always' },
      response: targets,
      resolution: { calendar: 'office', P1: '4h', P2: '8h', P3: '24h', P4: '40h' },
      changes: [{ from: '2026-07-01', availability: { target: 99.7 }, resolution: { P1: '3h' } }],
    },
  ],
  ...overrides,
})

function problems(catalog: CatalogInput) {
  const result = validateCatalog(catalog)
  if (result.ok) throw new Error('expected the catalog to be invalid')
  return result.problems
}

const sla = (changes: unknown[]) =>
  input({
    slas: [{ ...(input().slas?.[0] as object), changes } as NonNullable<CatalogInput['slas']>[number]],
  })

describe('catalog validation of agreements over time', () => {
  it('accepts dated subscriptions and SLA changes', () => {
    const result = validateCatalog(input())
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.catalog.customers[0]?.services).toEqual(['email', 'eakte'])
    expect(result.catalog.customers[0]?.subscriptions).toEqual([
      { service: 'email' },
      { service: 'eakte', from: '2026-07-01' },
    ])
  })

  it('refuses changes out of date order and two changes on one date, with their paths', () => {
    expect(problems(sla([{ from: '2026-07-01' }, { from: '2026-03-01' }]))).toEqual([
      {
        path: 'slas[0].changes[1].from',
        message: '2026-03-01 comes before the change above it (2026-07-01): changes must be in date order',
      },
    ])
    expect(problems(sla([{ from: '2026-07-01' }, { from: '2026-07-01', at_risk: 80 }]))).toEqual([
      { path: 'slas[0].changes[1].from', message: 'two changes on 2026-07-01: merge them into one' },
    ])
  })

  it('refuses an unknown field, an unknown calendar, a bad date and a change to terms the SLA lacks', () => {
    expect(problems(sla([{ from: '2026-07-01', target: 99.7 }]))).toEqual([
      { path: 'slas[0].changes[0]', message: expect.stringContaining('target') },
    ])
    expect(problems(sla([{ from: '2026-07-01', resolution: { calendar: 'nacht' } }]))).toEqual([
      { path: 'slas[0].changes[0].resolution.calendar', message: "unknown calendar 'nacht'" },
    ])
    expect(problems(sla([{ from: '2026-02-30' }]))[0]?.path).toBe('slas[0].changes[0].from')
    const bare = input({
      slas: [
        {
          id: 'bare',
          customers: '*',
          services: '*',
          changes: [{ from: '2026-07-01', response: { P1: '1h' } }],
        },
      ],
    })
    expect(problems(bare)).toEqual([
      {
        path: 'slas[0].changes[0].response',
        message: "SLA 'bare' has no response terms to change (add them to the SLA itself)",
      },
    ])
  })

  it('refuses a subscription that ends before it starts, or with an unknown field', () => {
    const customers = (services: unknown[]) =>
      input({
        customers: [
          { id: 'bm', name: 'Bildung', services } as NonNullable<CatalogInput['customers']>[number],
        ],
      })
    expect(problems(customers([{ service: 'eakte', from: '2026-07-01', to: '2026-07-01' }]))).toEqual([
      { path: 'customers[0].services[0].to', message: "'2026-07-01' is not after from '2026-07-01'" },
    ])
    expect(problems(customers([{ service: 'eakte', since: '2026-07-01' }]))[0]?.path).toBe(
      'customers[0].services[0]',
    )
  })
})

const parsed = validateCatalog(input())
if (!parsed.ok) throw new Error('invalid')
const catalog = parsed.catalog
const standard = catalog.slas[0] as (typeof catalog.slas)[number]
const ZONE = 'Europe/Berlin'

describe('terms by date', () => {
  it('applies a change from the start of its local day, replacing only the fields it names', () => {
    const before = slaTermsAt(standard, Date.parse('2026-06-30T23:59:59.999+02:00'), ZONE)
    const after = slaTermsAt(standard, Date.parse('2026-07-01T00:00:00+02:00'), ZONE)
    expect(before.since).toBeNull()
    expect(before.sla.availability).toEqual({ target: 99.5, calendar: 'always' })
    expect(after.since).toBe('2026-07-01')
    expect(after.sla.availability).toEqual({ target: 99.7, calendar: 'always' })
    // P1 changes; P2..P4 and the calendar carry on.
    expect(after.sla.resolution).toEqual({ calendar: 'office', P1: 180, P2: 480, P3: 1440, P4: 2400 })
    expect(after.sla.response).toEqual(before.sla.response)
  })

  it('cuts a period where the terms change, and knows when a ministry subscribes', () => {
    const from = Date.parse('2026-06-30T00:00:00+02:00')
    const to = Date.parse('2026-07-02T00:00:00+02:00')
    const july = Date.parse('2026-07-01T00:00:00+02:00')
    expect(
      termsStretches(standard, from, to, ZONE).map(({ start, end, terms }) => [start, end, terms.since]),
    ).toEqual([
      [from, july, null],
      [july, to, '2026-07-01'],
    ])
    expect(subscribedIntervals(catalog, 'bm', 'eakte', from, to)).toEqual([[july, to]])
    expect(subscribedIntervals(catalog, 'bm', 'email', from, to)).toEqual([[from, to]])
    expect(subscribedIntervals(catalog, 'im', 'email', from, to)).toEqual([])
  })
})

describe('ticket clocks under the terms at creation', () => {
  const resolver = catalogSlaResolver(catalog)
  const ticket = (created: string, resolved: string): TicketEvent[] => [
    {
      id: 'c',
      ticket: 'T',
      at: Date.parse(created),
      type: 'created',
      customer: 'bm',
      service: 'email',
      priority: 'P1',
    },
    { id: 'r', ticket: 'T', at: Date.parse(resolved), type: 'status', status: 'resolved' },
  ]

  it('keeps the old target for a ticket created before the change, the new one after', () => {
    // Tue 30 June 13:00 to Wed 1 July 09:30: 180 + 90 = 270 business minutes.
    const old = evaluateTicket(
      ticket('2026-06-30T13:00:00+02:00', '2026-07-01T09:30:00+02:00'),
      Date.parse('2026-08-01T00:00:00+02:00'),
      resolver,
    )
    expect(old?.slaSince).toBeNull()
    expect(old?.resolution).toMatchObject({ targetMinutes: 240, elapsedMinutes: 270, breached: true })
    // Wed 1 July 08:00 to 11:30: 210 minutes against the new 180.
    const fresh = evaluateTicket(
      ticket('2026-07-01T08:00:00+02:00', '2026-07-01T11:30:00+02:00'),
      Date.parse('2026-08-01T00:00:00+02:00'),
      resolver,
    )
    expect(fresh?.slaSince).toBe('2026-07-01')
    expect(fresh?.resolution).toMatchObject({
      targetMinutes: 180,
      elapsedMinutes: 210,
      breached: true,
      met: false,
    })
  })
})

describe('availability across a change', () => {
  const MIN = 60_000
  const from = Date.parse('2026-06-30T00:00:00+02:00')
  const july = Date.parse('2026-07-01T00:00:00+02:00')
  const to = Date.parse('2026-07-02T00:00:00+02:00')
  const stretches = [
    { start: from, end: july, target: 99.5 },
    { start: july, end: to, target: 99.7 },
  ]

  it('sums the allowed downtime over the stretches and reports the effective target', () => {
    // Up all along but 20 minutes down on 30 June: allowed 7.2 + 4.32 = 11.52 < 20.
    const figures = serviceAvailability({
      service: 'email',
      target: null,
      stretches,
      timeline: [
        { start: from, end: from + 600 * MIN, state: 'up' },
        { start: from + 600 * MIN, end: from + 620 * MIN, state: 'down' },
        { start: from + 620 * MIN, end: to, state: 'up' },
      ],
      open: [[from, to]],
      maintenance: [],
      from,
      to,
    })
    // target = 100 * (1 - 11.52 / 2880) = 99.6; availability 2860 / 2880 = 99.3056: not met.
    expect(figures.target).toBeCloseTo(99.6, 9)
    expect(figures.availability).toBeCloseTo((2860 / 2880) * 100, 9)
    expect(figures.met).toBe(false)
    expect(figures.budget_remaining).toBeCloseTo(((11.52 - 20) / 11.52) * 100, 9)
  })

  it('takes the target in force at the last subscribed instant when nothing is measured', () => {
    expect(
      effectiveTarget(
        stretches.map((s) => ({ ...s, measuredMinutes: 0 })),
        july - 1,
      ),
    ).toEqual({
      target: 99.5,
      allowedMinutes: 0,
    })
    expect(
      effectiveTarget(
        stretches.map((s) => ({ ...s, measuredMinutes: 0 })),
        to - 1,
      ).target,
    ).toBe(99.7)
    // One target all along is the plain target, not a recomputed one.
    expect(effectiveTarget([{ start: from, end: to, target: 99.5, measuredMinutes: 2880 }], to - 1)).toEqual({
      target: 99.5,
      allowedMinutes: (1 - 99.5 / 100) * 2880,
    })
  })
})
