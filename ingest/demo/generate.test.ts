import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { DateTime } from 'luxon'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { slaTermsAt } from '../../shared/agreements'
import { type Catalog, slaFor, validateCatalog } from '../../shared/catalog'
import type { EventKind } from '../../shared/events'
import { catalogSlaResolver, evaluateTickets, type TicketEvent } from '../../shared/ticket-clock'
import { KINDS, recordContext } from '../records'
import { agreementDates, demoCatalog, TIMEZONE } from './catalog'
import { writeKpis } from './feedback'
import { type DemoResult, generateDemo } from './generate'
import { LocalTime, NdjsonWriter } from './ndjson'
import { demoWindow } from './window'

// Sunday 29 November 2026, 00:52 local time; the data covers the month before.
const NOW = new Date('2026-11-28T23:52:00Z')
const WINDOW_START = Date.parse('2026-10-28T23:00:00Z') // 2026-10-29 00:00 local (CET)
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/
const RESSORTS = ['stk', 'im', 'fm', 'wm', 'lm', 'bm', 'wkm', 'jm', 'sm']
const PROBES = ['rz-schwerin', 'rz-rostock']

type Line = Record<string, unknown>

let dir: string
let result: DemoResult
let catalog: Catalog
const lines = {} as Record<EventKind, Line[]>

async function readLines(files: readonly string[]): Promise<Line[]> {
  const all: Line[] = []
  for (const file of files) {
    for (const line of (await readFile(file, 'utf8')).split('\n')) if (line) all.push(JSON.parse(line))
  }
  return all
}

/** An instant field: ISO 8601 with offset, inside the data window. */
function instantOf(value: unknown): number {
  expect(value).toMatch(ISO_WITH_OFFSET)
  return Date.parse(String(value))
}

const inWindow = (ms: number) => ms >= WINDOW_START && ms < NOW.getTime()

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'leitstand-demo-'))
  result = await generateDemo({ outDir: join(dir, 'a'), seed: 7, now: NOW, months: 1 })
  const validated = validateCatalog(parse(await readFile(result.catalogFile, 'utf8')))
  if (!validated.ok) throw new Error(JSON.stringify(validated.problems))
  catalog = validated.catalog
  for (const kind of Object.keys(result.files) as EventKind[])
    lines[kind] = await readLines(result.files[kind])
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('demo catalog', () => {
  it('validates and names the Ressorts of Mecklenburg-Vorpommern', () => {
    expect(catalog.timezone).toBe('Europe/Berlin')
    expect(catalog.customers.map((c) => c.id)).toEqual(RESSORTS)
    expect(catalog.customers.find((c) => c.id === 'im')?.name).toBe(
      'Ministerium für Inneres, Bau und Digitalisierung',
    )
    for (const customer of catalog.customers) {
      expect(customer.services).toEqual(
        expect.arrayContaining(['email', 'netz', 'client', 'telefonie', 'servicedesk']),
      )
    }
  })

  it('has about twenty services checked every five minutes', () => {
    expect(catalog.services.length).toBeGreaterThanOrEqual(18)
    expect(catalog.services.find((s) => s.id === 'netz')?.name).toBe('Landesnetz (CN LAVINE)')
    for (const service of catalog.services) expect(service.check_interval).toBe(300)
  })

  it('has the three calendars, closed on 24.12. and 31.12.', () => {
    const [buerozeit, erweitert, always] = catalog.calendars
    expect(buerozeit).toMatchObject({
      id: 'buerozeit',
      holidays: 'DE-MV',
      closed: ['2026-12-24', '2026-12-31'],
    })
    expect(buerozeit?.hours).toMatchObject({ mon: [[420, 1080]], fri: [[420, 900]] })
    expect(erweitert?.hours).toMatchObject({ sat: [[480, 840]] })
    expect(always).toMatchObject({ id: 'rund-um-die-uhr', hours: '24x7' })
  })

  it('picks the most specific SLA: special contract > kritisch > standard', () => {
    expect(slaFor(catalog, 'im', 'eakte')?.id).toBe('im-eakte')
    expect(slaFor(catalog, 'fm', 'eakte')?.id).toBe('standard')
    expect(slaFor(catalog, 'jm', 'fachverfahren-hosting')?.id).toBe('jm-fachverfahren')
    expect(slaFor(catalog, 'sm', 'netz')?.id).toBe('kritisch')
    expect(slaFor(catalog, 'stk', 'email')?.id).toBe('kritisch')
    const standard = catalog.slas.find((sla) => sla.id === 'standard')
    expect(standard?.response).toEqual({ calendar: 'buerozeit', P1: 30, P2: 120, P3: 240, P4: 480 })
    expect(standard?.resolution).toEqual({ calendar: 'buerozeit', P1: 240, P2: 480, P3: 1440, P4: 2400 })
  })

  it('hands E-Akte over to the Bildungsministerium on 1 April and changes the standard SLA from 1 July', () => {
    // A year up to 28 November 2026 holds both dates; the one-month window of the other tests neither.
    const dates = agreementDates([2025, 2026], Date.parse('2025-11-28T23:00:00Z'), NOW.getTime())
    expect(dates).toEqual({ handover: '2026-04-01', slaChange: '2026-07-01' })
    expect(agreementDates([2026], WINDOW_START, NOW.getTime())).toEqual({})
    const year = validateCatalog(demoCatalog([2025, 2026], dates))
    if (!year.ok) throw new Error(JSON.stringify(year.problems))
    const bm = year.catalog.customers.find((customer) => customer.id === 'bm')
    expect(bm?.subscriptions).toContainEqual({ service: 'eakte', from: '2026-04-01' })
    expect(catalog.customers.find((customer) => customer.id === 'bm')?.services).not.toContain('eakte')
    const standard = year.catalog.slas.find((sla) => sla.id === 'standard')
    expect(
      standard && slaTermsAt(standard, Date.parse('2026-06-30T12:00:00+02:00'), TIMEZONE).sla,
    ).toMatchObject({
      availability: { target: 99.5 },
      resolution: { P1: 240, P2: 480 },
    })
    expect(
      standard && slaTermsAt(standard, Date.parse('2026-07-01T00:00:00+02:00'), TIMEZONE).sla,
    ).toMatchObject({
      availability: { target: 99.7, calendar: 'buerozeit' },
      resolution: { P1: 180, P2: 480 },
    })
  })

  it('has the leadership goals, lower-is-better figures marked', () => {
    expect(catalog.goals.map((goal) => goal.id)).toEqual([
      'zuverlaessigkeit',
      'kundenzufriedenheit',
      'mitarbeitende',
      'modernisierung',
      'messbarkeit',
    ])
    const kpis = catalog.goals.flatMap((goal) => goal.kpis)
    expect(kpis.find((kpi) => kpi.metric === 'resolution_compliance')).toMatchObject({ target: 90, warn: 85 })
    expect(kpis.find((kpi) => kpi.metric === 'kpi:employee_satisfaction')).toMatchObject({
      target: 75,
      warn: 70,
    })
    expect(kpis.find((kpi) => kpi.metric === 'mttr_minutes')?.direction).toBe('lower')
  })
})

describe('demo events', () => {
  it('writes the same bytes for the same seed and now, other bytes for another seed', async () => {
    const again = await generateDemo({ outDir: join(dir, 'b'), seed: 7, now: NOW, months: 1 })
    const other = await generateDemo({ outDir: join(dir, 'c'), seed: 8, now: NOW, months: 1 })
    const firstFiles = [result.catalogFile, ...Object.values(result.files).flat()]
    const againFiles = [again.catalogFile, ...Object.values(again.files).flat()]
    expect(againFiles.map((file) => basename(file))).toEqual(firstFiles.map((file) => basename(file)))
    for (const [i, file] of firstFiles.entries()) {
      expect((await readFile(againFiles[i] ?? '')).equals(await readFile(file)), basename(file)).toBe(true)
    }
    expect(await readFile(other.files.tickets[0] ?? '', 'utf8')).not.toBe(
      await readFile(result.files.tickets[0] ?? '', 'utf8'),
    )
  })

  it('writes only records the ingest accepts', () => {
    const context = recordContext(catalog)
    for (const kind of Object.keys(lines) as EventKind[]) {
      expect(lines[kind].length, kind).toBeGreaterThan(0)
      for (const record of lines[kind]) {
        const row = KINDS[kind].toRow(record, context)
        if (typeof row === 'string') throw new Error(`${kind}: ${row} in ${JSON.stringify(record)}`)
      }
    }
  })

  it('writes ticket events with the fields formats.md requires', () => {
    const subscriptions = new Map(catalog.customers.map((c) => [c.id, new Set(c.services)]))
    const oneOf = (value: unknown, allowed: string[]) => allowed.includes(String(value))
    const problemOf = (event: Line): string | undefined => {
      if (typeof event.id !== 'string' || event.id === '') return 'id'
      if (!/^(INC|REQ)-\d{4}-\d{6}$/.test(String(event.ticket))) return 'ticket'
      if (!ISO_WITH_OFFSET.test(String(event.at)) || !inWindow(Date.parse(String(event.at)))) return 'at'
      if (event.type === 'created') {
        if (!subscriptions.get(String(event.customer))?.has(String(event.service))) return 'customer/service'
        if (!oneOf(event.priority, ['P1', 'P2', 'P3', 'P4'])) return 'priority'
        if (!oneOf(event.category, ['incident', 'request'])) return 'category'
        if (!oneOf(event.channel, ['portal', 'phone', 'email'])) return 'channel'
        if (typeof event.title !== 'string' || event.title === '') return 'title'
        return event.group === 'Servicedesk' ? undefined : 'group'
      }
      if (event.type === 'status')
        return oneOf(event.status, ['in_progress', 'waiting', 'resolved', 'closed']) ? undefined : 'status'
      if (event.type === 'priority')
        return oneOf(event.priority, ['P1', 'P2', 'P3', 'P4']) ? undefined : 'priority'
      if (event.type === 'assign') return /^Team \S/.test(String(event.group)) ? undefined : 'group'
      return event.type === 'responded' ? undefined : 'type'
    }
    const problems = lines.tickets.flatMap((event) => {
      const problem = problemOf(event)
      return problem ? [`${problem}: ${JSON.stringify(event)}`] : []
    })
    expect(problems.slice(0, 5)).toEqual([])
    expect(new Set(lines.tickets.map((event) => event.type))).toEqual(
      new Set(['created', 'status', 'priority', 'responded', 'assign']),
    )
  })

  it('gives every event a unique id', () => {
    for (const kind of ['tickets', 'maintenance', 'surveys'] as const) {
      const ids = lines[kind].map((record) => record.id)
      expect(new Set(ids).size, kind).toBe(ids.length)
    }
  })

  it('starts every ticket with exactly one created event, its earliest', () => {
    const byTicket = new Map<string, Line[]>()
    for (const event of lines.tickets) {
      const events = byTicket.get(String(event.ticket)) ?? []
      events.push(event)
      byTicket.set(String(event.ticket), events)
    }
    expect(byTicket.size).toBe(result.counts.tickets)
    for (const [ticket, events] of byTicket) {
      const created = events.filter((event) => event.type === 'created')
      expect(created, ticket).toHaveLength(1)
      const createdAt = Date.parse(String(created[0]?.at))
      for (const event of events) {
        if (event !== created[0]) expect(Date.parse(String(event.at)), ticket).toBeGreaterThan(createdAt)
      }
    }
    // 4-8 events a ticket on average, counting the open ones at the end.
    const perTicket = lines.tickets.length / byTicket.size
    expect(perTicket).toBeGreaterThan(4)
    expect(perTicket).toBeLessThan(8)
  })

  it('raises about 25,000 tickets a year, more from the large ministries', () => {
    const created = lines.tickets.filter((event) => event.type === 'created')
    // One month of a year's 25,000.
    expect(created.length).toBeGreaterThan(1500)
    expect(created.length).toBeLessThan(3000)
    const perRessort = new Map<string, number>()
    for (const event of created)
      perRessort.set(String(event.customer), (perRessort.get(String(event.customer)) ?? 0) + 1)
    for (const ressort of RESSORTS) expect(perRessort.get(ressort), ressort).toBeGreaterThan(50)
    for (const large of ['im', 'fm', 'sm']) {
      expect(perRessort.get(large)).toBeGreaterThan(perRessort.get('stk') ?? 0)
      expect(perRessort.get(large)).toBeGreaterThan(perRessort.get('wkm') ?? 0)
    }
  })

  it('meets most resolution targets but not all, and leaves an open backlog', () => {
    // `assign` events carry the group only; the clocks replay the others.
    const events: TicketEvent[] = lines.tickets
      .filter((event) => event.type !== 'assign')
      .map((event) => ({ ...event, at: Date.parse(String(event.at)) }) as TicketEvent)
    const tickets = evaluateTickets(events, NOW.getTime(), catalogSlaResolver(catalog))
    const resolved = tickets.filter((ticket) => ticket.resolvedAt !== null)
    const met = resolved.filter((ticket) => ticket.resolution?.met).length
    const compliance = (met / resolved.length) * 100
    expect(compliance).toBeGreaterThan(80)
    expect(compliance).toBeLessThan(95)
    const open = tickets.filter((ticket) => ticket.resolvedAt === null)
    expect(open.length).toBe(result.counts.open_tickets)
    expect(open.some((ticket) => ticket.resolution?.breached)).toBe(true)
    expect(open.some((ticket) => ticket.resolution?.atRisk)).toBe(true)
    expect(tickets.some((ticket) => ticket.reopens.length > 0)).toBe(true)
  })

  it('checks every service from both probes every five minutes, with outages', () => {
    const perProbe = new Map<string, number>()
    const statuses = new Set<unknown>()
    const problems: string[] = []
    // Plain checks in the loop: an expect() per line would take most of a minute.
    for (const check of lines.checks) {
      const at = Date.parse(String(check.at))
      const valid =
        PROBES.includes(String(check.probe)) &&
        ISO_WITH_OFFSET.test(String(check.at)) &&
        inWindow(at) &&
        ['up', 'degraded', 'down'].includes(String(check.status)) &&
        (check.status === 'down' || Number(check.latency_ms) > 0)
      if (!valid) problems.push(JSON.stringify(check))
      statuses.add(check.status)
      const key = `${check.service}/${check.probe}`
      perProbe.set(key, (perProbe.get(key) ?? 0) + 1)
    }
    expect(problems.slice(0, 5)).toEqual([])
    expect(statuses).toEqual(new Set(['up', 'degraded', 'down']))
    // 29 Oct 00:00 to 29 Nov 00:52 local: 31 days of 288 checks and up to 11 more, minus short gaps.
    const expected = 31 * 288
    for (const service of catalog.services) {
      for (const probe of PROBES) {
        const count = perProbe.get(`${service.id}/${probe}`) ?? 0
        expect(count, `${service.id}/${probe}`).toBeGreaterThan(expected * 0.97)
        expect(count, `${service.id}/${probe}`).toBeLessThanOrEqual(expected + 11)
      }
    }
  })

  it('plans maintenance windows on Tuesday evenings', () => {
    for (const window of lines.maintenance) {
      const from = DateTime.fromISO(String(window.from), { zone: 'Europe/Berlin' })
      const to = DateTime.fromISO(String(window.to), { zone: 'Europe/Berlin' })
      expect([from.weekday, from.hour, to.hour]).toEqual([2, 20, 23])
      expect(String(window.title).length).toBeGreaterThan(0)
    }
    const services = new Set(lines.maintenance.map((window) => window.service))
    expect(services.size).toBe(catalog.services.length)
  })

  it('asks for satisfaction after tickets and each quarter', () => {
    const tickets = new Set(lines.tickets.map((event) => event.ticket))
    const csat = lines.surveys.filter((survey) => survey.kind === 'csat')
    const nps = lines.surveys.filter((survey) => survey.kind === 'nps')
    for (const survey of csat) {
      expect(survey.score).toBeGreaterThanOrEqual(1)
      expect(survey.score).toBeLessThanOrEqual(5)
      expect(tickets.has(survey.ticket)).toBe(true)
      expect(typeof survey.service).toBe('string')
    }
    for (const survey of nps) {
      expect(survey.score).toBeGreaterThanOrEqual(0)
      expect(survey.score).toBeLessThanOrEqual(10)
    }
    for (const survey of lines.surveys) expect(inWindow(instantOf(survey.at))).toBe(true)
    // About 30 % of resolved tickets; the quarterly NPS survey is held in early November.
    const resolved = (result.counts.tickets ?? 0) - (result.counts.open_tickets ?? 0)
    expect(csat.length / resolved).toBeGreaterThan(0.25)
    expect(csat.length / resolved).toBeLessThan(0.35)
    expect(new Set(nps.map((survey) => survey.customer))).toEqual(new Set(RESSORTS))
  })

  it('records the hand-measured KPIs of completed periods', () => {
    expect(lines.kpis.length).toBeGreaterThan(0)
    for (const kpi of lines.kpis) {
      // Only October 2026 ended inside the window.
      expect(kpi.period).toBe('2026-10')
      expect(['selfservice_share', 'cloud_migration_progress']).toContain(kpi.kpi)
      expect(kpi.value).toBeGreaterThan(0)
      expect(kpi.value).toBeLessThanOrEqual(100)
    }
  })

  it('measures KPIs quarterly and monthly over a year', async () => {
    const writer = new NdjsonWriter(join(dir, 'kpis-year.ndjson'))
    await writeKpis(writer, 7, demoWindow(NOW.getTime(), 12, 'Europe/Berlin'))
    await writer.close()
    const kpis = await readLines([writer.path])
    const global = (name: string) => kpis.filter((kpi) => kpi.kpi === name && !kpi.customer)
    // The window starts 29 Nov 2025: Q4 2025 through Q3 2026 ended in it, and December through October.
    expect(global('employee_satisfaction').map((kpi) => kpi.period)).toEqual([
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
    ])
    const cloud = global('cloud_migration_progress')
    expect(cloud.map((kpi) => kpi.period)).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
    ])
    expect(Number(cloud.at(-1)?.value)).toBeGreaterThan(Number(cloud[0]?.value))
    expect(kpis.some((kpi) => kpi.customer === 'im')).toBe(true)
  })
})

describe('LocalTime', () => {
  it('formats instants like luxon, across daylight saving time', () => {
    const local = new LocalTime('Europe/Berlin')
    const start = Date.parse('2026-03-29T00:00:00Z') - 3 * 3_600_000
    for (let ms = start; ms < start + 400 * 24 * 3_600_000; ms += 3_600_000 * 7 + 1_013_000) {
      const expected = DateTime.fromMillis(Math.floor(ms / 1000) * 1000, { zone: 'Europe/Berlin' })
      expect(local.format(ms)).toBe(expected.toISO({ suppressMilliseconds: true }))
      expect(local.hour(ms)).toBe(expected.hour)
      expect(local.weekday(ms)).toBe(expected.weekday)
    }
  })
})
