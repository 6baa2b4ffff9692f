/**
 * The demo data set (`leitstand demo`): a year of a state IT agency's
 * tickets, monitoring checks, maintenance windows, surveys and hand-measured
 * KPIs for the Ressorts of Mecklenburg-Vorpommern, written as a catalog and
 * NDJSON files. Deterministic: the same seed and `now` give the same bytes.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Document, isMap, isScalar, visit } from 'yaml'
import { createCalendar } from '../../shared/calendar'
import { validateCatalog } from '../../shared/catalog'
import { agreementDates, demoCatalog, SERVICES, TIMEZONE } from './catalog'
import { writeKpis, writeSurveys } from './feedback'
import { type BadMonth, planServiceHealth, writeMonthOfChecks } from './monitoring'
import { NdjsonWriter } from './ndjson'
import { writeTickets } from './tickets'
import { demoWindow } from './window'

export interface DemoOptions {
  outDir: string
  /** Seed of the random streams (default 1). */
  seed?: number
  /** End of the data (exclusive); default the current time. */
  now?: Date
  /** Months of history before `now` (default 12); tests use fewer. */
  months?: number
}

export type DemoKind = 'tickets' | 'checks' | 'maintenance' | 'surveys' | 'kpis'

export interface DemoResult {
  catalogFile: string
  /** Files per event kind, in the order to ingest them. */
  files: Record<DemoKind, string[]>
  /** Records written: tickets, ticket_events, open_tickets, checks, maintenance, surveys, kpis. */
  counts: Record<string, number>
}

export async function generateDemo(options: DemoOptions): Promise<DemoResult> {
  const seed = options.seed ?? 1
  const window = demoWindow((options.now ?? new Date()).getTime(), options.months ?? 12, TIMEZONE)
  await mkdir(options.outDir, { recursive: true })

  const firstYear = Number(window.months[0]?.key.slice(0, 4))
  const lastYear = Number(window.months.at(-1)?.key.slice(0, 4))
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i)
  const catalogInput = demoCatalog(years, agreementDates(years, window.start, window.now))
  const validated = validateCatalog(catalogInput)
  if (!validated.ok) {
    const problems = validated.problems.map((problem) => `${problem.path}: ${problem.message}`)
    throw new Error(`demo catalog is invalid:\n${problems.join('\n')}`)
  }
  const catalog = validated.catalog
  const catalogFile = join(options.outDir, 'catalog.yaml')
  await writeFile(catalogFile, catalogYaml(catalogInput))

  const calendars = new Map(catalog.calendars.map((def) => [def.id, createCalendar(def, catalog.timezone)]))

  // Four months before the current one, E-Akte had a bad month.
  const badMonth: BadMonth = { service: 'eakte', monthIndex: Math.max(0, window.months.length - 5) }
  const checkIntervals = new Map(catalog.services.map((service) => [service.id, service.check_interval]))
  const services = SERVICES.map((service) => ({
    ...service,
    checkIntervalSeconds: checkIntervals.get(service.id) ?? 300,
  }))
  const health = planServiceHealth(seed, services, window, badMonth)

  const files: Record<DemoKind, string[]> = {
    tickets: [],
    checks: [],
    maintenance: [],
    surveys: [],
    kpis: [],
  }
  const open = (kind: DemoKind, name: string) => {
    const writer = new NdjsonWriter(join(options.outDir, name))
    files[kind].push(writer.path)
    return writer
  }

  const maintenance = open('maintenance', 'maintenance.ndjson')
  const windows = health
    .flatMap((plan) => plan.maintenance)
    .sort((a, b) => a.from - b.from || (a.id < b.id ? -1 : 1))
  for (const { id, service, from, to, title } of windows) {
    await maintenance.writeObject({
      id,
      service,
      from: window.local.format(from),
      to: window.local.format(to),
      title,
    })
  }
  await maintenance.close()

  let checkCount = 0
  for (const month of window.months) {
    const checks = open('checks', `checks-${month.key}.ndjson`)
    await writeMonthOfChecks(checks, seed, health, window, month.index)
    await checks.close()
    checkCount += checks.lines
  }

  const tickets = open('tickets', 'tickets.ndjson')
  const outages = health.flatMap((plan) => plan.outages)
  const ticketSummary = await writeTickets(tickets, seed, catalog, calendars, window, outages, badMonth)
  await tickets.close()

  const surveys = open('surveys', 'surveys.ndjson')
  const surveyCount = await writeSurveys(surveys, seed, window, ticketSummary.resolved)
  await surveys.close()

  const kpis = open('kpis', 'kpis.ndjson')
  const kpiCount = await writeKpis(kpis, seed, window)
  await kpis.close()

  return {
    catalogFile,
    files,
    counts: {
      tickets: ticketSummary.tickets,
      ticket_events: ticketSummary.events,
      open_tickets: ticketSummary.open,
      checks: checkCount,
      maintenance: windows.length,
      surveys: surveyCount,
      kpis: kpiCount,
    },
  }
}

/**
 * The catalog as YAML written the way a person would: short lists and SLA
 * targets on one line, dates and hours quoted (a YAML 1.1 reader would take
 * 2026-12-24 for a date).
 */
function catalogYaml(catalog: object): string {
  const document = new Document(catalog)
  document.commentBefore = ' Leitstand demo catalog: the Ressorts of Mecklenburg-Vorpommern (fictional data).'
  visit(document, {
    Seq(_, seq) {
      if (seq.items.length <= 6 && seq.items.every((item) => isScalar(item))) seq.flow = true
    },
    Pair(_, pair) {
      const key = isScalar(pair.key) ? pair.key.value : undefined
      if (isMap(pair.value) && (key === 'availability' || key === 'response' || key === 'resolution')) {
        pair.value.flow = true
      }
    },
    Scalar(_, scalar) {
      if (typeof scalar.value === 'string' && /^\d{4}-\d{2}-\d{2}$|^\d{2}:\d{2}-/.test(scalar.value)) {
        scalar.type = 'QUOTE_DOUBLE'
      }
    },
  })
  return document.toString({ lineWidth: 110, flowCollectionPadding: false })
}
