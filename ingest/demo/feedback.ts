/**
 * What people say and what is counted by hand: satisfaction surveys after
 * tickets (CSAT) and each quarter (NPS), and the KPIs of the leadership goals
 * that no system measures (employee satisfaction, modernisation progress).
 */
import { DateTime } from 'luxon'
import { CUSTOMERS } from './catalog'
import type { NdjsonWriter } from './ndjson'
import { type Random, randomStream } from './random'
import type { ResolvedTicket } from './tickets'
import type { DemoWindow } from './window'

const HOUR = 3_600_000

/** Fictional free-text comments, by how the customer felt. */
const COMMENTS = {
  happy: [
    'Schnelle und freundliche Hilfe, vielen Dank!',
    'Das Problem war nach kurzer Zeit gelöst.',
    'Sehr kompetente Beratung am Telefon.',
    'Unkompliziert über das Serviceportal erledigt.',
  ],
  neutral: [
    'Lösung funktioniert, die Rückmeldung hätte früher kommen können.',
    'Im Großen und Ganzen in Ordnung.',
    'Der Status im Portal war nicht immer aktuell.',
  ],
  unhappy: [
    'Hat leider sehr lange gedauert.',
    'Ich musste mehrfach nachfragen, bis sich jemand gemeldet hat.',
    'Das Problem ist nach kurzer Zeit wieder aufgetreten.',
    'Während der Störung fehlten Informationen zum Stand der Behebung.',
  ],
} as const

function commentFor(random: Random, mood: keyof typeof COMMENTS, probability: number): string | undefined {
  return random.chance(probability) ? random.pick(COMMENTS[mood]) : undefined
}

/** CSAT 1-5: fast resolutions please, breached ones much less. */
function csatScore(random: Random, targetShare: number): number {
  const weights =
    targetShare <= 0.5
      ? { '5': 62, '4': 28, '3': 6, '2': 3, '1': 1 }
      : targetShare <= 1
        ? { '5': 45, '4': 35, '3': 12, '2': 5, '1': 3 }
        : { '5': 15, '4': 30, '3': 25, '2': 17, '1': 13 }
  return Number(random.weighted(weights))
}

export async function writeSurveys(
  writer: NdjsonWriter,
  seed: number,
  window: DemoWindow,
  resolved: readonly ResolvedTicket[],
): Promise<number> {
  const random = randomStream(seed, 'surveys')
  const surveys: Array<{ at: number; record: Record<string, unknown> }> = []

  // About 30 % answer the short survey sent when their ticket is resolved.
  for (const ticket of resolved) {
    if (!random.chance(0.3)) continue
    const at = Math.round((ticket.resolvedAt + random.between(0.2, 48) * HOUR) / 1000) * 1000
    if (at >= window.now) continue
    const score = csatScore(random, ticket.targetShare)
    const comment = commentFor(random, score >= 4 ? 'happy' : score === 3 ? 'neutral' : 'unhappy', 0.08)
    surveys.push({
      at,
      record: {
        id: `csat-${ticket.ticket}`,
        at: window.local.format(at),
        customer: ticket.customer,
        kind: 'csat',
        score,
        ticket: ticket.ticket,
        service: ticket.service,
        ...(comment && { comment }),
      },
    })
  }

  // Each quarter every Ressort is asked whether it would recommend us,
  // in the first two weeks of the quarter's middle month.
  for (const customer of CUSTOMERS) {
    const mood = random.between(-0.08, 0.08)
    for (const month of window.months) {
      const local = DateTime.fromMillis(month.monthStart, { zone: window.zone })
      if (local.month % 3 !== 2) continue
      const from = month.monthStart + 2 * 24 * HOUR
      const to = from + 14 * 24 * HOUR
      if (from < window.start) continue
      const progress = (from - window.start) / (window.now - window.start)
      const promoters = 0.32 + mood + 0.06 * progress
      const detractors = 0.22 - mood / 2 - 0.04 * progress
      const responses = Math.round(customer.size * 14 + random.int(0, 8))
      for (let i = 1; i <= responses; i++) {
        const at = Math.round(random.between(from, to) / 1000) * 1000
        if (at >= window.now) continue
        const draw = random.next()
        const score =
          draw < detractors
            ? random.pick([2, 3, 4, 5, 5, 6, 6, 6])
            : draw < 1 - promoters
              ? random.int(7, 8)
              : random.int(9, 10)
        const comment = commentFor(random, score >= 9 ? 'happy' : score >= 7 ? 'neutral' : 'unhappy', 0.12)
        surveys.push({
          at,
          record: {
            id: `nps-${customer.id}-${local.year}-Q${local.quarter}-${i}`,
            at: window.local.format(at),
            customer: customer.id,
            kind: 'nps',
            score,
            ...(comment && { comment }),
          },
        })
      }
    }
  }

  surveys.sort((a, b) => a.at - b.at)
  for (const survey of surveys) await writer.writeObject(survey.record)
  return surveys.length
}

interface Period {
  /** `2026-03` or `2026-Q1` */
  key: string
  /** 0 at the start of the window, 1 at its end. */
  progress: number
}

/** The months and quarters that ended inside the window: a KPI is measured once its period is over. */
function completedPeriods(window: DemoWindow): { months: Period[]; quarters: Period[] } {
  const progressOf = (end: number) => (end - window.start) / (window.now - window.start)
  const months: Period[] = []
  const quarters: Period[] = []
  for (const month of window.months) {
    if (month.monthEnd > window.now) continue
    months.push({ key: month.key, progress: progressOf(month.monthEnd) })
    const local = DateTime.fromMillis(month.monthStart, { zone: window.zone })
    if (local.month % 3 === 0)
      quarters.push({ key: `${local.year}-Q${local.quarter}`, progress: progressOf(month.monthEnd) })
  }
  return { months, quarters }
}

export async function writeKpis(writer: NdjsonWriter, seed: number, window: DemoWindow): Promise<number> {
  const random = randomStream(seed, 'kpis')
  const { months, quarters } = completedPeriods(window)
  const value = (n: number) => Math.round(n * 10) / 10
  const kpis: Array<{ kpi: string; period: string; value: number; customer?: string }> = []

  for (const quarter of quarters) {
    kpis.push({
      kpi: 'employee_satisfaction',
      period: quarter.key,
      value: value(71 + 5 * quarter.progress + random.between(-1.5, 1.5)),
    })
    kpis.push({
      kpi: 'monitoring_coverage',
      period: quarter.key,
      value: value(86 + 10 * quarter.progress + random.between(-1, 1)),
    })
    kpis.push({
      kpi: 'sla_coverage',
      period: quarter.key,
      value: value(82 + 12 * quarter.progress + random.between(-1, 1)),
    })
    // SLA coverage differs between Ressorts: how many of their contracts name targets.
    for (const customer of CUSTOMERS) {
      const level = Math.min(100, 78 + 15 * quarter.progress + random.between(-6, 6))
      kpis.push({ kpi: 'sla_coverage', period: quarter.key, value: value(level), customer: customer.id })
    }
  }
  for (const month of months) {
    kpis.push({
      kpi: 'selfservice_share',
      period: month.key,
      value: value(34 + 21 * month.progress + random.between(-2, 2)),
    })
    kpis.push({
      kpi: 'cloud_migration_progress',
      period: month.key,
      value: value(28 + 30 * month.progress + random.between(0, 1.5)),
    })
    // The large ministries report their own self-service share.
    for (const customer of ['im', 'fm', 'sm']) {
      kpis.push({
        kpi: 'selfservice_share',
        period: month.key,
        value: value(30 + 24 * month.progress + random.between(-4, 4)),
        customer,
      })
    }
  }
  for (const kpi of kpis) await writer.writeObject(kpi)
  return kpis.length
}
