import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { type CatalogInput, goalTarget, parseDuration, slaFor, validateCatalog } from './catalog'

const examplesCatalog = parse(
  readFileSync(new URL('../test/fixtures/worked-examples/catalog.yaml', import.meta.url), 'utf8'),
)

const base = (): CatalogInput => ({
  calendars: [{ id: 'office', holidays: 'DE-MV', hours: { mon: '08:00-16:00' } }],
  customers: [
    { id: 'im', name: 'Inneres', services: ['email'] },
    { id: 'fm', name: 'Finanzen', services: ['email', 'eakte'] },
  ],
  services: [
    { id: 'email', name: 'E-Mail' },
    { id: 'eakte', name: 'E-Akte' },
  ],
  slas: [],
})

const targets = { calendar: 'office', P1: '30m', P2: '2h', P3: '4h', P4: '8h' }

function problems(input: unknown) {
  const result = validateCatalog(input)
  if (result.ok) throw new Error('expected the catalog to be invalid')
  return result.problems
}

describe('catalog validation', () => {
  it('accepts the worked examples catalog with its defaults', () => {
    const result = validateCatalog(examplesCatalog)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.catalog.timezone).toBe('Europe/Berlin')
    expect(result.catalog.slas[0]?.response?.P2).toBe(120)
    expect(result.catalog.slas[0]?.resolution?.P4).toBe(40 * 60)
    expect(result.catalog.calendars[0]?.hours).toMatchObject({ mon: [[480, 960]] })
    expect(result.catalog.calendars[1]?.hours).toBe('24x7')
  })

  it("defaults a goal KPI's direction to its metric's, and to higher for a hand-measured KPI", () => {
    const kpis = [
      { id: 'a', metric: 'mttr_minutes', target: 30, warn: 60 },
      { id: 'b', metric: 'backlog', target: 0 },
      { id: 'c', metric: 'reopen_rate', target: 5, direction: 'higher' as const },
      { id: 'd', metric: 'first_time_resolution', target: 80 },
      { id: 'e', metric: 'kpi:staff', target: 75 },
    ]
    const result = validateCatalog({ ...base(), goals: [{ id: 'g', name: 'G', kpis }] })
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    expect(result.catalog.goals[0]?.kpis.map((kpi) => kpi.direction)).toEqual([
      'lower',
      'lower',
      'higher',
      'higher',
      'higher',
    ])
  })

  it('parses durations and several ranges a day', () => {
    expect(parseDuration('30m')).toBe(30)
    expect(parseDuration('4h')).toBe(240)
    expect(parseDuration('2h30m')).toBe(150)
    expect(parseDuration('1d')).toBeUndefined()
    const result = validateCatalog({
      ...base(),
      calendars: [{ id: 'office', hours: { fri: '07:00-12:00,13:00-15:00', sat: '20:00-24:00' } }],
    })
    expect(result.ok && result.catalog.calendars[0]?.hours).toEqual({
      fri: [
        [420, 720],
        [780, 900],
      ],
      sat: [[1200, 1440]],
    })
  })

  it('lists every problem with its path', () => {
    const found = problems({
      ...base(),
      slas: [
        { id: 'a', customers: '*', services: '*', response: { ...targets, P1: '1d' } },
        { id: 'b', customers: '*', services: '*', resolution: { ...targets, P2: 'soon' } },
      ],
      calendars: [
        {
          id: 'office',
          timezone: 'Mars/Olympus',
          hours: { mon: '18:00-07:00', tue: '08:00-12:00,11:00-13:00' },
        },
      ],
    })
    const byPath = Object.fromEntries(found.map((p) => [p.path, p.message]))
    expect(byPath['slas[0].response.P1']).toMatch(/days are not accepted/)
    expect(byPath['slas[1].resolution.P2']).toMatch(/not a duration/)
    expect(byPath['calendars[0].timezone']).toMatch(/unknown timezone/)
    expect(byPath['calendars[0].hours.mon']).toMatch(/ends before it starts/)
    expect(byPath['calendars[0].hours.tue']).toMatch(/overlaps/)
  })

  it.each([
    ['a bad slug', { customers: [{ id: 'Inneres', name: 'x', services: [] }] }, 'customers[0].id', /slug/],
    ['a missing name', { customers: [{ id: 'im', services: [] }] }, 'customers[0].name', /./],
    ['an unknown key', { colour: 'blue' }, '(root)', /colour/],
    [
      'an unknown holiday region',
      { calendars: [{ id: 'office', holidays: 'DE-XX', hours: '24x7' }] },
      'calendars[0].holidays',
      /unknown holiday region/,
    ],
    [
      'a bad closed day',
      { calendars: [{ id: 'office', closed: ['2026-02-30'], hours: '24x7' }] },
      'calendars[0].closed[0]',
      /real date/,
    ],
    [
      'a bad hours range',
      { calendars: [{ id: 'office', hours: { mon: '8-16' } }] },
      'calendars[0].hours.mon',
      /range like/,
    ],
    [
      'a negative interval',
      { services: [{ id: 'email', name: 'E-Mail', check_interval: -5 }] },
      'services[0].check_interval',
      /./,
    ],
  ])('reports %s', (_name, override, path, message) => {
    const found = problems({ ...base(), ...override })
    expect(found.find((p) => p.path === path)?.message).toMatch(message)
  })

  it.each([
    [
      'an unknown subscribed service',
      { customers: [{ id: 'im', name: 'x', services: ['fax'] }] },
      'customers[0].services[0]',
      "unknown service 'fax'",
    ],
    [
      'an unknown SLA customer',
      { slas: [{ id: 's', customers: ['bm'], services: '*' }] },
      'slas[0].customers[0]',
      "unknown customer 'bm'",
    ],
    [
      'an unknown SLA service',
      { slas: [{ id: 's', customers: '*', services: ['fax'] }] },
      'slas[0].services[0]',
      "unknown service 'fax'",
    ],
    [
      'an unknown calendar',
      { slas: [{ id: 's', customers: '*', services: '*', response: { ...targets, calendar: 'nacht' } }] },
      'slas[0].response.calendar',
      "unknown calendar 'nacht'",
    ],
    [
      'a duplicate id',
      {
        services: [
          { id: 'email', name: 'a' },
          { id: 'email', name: 'b' },
          { id: 'eakte', name: 'c' },
        ],
      },
      'services[1].id',
      "duplicate id 'email'",
    ],
    [
      'an unknown goal metric',
      { goals: [{ id: 'g', name: 'G', kpis: [{ id: 'k', metric: 'happiness', target: 1 }] }] },
      'goals[0].kpis[0].metric',
      "unknown metric 'happiness'",
    ],
    [
      'a warn level on the better side',
      { goals: [{ id: 'g', name: 'G', kpis: [{ id: 'k', metric: 'csat', target: 80, warn: 85 }] }] },
      'goals[0].kpis[0].warn',
      'warn must lie on the worse side',
    ],
  ])('reports %s', (_name, override, path, message) => {
    const found = problems({ ...base(), ...override })
    expect(found).toContainEqual({ path, message: expect.stringContaining(message) })
  })

  it('rejects two equally specific SLAs for one pair and names both', () => {
    const found = problems({
      ...base(),
      slas: [
        { id: 'gold', customers: ['fm'], services: '*' },
        { id: 'silber', customers: ['fm', 'im'], services: '*' },
      ],
    })
    expect(found).toContainEqual({
      path: 'slas[1]',
      message: expect.stringContaining(
        "ambiguous: SLAs 'gold' and 'silber' match customer 'fm' and service 'email'",
      ),
    })
  })
})

describe('SLA matching', () => {
  const result = validateCatalog({
    ...base(),
    slas: [
      { id: 'alle', customers: '*', services: '*' },
      { id: 'eakte', customers: '*', services: ['eakte'] },
      { id: 'fm', customers: ['fm'], services: '*' },
      { id: 'fm-eakte', customers: ['fm'], services: ['eakte'] },
    ],
  })
  if (!result.ok) throw new Error('invalid')
  const catalog = result.catalog

  it('takes the most specific match: both listed > customer > service > both *', () => {
    expect(slaFor(catalog, 'fm', 'eakte')?.id).toBe('fm-eakte')
    expect(slaFor(catalog, 'fm', 'email')?.id).toBe('fm')
    expect(slaFor(catalog, 'im', 'eakte')?.id).toBe('eakte')
    expect(slaFor(catalog, 'im', 'email')?.id).toBe('alle')
  })

  it('gives no SLA where nothing matches', () => {
    const only = validateCatalog({ ...base(), slas: [{ id: 'fm', customers: ['fm'], services: ['email'] }] })
    expect(only.ok && slaFor(only.catalog, 'im', 'email')).toBeUndefined()
  })
})

describe('goalTarget', () => {
  it("is the first goal KPI's target for a metric, null when no goal measures it", () => {
    const goals = [
      {
        id: 'a',
        name: 'A',
        kpis: [{ id: 'x', metric: 'availability', target: 99.5, direction: 'higher' as const }],
      },
      {
        id: 'b',
        name: 'B',
        kpis: [
          { id: 'l', metric: 'resolution_compliance', target: 90, direction: 'higher' as const },
          { id: 'r', metric: 'response_compliance', target: 95, direction: 'higher' as const },
        ],
      },
    ]
    expect(goalTarget({ goals }, 'resolution_compliance')).toBe(90)
    expect(goalTarget({ goals }, 'response_compliance')).toBe(95)
    expect(goalTarget({ goals: [] }, 'resolution_compliance')).toBeNull()
  })
})
