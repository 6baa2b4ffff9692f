import { afterEach, describe, expect, it } from 'vitest'
import { setLanguage } from '../../i18n'
import { type BoardTicket, boardRows } from './board'

const catalog = {
  customers: [
    { id: 'im', name: 'Ministerium für Inneres, Bau und Digitalisierung' },
    { id: 'fm', name: 'Finanzministerium' },
  ],
  services: [
    { id: 'email', name: 'E-Mail' },
    { id: 'eakte', name: 'E-Akte' },
  ],
}

// Thursday 12 March 2026, 14:00 in Berlin (UTC+1).
const NOW = Date.parse('2026-03-12T14:00:00+01:00')
const MINUTE = 60_000

function ticket(overrides: Partial<BoardTicket>): BoardTicket {
  return {
    ticket: 'T',
    customer: 'im',
    service: 'email',
    priority: 'P1',
    status: 'in_progress',
    title: 'Postfach nimmt keine E-Mails an',
    group: 'Team Messaging',
    createdAt: NOW - 190 * MINUTE,
    sla: 'standard',
    slaSince: null,
    clock: 'resolution',
    state: 'at_risk',
    elapsedMinutes: 190,
    targetMinutes: 240,
    deadline: NOW + 50 * MINUTE,
    minutesLeft: 50,
    ...overrides,
  }
}

describe('boardRows', () => {
  const atRisk = ticket({ ticket: 'INC-RISK' })
  // P1 on a 24x7 calendar created 5 h ago: 300 of 240 minutes, breached 1 h ago.
  const breached = ticket({
    ticket: 'INC-LATE',
    customer: 'fm',
    state: 'breached',
    elapsedMinutes: 300,
    deadline: NOW - 60 * MINUTE,
    minutesLeft: -60,
  })
  const responseRisk = ticket({
    ticket: 'INC-NEW',
    service: 'eakte',
    priority: 'P2',
    status: 'new',
    clock: 'response',
    elapsedMinutes: 100,
    targetMinutes: 120,
    deadline: NOW + 20 * MINUTE,
    minutesLeft: 20,
  })
  const paused = ticket({
    ticket: 'INC-WAIT',
    status: 'waiting',
    priority: null,
    elapsedMinutes: 200,
    deadline: null,
    minutesLeft: null,
  })

  const longLost = ticket({
    ticket: 'INC-OLD',
    priority: 'P4',
    state: 'breached',
    elapsedMinutes: 5000,
    deadline: NOW - 9 * 24 * 60 * MINUTE,
    minutesLeft: -9 * 24 * 60,
  })

  it('puts the at-risk first by time left (paused last), then the breached, the latest breach first', () => {
    const rows = boardRows([longLost, paused, atRisk, responseRisk, breached], catalog)
    expect(rows.map((row) => row.ticket)).toEqual(['INC-NEW', 'INC-RISK', 'INC-WAIT', 'INC-LATE', 'INC-OLD'])
  })

  it('says everything in German with names from the catalog', () => {
    const [fresh, risk, wait, late] = boardRows([atRisk, breached, responseRisk, paused], catalog)
    expect(late).toMatchObject({
      title: 'Postfach nimmt keine E-Mails an',
      group: 'Team Messaging',
      href: '/sla/tickets/INC-LATE',
      customer: 'Finanzministerium',
      service: 'E-Mail',
      priority: 'P1',
      status: 'In Bearbeitung',
      clock: 'Lösung',
      stateLabel: 'verletzt',
      elapsed: '5\u00a0Std.',
      target: '4\u00a0Std.',
      // 300 / 240 = 125 %, the bar full
      percent: 125,
      percentText: '125\u00a0%',
      bar: 100,
      deadline: { date: '12.03.2026', time: '13:00' },
      timeLeft: 'seit 1\u00a0Std. überschritten',
    })
    expect(fresh).toMatchObject({
      service: 'E-Akte',
      status: 'Neu',
      clock: 'Reaktion',
      elapsed: '1\u00a0Std. 40\u00a0Min.',
      target: '2\u00a0Std.',
      // 100 / 120 = 83.3 %
      percent: 83,
      timeLeft: 'noch 20\u00a0Min.',
    })
    expect(risk).toMatchObject({
      customer: 'Ministerium für Inneres, Bau und Digitalisierung',
      stateLabel: 'gefährdet',
      elapsed: '3\u00a0Std. 10\u00a0Min.',
      percent: 79,
      bar: 79,
      deadline: { date: '12.03.2026', time: '14:50' },
      timeLeft: 'noch 50\u00a0Min.',
    })
    expect(wait).toMatchObject({ priority: '–', status: 'Wartend', deadline: null, timeLeft: 'Uhr pausiert' })
  })

  it('keeps an id the catalog does not know', () => {
    expect(boardRows([ticket({ customer: 'alt', service: 'fax' })], catalog)[0]).toMatchObject({
      customer: 'alt',
      service: 'fax',
    })
  })

  it('names the SLA terms a ticket runs under: those in force at its creation', () => {
    const [changed] = boardRows([ticket({ slaSince: '2026-07-01' })], catalog)
    expect(changed?.terms).toBe('SLA standard, Fassung ab 01.07.2026')
    expect(boardRows([ticket({})], catalog)[0]?.terms).toBe('SLA standard')
    setLanguage('en')
    expect(boardRows([ticket({ slaSince: '2026-07-01' })], catalog)[0]?.terms).toBe(
      'SLA standard, terms from 01/07/2026',
    )
    setLanguage('de')
  })

  it('encodes ticket ids in the timeline link', () => {
    expect(boardRows([ticket({ ticket: 'INC 1/2' })], catalog)[0]?.href).toBe('/sla/tickets/INC%201%2F2')
  })
})

describe('boardRows in English', () => {
  afterEach(() => setLanguage('de'))

  it('says states, statuses, clocks, durations and dates in English', () => {
    setLanguage('en')
    const late = ticket({
      ticket: 'INC-LATE',
      state: 'breached',
      elapsedMinutes: 300,
      deadline: NOW - 60 * MINUTE,
      minutesLeft: -60,
    })
    const risk = ticket({ ticket: 'INC-RISK', clock: 'response', status: 'new' })
    const wait = ticket({ ticket: 'INC-WAIT', status: 'waiting', deadline: null, minutesLeft: null })
    const [riskRow, waitRow, lateRow] = boardRows([wait, risk, late], catalog)
    expect(lateRow).toMatchObject({
      status: 'In progress',
      clock: 'Resolution',
      stateLabel: 'breached',
      elapsed: '5\u00a0h',
      target: '4\u00a0h',
      // 300 / 240 = 125 %, no space before the sign in English
      percentText: '125%',
      deadline: { date: '12/03/2026', time: '13:00' },
      timeLeft: 'breached 1\u00a0h ago',
    })
    expect(riskRow).toMatchObject({
      status: 'New',
      clock: 'Response',
      stateLabel: 'at risk',
      elapsed: '3\u00a0h 10\u00a0min',
      percentText: '79%',
      deadline: { date: '12/03/2026', time: '14:50' },
      timeLeft: '50\u00a0min left',
    })
    expect(waitRow).toMatchObject({ status: 'Waiting', deadline: null, timeLeft: 'clock paused' })
  })
})
