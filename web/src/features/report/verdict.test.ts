import { afterEach, describe, expect, it } from 'vitest'
import { setLanguage } from '../../i18n'
import { keyFigures, summary, type Verdict } from './verdict'

type Report = Parameters<typeof keyFigures>[0]

const clock = (met: number, breached: number) => ({
  met,
  breached,
  compliance: met + breached === 0 ? null : (met / (met + breached)) * 100,
  open_breached: 0,
})
const service = (id: string, availability: number | null, target: number | null) => ({
  service: id,
  target,
  availability,
  met: availability === null || target === null ? null : availability >= target,
  up_minutes: 0,
  down_minutes: 0,
  degraded_minutes: 0,
  coverage: null,
  outages: 0,
  mttr_minutes: null,
  budget_remaining: null,
})
function report(
  from: string,
  to: string,
  response: [number, number],
  resolution: [number, number],
  services: ReturnType<typeof service>[],
): Report {
  return {
    customer: 'fm',
    from,
    to,
    tickets: {
      created: 0,
      resolved: 0,
      reopened: 0,
      open_at_end: 0,
      response: clock(...response),
      resolution: { ...clock(...resolution), at_risk: 0, mean_minutes: null },
      no_sla: 0,
    },
    availability: { overall: null, services },
    satisfaction: { csat: null, csat_responses: 0, nps: null, nps_responses: 0 },
  } as Report
}

const services = [
  { id: 'email', name: 'E-Mail' },
  { id: 'eakte', name: 'E-Akte' },
]
// November: 953 of 1000 responses (95.3 %), 900 of 1000 resolutions (90.0 %); both services on target.
const november = report(
  '2026-11-01T00:00:00+01:00',
  '2026-12-01T00:00:00+01:00',
  [953, 47],
  [900, 100],
  [service('email', 99.95, 99.9), service('eakte', 99.6, 99.5)],
)
// October: 96.0 % and 91.5 %; e-file missed.
const october = report(
  '2026-10-01T00:00:00+02:00',
  '2026-11-01T00:00:00+01:00',
  [960, 40],
  [915, 85],
  [service('email', 99.95, 99.9), service('eakte', 99.2, 99.5)],
)
const verdict = {
  targets: { response: 95, resolution: 90 },
  previous: october,
  trend: [],
} as unknown as Verdict

describe('report verdict', () => {
  afterEach(() => setLanguage('de'))

  it('says in one paragraph what the month brought against its targets', () => {
    expect(summary(november, verdict, services)).toBe(
      'Im November 2026 wurden 95,3\u00a0% der Erstreaktionen und 90,0\u00a0% der Lösungen in der vereinbarten Zeit erbracht; ' +
        'Ziel 95,0\u00a0% bzw. 90,0\u00a0%: erreicht. Alle 2 Dienste waren im Ziel.',
    )
    const split = { ...verdict, targets: { response: 96, resolution: 90 } }
    expect(summary(october, split, services)).toBe(
      'Im Oktober 2026 wurden 96,0\u00a0% der Erstreaktionen und 91,5\u00a0% der Lösungen in der vereinbarten Zeit erbracht; ' +
        'Ziel 96,0\u00a0% bzw. 90,0\u00a0%: erreicht. Im Ziel: 1 von 2 Diensten; verfehlt: E-Akte.',
    )
    // Several missed services read as a list: "E-Mail und E-Akte".
    const bothMissed = {
      ...october,
      availability: {
        ...october.availability,
        services: [service('email', 99.8, 99.9), service('eakte', 99.2, 99.5)],
      },
    }
    expect(summary(bothMissed, split, services)).toMatch(
      / Im Ziel: 0 von 2 Diensten; verfehlt: E-Mail und E-Akte\.$/,
    )
  })

  it('judges each figure against its target beside the previous period and the change', () => {
    expect(keyFigures(november, verdict, services)).toEqual([
      expect.objectContaining({
        id: 'response',
        value: '95,3\u00a0%',
        target: '95,0\u00a0%',
        judgement: 'met',
        previous: '96,0\u00a0%',
        // 95.3 − 96.0 = −0.7 points
        change: { text: '−0,7 Prozentpunkte', direction: 'down' },
      }),
      expect.objectContaining({
        id: 'resolution',
        judgement: 'met',
        change: { text: '−1,5 Prozentpunkte', direction: 'down' },
      }),
      expect.objectContaining({
        id: 'services',
        value: '2 von 2',
        judgement: 'met',
        previous: '1 von 2',
        change: { text: '+1', direction: 'up' },
      }),
    ])
    const strict = { ...verdict, targets: { response: 99, resolution: null } }
    const [response, resolution] = keyFigures(november, strict, services)
    expect(response?.judgement).toBe('missed')
    expect(resolution).toMatchObject({ target: null, judgement: 'none' })
  })

  it('speaks English', () => {
    setLanguage('en')
    expect(summary(november, verdict, services)).toBe(
      'In November 2026, 95.3% of first responses and 90.0% of resolutions were within the agreed time; ' +
        'target 95.0% and 90.0%: met. All 2 services were on target.',
    )
  })
})
