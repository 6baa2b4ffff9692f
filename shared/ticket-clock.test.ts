import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { ticketFigures } from '../test/support/ticket-figures-oracle'
import { type Catalog, type CatalogInput, validateCatalog } from './catalog'
import {
  catalogSlaResolver,
  evaluateTicket,
  evaluateTickets,
  type TicketClocks,
  type TicketEvent,
} from './ticket-clock'
import { parseBoundary, parseTimestamp } from './time'

// The worked examples of docs/metrics.md (section 7) as files, kept in the repository.
const examplesDir = new URL('../test/fixtures/worked-examples/', import.meta.url)
const readExample = (name: string) => readFileSync(new URL(name, examplesDir), 'utf8')

function loadCatalog(input: unknown): Catalog {
  const result = validateCatalog(input)
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.catalog
}

const exampleCatalogInput = parseYaml(readExample('catalog.yaml')) as CatalogInput
const exampleCatalog = loadCatalog(exampleCatalogInput)

// Instants carry their offset (CET +01:00, CEST +02:00) so the arithmetic below reads directly.
const t = (iso: string) => Date.parse(iso)

describe('worked examples (metrics.md section 7, examples/expected.json)', () => {
  const events: TicketEvent[] = readExample('tickets.ndjson')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const raw = JSON.parse(line)
      return { ...raw, at: parseTimestamp(raw.at, exampleCatalog.timezone) }
    })
  const expected = JSON.parse(readExample('expected.json')) as Array<{
    example: number
    args: string[]
    report: { tickets: unknown }
  }>
  const resolver = catalogSlaResolver(exampleCatalog)
  const arg = (args: string[], name: string) => args[args.indexOf(name) + 1] ?? ''

  it.each(
    expected
      .filter((entry) => entry.example <= 4)
      .map((entry) => [entry.example, entry.args, entry] as const),
  )('example %i, report %j', (_example, args, entry) => {
    const from = parseBoundary(arg(args, '--from'), exampleCatalog.timezone) ?? Number.NaN
    const to = parseBoundary(arg(args, '--to'), exampleCatalog.timezone) ?? Number.NaN
    const tickets = evaluateTickets(events, to, resolver)
    expect(ticketFigures(tickets, arg(args, '--customer'), from, to)).toEqual(entry.report.tickets)
  })

  const ticketAsOf = (ticket: string, asOf: number) =>
    evaluateTicket(
      events.filter((event) => event.ticket === ticket),
      asOf,
      resolver,
    )

  it('1. pause: response 60 min met, resolution 60 + 60 + 240 = 360 min met', () => {
    const clocks = ticketAsOf('T1', t('2026-03-05T00:00+01:00'))
    expect(clocks?.response).toMatchObject({
      targetMinutes: 120,
      elapsedMinutes: 60,
      met: true,
      breached: false,
    })
    expect(clocks?.resolution).toMatchObject({ targetMinutes: 480, elapsedMinutes: 360, met: true })
    expect(clocks?.pausedIntervals).toEqual([[t('2026-03-03T09:00+01:00'), t('2026-03-04T10:00+01:00')]])
  })

  it('2. holidays: response 60 + 20 = 80 min breached, resolution 60 + 120 = 180 min met', () => {
    const clocks = ticketAsOf('T2', t('2026-04-08T00:00+02:00'))
    expect(clocks?.response).toMatchObject({
      targetMinutes: 30,
      elapsedMinutes: 80,
      met: false,
      breached: true,
    })
    expect(clocks?.resolution).toMatchObject({ targetMinutes: 240, elapsedMinutes: 180, met: true })
  })

  it('3. retroactive priority: 420 min against the P1 target 240, breached', () => {
    const clocks = ticketAsOf('T3', t('2026-03-10T00:00+01:00'))
    expect(clocks?.priority).toBe('P1')
    expect(clocks?.resolution).toMatchObject({
      targetMinutes: 240,
      elapsedMinutes: 420,
      met: false,
      breached: true,
    })
  })

  it('4. reopen: 120 min as of Monday night, 120 + 60 = 180 min as of Tuesday night', () => {
    const monday = ticketAsOf('T4', t('2026-03-17T00:00+01:00'))
    expect(monday).toMatchObject({ resolvedAt: t('2026-03-16T11:00+01:00'), reopens: [] })
    expect(monday?.resolution?.elapsedMinutes).toBe(120)
    const tuesday = ticketAsOf('T4', t('2026-03-18T00:00+01:00'))
    expect(tuesday).toMatchObject({
      resolvedAt: t('2026-03-17T10:00+01:00'),
      reopens: [t('2026-03-17T09:00+01:00')],
    })
    expect(tuesday?.resolution?.elapsedMinutes).toBe(180)
  })
})

// Hand-computed cases. Calendar `office`: Mon-Fri 08:00-16:00 Europe/Berlin, DE-MV.
// Targets: response P1 30, P2 120, P3 240 min; resolution P1 240, P2 480, P3 1440 min; at_risk 75 %.
// Customer `im` has the standard SLA, `fm` none, `bm` an SLA with a response target only.
const [standardSla] = exampleCatalogInput.slas ?? []
if (!standardSla) throw new Error('the example catalog has no SLA')
const handCatalog = loadCatalog({
  ...exampleCatalogInput,
  customers: [
    ...(exampleCatalogInput.customers ?? []),
    { id: 'fm', name: 'Finanzministerium', services: ['email'] },
    { id: 'bm', name: 'Bildungsministerium', services: ['email'] },
  ],
  slas: [
    { ...standardSla, customers: ['im'] },
    {
      id: 'nur-reaktion',
      customers: ['bm'],
      services: '*',
      response: { calendar: 'office', P1: '1h', P2: '2h', P3: '4h', P4: '8h' },
    },
  ],
} satisfies CatalogInput)
const resolver = catalogSlaResolver(handCatalog)

let nextId = 0
function event(at: string, type: TicketEvent['type'], fields: Partial<TicketEvent> = {}): TicketEvent {
  nextId++
  return { id: `e${String(nextId).padStart(4, '0')}`, ticket: 'X', at: t(at), type, ...fields }
}
const created = (at: string, priority: TicketEvent['priority'], fields: Partial<TicketEvent> = {}) =>
  event(at, 'created', { customer: 'im', service: 'email', priority, ...fields })
const status = (at: string, to: TicketEvent['status'], fields: Partial<TicketEvent> = {}) =>
  event(at, 'status', { status: to, ...fields })

function clocksAsOf(events: TicketEvent[], asOf: string): TicketClocks {
  const clocks = evaluateTicket(events, t(asOf), resolver)
  if (!clocks) throw new Error('expected a ticket')
  return clocks
}

describe('resolution clock', () => {
  // P3 created Fri 03-06 14:00, in_progress 14:30, waiting 15:00, in_progress Mon 03-09 10:00,
  // resolved Mon 12:00.
  const pausedOverWeekend = [
    created('2026-03-06T14:00+01:00', 'P3'),
    status('2026-03-06T14:30+01:00', 'in_progress'),
    status('2026-03-06T15:00+01:00', 'waiting'),
    status('2026-03-09T10:00+01:00', 'in_progress'),
    status('2026-03-09T12:00+01:00', 'resolved'),
  ]

  it('pauses while waiting, across a weekend', () => {
    const clocks = clocksAsOf(pausedOverWeekend, '2026-03-10T00:00+01:00')
    // Running Fri 14:00-15:00 (60) + Mon 10:00-12:00 (120) = 180 min; without the pause
    // it would be Fri 14-16 (120) + Mon 08-12 (240) = 360.
    expect(clocks.resolution).toEqual({
      targetMinutes: 1440,
      elapsedMinutes: 180,
      stoppedAt: t('2026-03-09T12:00+01:00'),
      met: true,
      breached: false,
      deadline: null,
      atRisk: false,
    })
    // Response: created 14:00 -> first status change 14:30 = 30 min of 240.
    expect(clocks.response).toMatchObject({
      elapsedMinutes: 30,
      stoppedAt: t('2026-03-06T14:30+01:00'),
      met: true,
    })
    expect(clocks.runningIntervals).toEqual([
      [t('2026-03-06T14:00+01:00'), t('2026-03-06T15:00+01:00')],
      [t('2026-03-09T10:00+01:00'), t('2026-03-09T12:00+01:00')],
    ])
    expect(clocks.pausedIntervals).toEqual([[t('2026-03-06T15:00+01:00'), t('2026-03-09T10:00+01:00')]])
    expect(clocks).toMatchObject({ status: 'resolved', resolvedAt: t('2026-03-09T12:00+01:00') })
  })

  it('while paused: elapsed so far, outcome unknown, no deadline', () => {
    const clocks = clocksAsOf(pausedOverWeekend, '2026-03-09T09:00+01:00')
    // Only Fri 14:00-15:00 ran: 60 min; 60 < 75 % of 1440 = 1080, not at risk.
    expect(clocks.status).toBe('waiting')
    expect(clocks.resolvedAt).toBeNull()
    expect(clocks.resolution).toEqual({
      targetMinutes: 1440,
      elapsedMinutes: 60,
      stoppedAt: null,
      met: null,
      breached: false,
      deadline: null,
      atRisk: false,
    })
  })

  // P2 created Tue 03-10 08:00, resolved 10:00, in_progress 11:00, resolved 12:00,
  // new Wed 03-11 08:00, resolved Wed 09:30, closed Wed 15:00.
  const twiceReopened = [
    created('2026-03-10T08:00+01:00', 'P2'),
    status('2026-03-10T10:00+01:00', 'resolved'),
    status('2026-03-10T11:00+01:00', 'in_progress'),
    status('2026-03-10T12:00+01:00', 'resolved'),
    status('2026-03-11T08:00+01:00', 'new'),
    status('2026-03-11T09:30+01:00', 'resolved'),
    status('2026-03-11T15:00+01:00', 'closed'),
  ]

  it('resumes on each reopen and never counts the time spent resolved', () => {
    const clocks = clocksAsOf(twiceReopened, '2026-03-12T00:00+01:00')
    // 08:00-10:00 (120) + 11:00-12:00 (60) + Wed 08:00-09:30 (90) = 270 min of 480.
    expect(clocks.resolution).toMatchObject({ elapsedMinutes: 270, met: true, breached: false })
    // resolved -> closed at 15:00 neither reopens nor moves the resolution time.
    expect(clocks).toMatchObject({
      status: 'closed',
      resolvedAt: t('2026-03-11T09:30+01:00'),
      reopens: [t('2026-03-10T11:00+01:00'), t('2026-03-11T08:00+01:00')],
    })
    // Response stops at the first status change, 10:00: 120 min = the P2 target, so met.
    expect(clocks.response).toMatchObject({ elapsedMinutes: 120, met: true, breached: false })
  })

  it('is open again after a reopen, with a deadline from the time still left', () => {
    const clocks = clocksAsOf(twiceReopened, '2026-03-10T11:30+01:00')
    // 120 + 30 = 150 min; 330 min left from Tue 11:30: 270 until 16:00, 60 from Wed 08:00 -> Wed 09:00.
    expect(clocks).toMatchObject({
      status: 'in_progress',
      resolvedAt: null,
      reopens: [t('2026-03-10T11:00+01:00')],
    })
    expect(clocks.resolution).toMatchObject({
      elapsedMinutes: 150,
      met: null,
      breached: false,
      stoppedAt: null,
      deadline: t('2026-03-11T09:00+01:00'),
      atRisk: false,
    })
  })

  it('counts each day of a reopened ticket in its own report', () => {
    const tuesdayEnd = t('2026-03-11T00:00+01:00')
    const tuesday = ticketFigures(
      [clocksAsOf(twiceReopened, '2026-03-11T00:00+01:00')],
      'im',
      t('2026-03-10T00:00+01:00'),
      tuesdayEnd,
    )
    // As of Tue night: resolved at 12:00 after 120 + 60 = 180 min; one reopen (11:00).
    expect(tuesday).toMatchObject({ created: 1, resolved: 1, reopened: 1, open_at_end: 0 })
    expect(tuesday.resolution).toMatchObject({ met: 1, breached: 0, compliance: 100, mean_minutes: 180 })
    expect(tuesday.response).toMatchObject({ met: 1, breached: 0, compliance: 100 })
    const wednesday = ticketFigures(
      [clocksAsOf(twiceReopened, '2026-03-12T00:00+01:00')],
      'im',
      tuesdayEnd,
      t('2026-03-12T00:00+01:00'),
    )
    // Wed: reopened 08:00, resolved 09:30: 270 min in all; the response stopped on Tuesday.
    expect(wednesday).toMatchObject({ created: 0, resolved: 1, reopened: 1, open_at_end: 0 })
    expect(wednesday.resolution).toMatchObject({ met: 1, compliance: 100, mean_minutes: 270 })
    expect(wednesday.response).toEqual({ met: 0, breached: 0, compliance: null, open_breached: 0 })
  })
})

describe('priority', () => {
  // P3 created Mon 03-02 08:00, responded 08:20, raised to P1 at 13:00.
  const raised = [
    created('2026-03-02T08:00+01:00', 'P3'),
    event('2026-03-02T08:20+01:00', 'responded'),
    event('2026-03-02T13:00+01:00', 'priority', { priority: 'P1' }),
  ]

  it('a raise applies from creation and can breach at once', () => {
    // As of 13:00 the raise does not exist yet (only at < T): P3, 300 of 1440 min;
    // deadline Mon 08:00 + 1440 = Mon, Tue, Wed 480 each -> Wed 03-04 16:00.
    const before = clocksAsOf(raised, '2026-03-02T13:00+01:00')
    expect(before.priority).toBe('P3')
    expect(before.resolution).toMatchObject({
      targetMinutes: 1440,
      elapsedMinutes: 300,
      breached: false,
      met: null,
      deadline: t('2026-03-04T16:00+01:00'),
    })
    // As of 13:30: P1, 330 > 240 min, breached; the target was reached at 08:00 + 240 = 12:00.
    const after = clocksAsOf(raised, '2026-03-02T13:30+01:00')
    expect(after.priority).toBe('P1')
    expect(after.resolution).toMatchObject({
      targetMinutes: 240,
      elapsedMinutes: 330,
      breached: true,
      met: false,
      deadline: t('2026-03-02T12:00+01:00'),
      atRisk: false,
    })
    // Response: 20 min, within P1's 30.
    expect(after.response).toMatchObject({
      targetMinutes: 30,
      elapsedMinutes: 20,
      met: true,
      breached: false,
    })
  })

  it('a lowering applies from creation too', () => {
    // P1 created Mon 08:00, lowered to P3 08:10, responded 09:00, resolved 14:00.
    const clocks = clocksAsOf(
      [
        created('2026-03-02T08:00+01:00', 'P1'),
        event('2026-03-02T08:10+01:00', 'priority', { priority: 'P3' }),
        event('2026-03-02T09:00+01:00', 'responded'),
        status('2026-03-02T14:00+01:00', 'resolved'),
      ],
      '2026-03-03T00:00+01:00',
    )
    // Response 60 min: met against P3's 240 (it would breach P1's 30). Resolution 360 of 1440.
    expect(clocks.priority).toBe('P3')
    expect(clocks.response).toMatchObject({ targetMinutes: 240, elapsedMinutes: 60, met: true })
    expect(clocks.resolution).toMatchObject({ targetMinutes: 1440, elapsedMinutes: 360, met: true })
  })
})

describe('event order and existence', () => {
  it('orders same-instant events by type (created, priority, responded, status), then by id', () => {
    const clocks = clocksAsOf(
      [
        status('2026-03-02T08:00+01:00', 'waiting', { id: 'a' }),
        event('2026-03-02T08:00+01:00', 'priority', { id: 'b', priority: 'P1' }),
        created('2026-03-02T08:00+01:00', 'P3', { id: 'c' }),
        event('2026-03-02T08:00+01:00', 'responded', { id: 'd' }),
        status('2026-03-02T10:00+01:00', 'waiting', { id: 'x2' }),
        status('2026-03-02T10:00+01:00', 'in_progress', { id: 'x1' }),
      ],
      '2026-03-02T12:00+01:00',
    )
    // Created comes first, so the same-instant priority P1 and status `waiting` both apply.
    // At 10:00 x1 (in_progress) precedes x2 (waiting): still waiting, the clock never ran.
    expect(clocks).toMatchObject({ priority: 'P1', status: 'waiting', runningIntervals: [] })
    expect(clocks.pausedIntervals).toEqual([[t('2026-03-02T08:00+01:00'), t('2026-03-02T12:00+01:00')]])
    expect(clocks.resolution).toMatchObject({ elapsedMinutes: 0, met: null, deadline: null })
    // Responded at the creation instant: 0 min.
    expect(clocks.response).toMatchObject({
      elapsedMinutes: 0,
      stoppedAt: t('2026-03-02T08:00+01:00'),
      met: true,
    })
  })

  it('ignores events before created', () => {
    const clocks = clocksAsOf(
      [
        status('2026-03-02T07:00+01:00', 'resolved'),
        event('2026-03-02T07:30+01:00', 'priority', { priority: 'P1' }),
        event('2026-03-02T07:45+01:00', 'responded'),
        created('2026-03-02T08:00+01:00', 'P3'),
      ],
      '2026-03-02T12:00+01:00',
    )
    // Still P3 and new; response running 08:00-12:00 = 240 min = its target: not breached,
    // and the target is reached exactly at 12:00.
    expect(clocks).toMatchObject({ priority: 'P3', status: 'new', resolvedAt: null, reopens: [] })
    expect(clocks.response).toEqual({
      targetMinutes: 240,
      elapsedMinutes: 240,
      stoppedAt: null,
      met: null,
      breached: false,
      deadline: t('2026-03-02T12:00+01:00'),
    })
  })

  it('takes the earliest of duplicate created events', () => {
    const clocks = clocksAsOf(
      [
        created('2026-03-02T09:00+01:00', 'P2', { id: 'late' }),
        created('2026-03-02T08:00+01:00', 'P1', { id: 'early' }),
        event('2026-03-02T08:30+01:00', 'responded'),
      ],
      '2026-03-02T12:00+01:00',
    )
    // Created 08:00 as P1 (the later P2 is ignored): response 30 min = target, met;
    // resolution 240 = target, not breached, at risk (240 >= 75 % of 240 = 180), due now.
    expect(clocks).toMatchObject({ createdAt: t('2026-03-02T08:00+01:00'), priority: 'P1' })
    expect(clocks.response).toMatchObject({ elapsedMinutes: 30, met: true })
    expect(clocks.resolution).toMatchObject({
      elapsedMinutes: 240,
      breached: false,
      atRisk: true,
      deadline: t('2026-03-02T12:00+01:00'),
    })
  })

  it('is no ticket without a created event before T', () => {
    const withoutCreated = [
      status('2026-03-02T09:00+01:00', 'in_progress'),
      event('2026-03-02T09:10+01:00', 'responded'),
    ]
    expect(evaluateTicket(withoutCreated, t('2026-03-03T00:00+01:00'), resolver)).toBeUndefined()
    // Created exactly at T does not exist yet.
    expect(
      evaluateTicket([created('2026-03-02T09:00+01:00', 'P2')], t('2026-03-02T09:00+01:00'), resolver),
    ).toBeUndefined()
    expect(evaluateTickets(withoutCreated, t('2026-03-03T00:00+01:00'), resolver)).toEqual([])
  })
})

describe('holidays', () => {
  it('a ticket created on a holiday starts counting on the next working day', () => {
    // P2 created Good Friday 04-03 10:00; Mon 04-06 is a holiday too; responded Tue 04-07 09:00,
    // resolved Tue 12:00. Response 08:00-09:00 = 60 min of 120; resolution 08:00-12:00 = 240 of 480.
    const clocks = clocksAsOf(
      [
        created('2026-04-03T10:00+02:00', 'P2'),
        event('2026-04-07T09:00+02:00', 'responded'),
        status('2026-04-07T12:00+02:00', 'resolved'),
      ],
      '2026-04-08T00:00+02:00',
    )
    expect(clocks.response).toMatchObject({ elapsedMinutes: 60, met: true })
    expect(clocks.resolution).toMatchObject({ elapsedMinutes: 240, met: true })
  })

  it('puts the deadline after the holidays, and marks the ticket at risk from 75 %', () => {
    // P1 created Thu 04-02 14:00, untouched, as of Tue 04-07 09:00: Thu 14-16 (120) + Tue 08-09 (60)
    // = 180 min of 240 = exactly 75 %: at risk. 60 min left from Tue 09:00 -> deadline Tue 10:00.
    const clocks = clocksAsOf([created('2026-04-02T14:00+02:00', 'P1')], '2026-04-07T09:00+02:00')
    expect(clocks.resolution).toEqual({
      targetMinutes: 240,
      elapsedMinutes: 180,
      stoppedAt: null,
      met: null,
      breached: false,
      deadline: t('2026-04-07T10:00+02:00'),
      atRisk: true,
    })
    // Response still running: 180 > 30 breached; the target was reached Thu 14:30.
    expect(clocks.response).toEqual({
      targetMinutes: 30,
      elapsedMinutes: 180,
      stoppedAt: null,
      met: false,
      breached: true,
      deadline: t('2026-04-02T14:30+02:00'),
    })
  })
})

describe('report figures', () => {
  // Report for Mon 03-02 00:00 .. 15:00, T = 15:00.
  const from = t('2026-03-02T00:00+01:00')
  const to = t('2026-03-02T15:00+01:00')
  const tickets = evaluateTickets(
    [
      // K1: P2 09:00, in_progress 09:30: response 30 of 120 met; resolution 09:00-15:00 = 360
      //     = 75 % of 480: at risk.
      created('2026-03-02T09:00+01:00', 'P2', { ticket: 'K1' }),
      status('2026-03-02T09:30+01:00', 'in_progress', { ticket: 'K1' }),
      // K2: P1 08:00, untouched: response 420 > 30 and resolution 420 > 240, both open and breached.
      created('2026-03-02T08:00+01:00', 'P1', { ticket: 'K2' }),
      // K3: customer fm without SLA.
      created('2026-03-02T10:00+01:00', 'P3', { ticket: 'K3', customer: 'fm' }),
      // K4: P3 10:00, responded 10:05: response 5 of 240 met; resolution 300 < 1080, not at risk.
      created('2026-03-02T10:00+01:00', 'P3', { ticket: 'K4' }),
      event('2026-03-02T10:05+01:00', 'responded', { ticket: 'K4' }),
      // K5: another customer, left out of im's report.
      created('2026-03-02T10:00+01:00', 'P1', { ticket: 'K5', customer: 'bm' }),
      // K6: created before the period, resolved in it: P3 Fri 02-27 15:00, resolved Mon 03-02 09:00:
      //     Fri 15-16 (60) + Mon 08-09 (60) = 120 min of 1440, met; response stopped Mon 09:00,
      //     also 120 of 240, met.
      created('2026-02-27T15:00+01:00', 'P3', { ticket: 'K6' }),
      status('2026-03-02T09:00+01:00', 'resolved', { ticket: 'K6' }),
    ],
    to,
    resolver,
  )

  it('counts open, at-risk and breached tickets', () => {
    expect(ticketFigures(tickets, 'im', from, to)).toEqual({
      created: 3, // K1, K2, K4 (K6 was created in February)
      resolved: 1, // K6
      reopened: 0,
      open_at_end: 3, // K1, K2, K4
      response: { met: 3, breached: 0, compliance: 100, open_breached: 1 }, // met K1, K4, K6; open K2
      resolution: {
        met: 1, // K6
        breached: 0,
        compliance: 100,
        open_breached: 1, // K2
        at_risk: 1, // K1
        mean_minutes: 120, // K6
      },
      no_sla: 0,
    })
  })

  it('counts tickets without an SLA only as created, open and no_sla', () => {
    // K3 (fm): created 10:00, open at 15:00, no SLA.
    expect(ticketFigures(tickets, 'fm', from, to)).toEqual({
      created: 1,
      resolved: 0,
      reopened: 0,
      open_at_end: 1,
      response: { met: 0, breached: 0, compliance: null, open_breached: 0 },
      resolution: { met: 0, breached: 0, compliance: null, open_breached: 0, at_risk: 0, mean_minutes: null },
      no_sla: 1,
    })
  })

  it('just under 75 % is not at risk', () => {
    // K1 as of 14:59: 359 min < 360.
    const k1 = [created('2026-03-02T09:00+01:00', 'P2'), status('2026-03-02T09:30+01:00', 'in_progress')]
    expect(clocksAsOf(k1, '2026-03-02T14:59+01:00').resolution).toMatchObject({
      elapsedMinutes: 359,
      atRisk: false,
    })
  })

  it('leaves a resolution-less SLA out of the resolution figures', () => {
    // K5 (bm): response SLA only, P1 target 60 min; 10:00-15:00 = 300 min, open and breached.
    expect(tickets.find((ticket) => ticket.ticket === 'K5')).toMatchObject({
      sla: 'nur-reaktion',
      resolution: null,
    })
    expect(ticketFigures(tickets, 'bm', from, to)).toEqual({
      created: 1,
      resolved: 0,
      reopened: 0,
      open_at_end: 1,
      response: { met: 0, breached: 0, compliance: null, open_breached: 1 },
      resolution: { met: 0, breached: 0, compliance: null, open_breached: 0, at_risk: 0, mean_minutes: null },
      no_sla: 0,
    })
  })

  it('gives a ticket without SLA no clocks', () => {
    expect(tickets.find((ticket) => ticket.ticket === 'K3')).toMatchObject({
      sla: null,
      response: null,
      resolution: null,
    })
  })

  it('refuses tickets evaluated as of another instant', () => {
    expect(() => ticketFigures(tickets, 'im', from, t('2026-03-02T16:00+01:00'))).toThrow(/evaluated as of/)
  })
})
