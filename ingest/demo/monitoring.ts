/**
 * Monitoring and maintenance: per service a plan of what went wrong when
 * (outages, degraded periods, probe gaps, planned maintenance windows), then
 * the check results of two probes every check interval that follow from it.
 */
import { DateTime } from 'luxon'
import type { NdjsonWriter } from './ndjson'
import { type Random, randomStream } from './random'
import type { DemoWindow, MonthSpan } from './window'

/** The monitoring probes, one in each data centre. */
export const PROBES = ['rz-schwerin', 'rz-rostock'] as const

const MINUTE = 60_000
const HOUR = 60 * MINUTE

interface Disruption {
  from: number
  to: number
  status: 'down' | 'degraded'
  /** Index into PROBES when only one probe sees it. */
  probe?: number
}

interface ProbeGap {
  from: number
  to: number
  probe: number
}

export interface MaintenanceWindow {
  id: string
  service: string
  from: number
  to: number
  title: string
}

/** A period in which every probe saw the service down outside maintenance. */
export interface Outage {
  service: string
  from: number
  to: number
}

export interface ServiceHealth {
  service: string
  /** Position in the catalog: staggers the probes' check times. */
  serviceIndex: number
  latencyMs: number
  checkIntervalSeconds: number
  disruptions: Disruption[]
  gaps: ProbeGap[]
  maintenance: MaintenanceWindow[]
  outages: Outage[]
}

/** A month in which one service had a hard time: more and longer outages, slower tickets. */
export interface BadMonth {
  service: string
  monthIndex: number
}

const MAINTENANCE_TITLES = [
  'Einspielen von Sicherheitsupdates',
  'Monatliche Patch-Installation',
  'Firmware-Aktualisierung der Server',
  'Erneuerung von Zertifikaten',
  'Datenbankwartung',
  'Aktualisierung auf eine neue Softwareversion',
  'Erweiterung des Speichersystems',
  'Austausch von Netzwerkkomponenten',
]

/** Length of an outage in minutes: mostly short, a few up to two hours. */
function outageMinutes(random: Random): number {
  return Math.round(5 + 115 * random.next() ** 2.2)
}

/** A random instant on a weekday between 08:00 and 16:00 local time within [from, to). */
function officeHoursInstant(random: Random, window: DemoWindow, from: number, to: number): number {
  for (let attempt = 0; attempt < 50; attempt++) {
    const at = random.between(from, to)
    const hour = window.local.hour(at)
    if (window.local.weekday(at) <= 5 && hour >= 8 && hour < 16) return at
  }
  return random.between(from, to)
}

/** The nth Tuesday of the local month, 20:00-23:00. */
function maintenanceSlot(monthStart: number, nth: number, zone: string): { from: number; to: number } {
  const month = DateTime.fromMillis(monthStart, { zone })
  const firstTuesday = month.plus({ days: (2 - month.weekday + 7) % 7 })
  const day = firstTuesday.plus({ weeks: nth - 1 })
  return {
    from: day.set({ hour: 20, minute: 0 }).toMillis(),
    to: day.set({ hour: 23, minute: 0 }).toMillis(),
  }
}

/**
 * Monthly maintenance on the nth Tuesday evening (n by service, so the windows
 * spread over the month), including the coming month's window, which is
 * already announced. Most windows take the service down for a while; a few
 * overrun their end, and that part is an outage.
 */
function planMaintenance(random: Random, plan: ServiceHealth, name: string, window: DemoWindow): void {
  const lastMonth = window.months.at(-1)
  const monthStarts = window.months.map((month) => month.monthStart)
  if (lastMonth) monthStarts.push(lastMonth.monthEnd)
  for (const monthStart of monthStarts) {
    const slot = maintenanceSlot(monthStart, (plan.serviceIndex % 4) + 1, window.zone)
    if (slot.from < window.start || slot.from >= window.now + 31 * 24 * HOUR) continue
    const month = DateTime.fromMillis(monthStart, { zone: window.zone }).toFormat('yyyy-MM')
    plan.maintenance.push({
      id: `wartung-${plan.service}-${month}`,
      service: plan.service,
      ...slot,
      title: `${random.pick(MAINTENANCE_TITLES)}: ${name}`,
    })
    if (slot.from >= window.now) continue
    if (random.chance(0.08)) {
      const from = slot.from + random.between(60, 150) * MINUTE
      const to = slot.to + random.between(10, 60) * MINUTE
      plan.disruptions.push({ from, to, status: 'down' })
      plan.outages.push({ service: plan.service, from: slot.to, to })
    } else if (random.chance(0.7)) {
      const from = slot.from + random.between(5, 40) * MINUTE
      plan.disruptions.push({ from, to: from + random.between(15, 60) * MINUTE, status: 'down' })
    }
  }
}

/** Outages (1-3 a month, any time of day), degraded periods and the odd probe gap of one month. */
function planIncidents(
  random: Random,
  plan: ServiceHealth,
  month: MonthSpan,
  window: DemoWindow,
  isBad: boolean,
) {
  // In the bad month, more and longer outages, in office hours when they hurt most.
  const outageCount = isBad ? random.int(5, 7) : random.int(1, 3)
  for (let i = 0; i < outageCount; i++) {
    const from = isBad
      ? officeHoursInstant(random, window, month.from, month.to)
      : random.between(month.from, month.to)
    const minutes = isBad ? random.between(30, 180) : outageMinutes(random)
    const to = Math.min(from + minutes * MINUTE, window.now)
    // Some outages are seen by one probe only: a network path, not the service.
    if (!isBad && random.chance(0.15)) {
      plan.disruptions.push({ from, to, status: 'down', probe: random.int(0, PROBES.length - 1) })
    } else {
      plan.disruptions.push({ from, to, status: 'down' })
      plan.outages.push({ service: plan.service, from, to })
    }
  }

  for (let i = random.int(0, 2); i > 0; i--) {
    const from = random.between(month.from, month.to)
    const to = Math.min(from + random.between(20, 180) * MINUTE, window.now)
    const probe = random.chance(0.3) ? random.int(0, PROBES.length - 1) : undefined
    plan.disruptions.push({ from, to, status: 'degraded', probe })
  }

  if (random.chance(0.12)) {
    const from = random.between(month.from, month.to)
    plan.gaps.push({ from, to: from + HOUR, probe: random.int(0, PROBES.length - 1) })
  }
}

export function planServiceHealth(
  seed: number,
  services: ReadonlyArray<{ id: string; name: string; latencyMs: number; checkIntervalSeconds: number }>,
  window: DemoWindow,
  badMonth: BadMonth,
): ServiceHealth[] {
  const plans = services.map((service, serviceIndex) => {
    const random = randomStream(seed, `health:${service.id}`)
    const plan: ServiceHealth = {
      service: service.id,
      serviceIndex,
      latencyMs: service.latencyMs,
      checkIntervalSeconds: service.checkIntervalSeconds,
      disruptions: [],
      gaps: [],
      maintenance: [],
      outages: [],
    }
    planMaintenance(random, plan, service.name, window)
    for (const month of window.months) {
      const isBad = service.id === badMonth.service && month.index === badMonth.monthIndex
      planIncidents(random, plan, month, window, isBad)
    }
    return plan
  })

  // A probe host that is down misses the checks of every service; rarely the
  // monitoring system itself is down and nothing is known for a while.
  const probeHosts = randomStream(seed, 'health:probe-hosts')
  for (const month of window.months) {
    if (probeHosts.chance(0.4)) {
      const from = probeHosts.between(month.from, month.to)
      const to = from + probeHosts.between(30, 90) * MINUTE
      const gap = { from, to, probe: probeHosts.int(0, PROBES.length - 1) }
      for (const plan of plans) plan.gaps.push(gap)
    }
    if (probeHosts.chance(0.15)) {
      const from = probeHosts.between(month.from, month.to)
      const to = from + probeHosts.between(20, 60) * MINUTE
      for (const plan of plans) for (const probe of PROBES.keys()) plan.gaps.push({ from, to, probe })
    }
  }
  return plans
}

/**
 * Writes the checks of one month: every service, every probe, one check per
 * interval, in (service, probe, time) order.
 */
export async function writeMonthOfChecks(
  writer: NdjsonWriter,
  seed: number,
  plans: readonly ServiceHealth[],
  window: DemoWindow,
  monthIndex: number,
): Promise<void> {
  const month = window.months[monthIndex]
  if (!month) return
  for (const plan of plans) {
    const interval = plan.checkIntervalSeconds * 1000
    const random = randomStream(seed, `checks:${plan.service}:${month.key}`)
    for (let probe = 0; probe < PROBES.length; probe++) {
      const probeName = PROBES[probe]
      const overlapping = ({ from, to }: { from: number; to: number }) => from < month.to && to > month.from
      const disruptions = plan.disruptions.filter(
        (d) => overlapping(d) && (d.probe === undefined || d.probe === probe),
      )
      const gaps = plan.gaps.filter((gap) => overlapping(gap) && gap.probe === probe)
      // The probes check at staggered seconds so they do not hit a service at once.
      const offset = ((plan.serviceIndex * 11 + probe * 150) * 1000) % interval
      const first = Math.ceil((month.from - offset) / interval) * interval + offset
      const probeLatency = probe === 0 ? 1 : 1.08
      const lines: string[] = []
      for (let at = first; at < month.to; at += interval) {
        if (gaps.some((gap) => at >= gap.from && at < gap.to)) continue
        let status: 'up' | 'degraded' | 'down' = 'up'
        for (const disruption of disruptions) {
          if (at >= disruption.from && at < disruption.to) {
            status = disruption.status
            if (status === 'down') break
          }
        }
        // Written by hand, not JSON.stringify: millions of lines, and slugs need no escaping.
        const prefix = `{"service":"${plan.service}","probe":"${probeName}","at":"${window.local.format(at)}","status":"${status}"`
        if (status === 'down') {
          lines.push(`${prefix}}`)
          continue
        }
        const hour = window.local.hour(at)
        const busy = window.local.weekday(at) <= 5 && hour >= 8 && hour < 17 ? 1.25 : 1
        const spike = random.chance(0.01) ? random.between(2, 4) : 1
        const slow = status === 'degraded' ? random.between(4, 8) : 1
        const latency = plan.latencyMs * probeLatency * busy * spike * slow * random.between(0.8, 1.2)
        lines.push(`${prefix},"latency_ms":${Math.round(latency)}}`)
      }
      await writer.writeLines(lines)
    }
  }
}
