/**
 * The catalog's availability objectives as OpenSLO v1 documents, and back.
 *
 * Export: one `Service` per catalog service and one `SLO` per service and SLA
 * that some ministry's agreement applies to it. Leitstand's availability is
 * the share of good time, (up + degraded) / (up + degraded + down) minutes of
 * the agreed service time, reported per calendar month: in OpenSLO a ratio SLI
 * budgeted as `RatioTimeslices` of one minute, in a calendar-aligned `1M`
 * window, with the target as a fraction. What OpenSLO cannot say (the
 * business-hours calendar, maintenance exclusion, the ministries) travels in
 * annotations under `leitstand.de/`, which the import reads back.
 *
 * Import: each SLO document becomes a catalog SLA with an availability
 * target, or is refused with the reason.
 */
import { parseAllDocuments, stringify } from 'yaml'
import { slaTermsAt, subscribesWithin } from '../../shared/agreements'
import type { Catalog, CatalogInput, Sla } from '../../shared/catalog'
import { slaFor } from '../../shared/catalog'
import {
  type OpenSlo,
  type OpenSloService,
  type OpenSloSli,
  OTHER_OPENSLO_KINDS,
  objectName,
  openSloSchema,
  openSloServiceSchema,
  openSloSliSchema,
} from '../../shared/openslo'

const ANNOTATION = {
  sla: 'leitstand.de/sla',
  calendar: 'leitstand.de/calendar',
  customers: 'leitstand.de/customers',
} as const

/** `email`, `standard_sla` → an RFC 1123 name of at most 63 characters. */
function rfc1123(...parts: string[]): string {
  const name = parts
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '')
  return objectName.parse(name)
}

interface Objective {
  service: Catalog['services'][number]
  sla: Sla
  customers: Catalog['customers']
}

/**
 * Each service and SLA whose availability target applies, at `at`, to at
 * least one (chosen) ministry subscribing the service then; the SLA with the
 * terms in force at `at`.
 */
function objectivesOf(catalog: Catalog, at: number, customer?: string): Objective[] {
  const objectives = new Map<string, Objective>()
  for (const service of catalog.services) {
    for (const subscriber of catalog.customers) {
      if (customer !== undefined && subscriber.id !== customer) continue
      if (!subscribesWithin(catalog, subscriber.id, service.id, at, at + 1)) continue
      const agreed = slaFor(catalog, subscriber.id, service.id)
      const sla = agreed && slaTermsAt(agreed, at, catalog.timezone).sla
      if (!sla?.availability) continue
      const key = `${service.id}\u0000${sla.id}`
      const objective = objectives.get(key) ?? { service, sla, customers: [] }
      objective.customers.push(subscriber)
      objectives.set(key, objective)
    }
  }
  return [...objectives.values()]
}

const describeCalendar = (catalog: Catalog, id: string) => {
  const calendar = catalog.calendars.find((c) => c.id === id)
  if (!calendar || calendar.hours === '24x7') return 'rund um die Uhr'
  return `in der Servicezeit des Kalenders '${id}'${calendar.holidays ? ` (ohne Feiertage ${calendar.holidays})` : ''}`
}

/** The OpenSLO documents of the catalog (of one ministry with `customer`), with the terms in force at `at`. */
export function exportOpenSlo(
  catalog: Catalog,
  customer?: string,
  at: number = Date.now(),
): Array<OpenSloService | OpenSlo> {
  const objectives = objectivesOf(catalog, at, customer)
  const services = [...new Map(objectives.map((o) => [o.service.id, o.service])).values()]
  const year = new Date().getUTCFullYear()
  return [
    ...services.map(
      (service): OpenSloService => ({
        apiVersion: 'openslo/v1',
        kind: 'Service',
        metadata: { name: rfc1123(service.id), displayName: service.name },
        spec: { description: `${service.name}: ein Dienst der Landes-IT, gemessen von Leitstand.` },
      }),
    ),
    ...objectives.map(({ service, sla, customers }): OpenSlo => {
      const availability = sla.availability as NonNullable<Sla['availability']>
      const whose = customers.map((c) => c.name).join(', ')
      return {
        apiVersion: 'openslo/v1',
        kind: 'SLO',
        metadata: {
          name: rfc1123(service.id, sla.id),
          displayName: `${service.name} – Verfügbarkeit nach SLA ${sla.id}`,
          annotations: {
            [ANNOTATION.sla]: sla.id,
            [ANNOTATION.calendar]: availability.calendar,
            [ANNOTATION.customers]: customers.map((c) => c.id).join(','),
          },
        },
        spec: {
          description:
            `Verfügbarkeit von ${service.name} ${describeCalendar(catalog, availability.calendar)}, ohne geplante Wartung, nach dem SLA '${sla.id}' für: ${whose}.`.slice(
              0,
              1050,
            ),
          service: rfc1123(service.id),
          indicator: {
            metadata: {
              name: rfc1123(service.id, 'availability'),
              displayName: `${service.name}: Anteil guter Zeit`,
            },
            spec: {
              description: 'Minuten verfügbar oder eingeschränkt ÷ Minuten mit Messdaten in der Servicezeit',
              ratioMetric: {
                counter: false,
                good: {
                  metricSource: {
                    type: 'Leitstand',
                    spec: { service: service.id, states: ['up', 'degraded'] },
                  },
                },
                total: {
                  metricSource: {
                    type: 'Leitstand',
                    spec: { service: service.id, states: ['up', 'degraded', 'down'] },
                  },
                },
              },
            },
          },
          timeWindow: [
            {
              duration: '1M',
              isRolling: false,
              calendar: { startTime: `${year}-01-01 00:00:00`, timeZone: catalog.timezone },
            },
          ],
          budgetingMethod: 'RatioTimeslices',
          objectives: [
            {
              displayName: `Verfügbarkeit ≥ ${availability.target.toLocaleString('de-DE')} %`,
              // A fraction, rounded off binary noise: 99.5 → 0.995.
              target: Number((availability.target / 100).toPrecision(12)),
              timeSliceWindow: '1m',
            },
          ],
        },
      }
    }),
  ]
}

/** The documents as one YAML stream, each checked against the OpenSLO v1 schema first. */
export function openSloYaml(documents: Array<OpenSloService | OpenSlo>): string {
  for (const document of documents) {
    const schema = document.kind === 'SLO' ? openSloSchema : openSloServiceSchema
    schema.parse(document)
  }
  return documents.map((document) => stringify(document, { lineWidth: 0 })).join('---\n')
}

export interface ImportedSla {
  /** The document's name and where it stands in the file. */
  document: string
  sla: CatalogInput['slas'] extends Array<infer S> | undefined ? S : never
}

export interface RefusedDocument {
  document: string
  reason: string
}

export interface OpenSloImport {
  slas: ImportedSla[]
  /** A 24x7 calendar to add when an SLO names none and the catalog has none. */
  calendars: Array<{ id: string; hours: '24x7' }>
  refused: RefusedDocument[]
}

const ROUND_THE_CLOCK = 'rund-um-die-uhr'

function problemsOf(error: { issues: Array<{ path: PropertyKey[]; message: string }> }): string {
  return error.issues
    .map((issue) => `${issue.path.map(String).join('.') || '(document)'}: ${issue.message}`)
    .join('; ')
}

/** Reads OpenSLO v1 documents and proposes the catalog SLAs they define. */
export function importOpenSlo(text: string, catalog: Catalog): OpenSloImport {
  const result: OpenSloImport = { slas: [], calendars: [], refused: [] }
  const documents = parseAllDocuments(text)
  const slis = new Map<string, OpenSloSli>()
  const slos: Array<{ label: string; raw: unknown }> = []
  documents.forEach((document, index) => {
    const label = `document ${index + 1}`
    if (document.errors.length > 0) {
      result.refused.push({
        document: label,
        reason: `not YAML: ${document.errors[0]?.message.split('\n')[0]}`,
      })
      return
    }
    const raw = document.toJS() as { kind?: unknown; metadata?: { name?: unknown } } | null
    if (raw === null) return
    const named = typeof raw.metadata?.name === 'string' ? `${label} (${raw.metadata.name})` : label
    if (raw.kind === 'SLI') {
      const sli = openSloSliSchema.safeParse(raw)
      if (sli.success) slis.set(sli.data.metadata.name, sli.data)
      else result.refused.push({ document: named, reason: `not an OpenSLO v1 SLI: ${problemsOf(sli.error)}` })
    } else if (raw.kind === 'SLO') slos.push({ label: named, raw })
    else if (raw.kind !== 'Service' && !OTHER_OPENSLO_KINDS.includes(raw.kind as never))
      result.refused.push({ document: named, reason: `unknown kind '${String(raw.kind)}'` })
  })

  const roundTheClock = catalog.calendars.find((calendar) => calendar.hours === '24x7')?.id
  for (const { label, raw } of slos) {
    const parsed = openSloSchema.safeParse(raw)
    if (!parsed.success) {
      result.refused.push({ document: label, reason: `not an OpenSLO v1 SLO: ${problemsOf(parsed.error)}` })
      continue
    }
    const mapped = slaOf(parsed.data, slis, catalog, roundTheClock ?? ROUND_THE_CLOCK)
    if (typeof mapped === 'string') {
      result.refused.push({ document: label, reason: mapped })
      continue
    }
    addSla(result.slas, label, mapped)
    if (!roundTheClock && mapped.availability?.calendar === ROUND_THE_CLOCK && result.calendars.length === 0)
      result.calendars.push({ id: ROUND_THE_CLOCK, hours: '24x7' })
  }
  return result
}

/**
 * The export writes one SLO per service and SLA: documents of one SLA with the
 * same ministries and terms become one SLA again, with all their services. An
 * SLA id used with other terms gets the service appended.
 */
function addSla(slas: ImportedSla[], document: string, sla: ImportedSla['sla']): void {
  const terms = (s: ImportedSla['sla']) => JSON.stringify([s.customers, s.availability])
  const same = slas.find((existing) => existing.sla.id === sla.id && terms(existing.sla) === terms(sla))
  if (same && Array.isArray(same.sla.services) && Array.isArray(sla.services)) {
    same.sla.services.push(...sla.services)
    same.document += `, ${document}`
    return
  }
  const taken = slas.some((existing) => existing.sla.id === sla.id)
  slas.push({ document, sla: taken ? { ...sla, id: `${sla.id}-${String(sla.services[0])}` } : sla })
}

/** One SLO as a catalog SLA, or why it cannot be one. */
function slaOf(
  slo: OpenSlo,
  slis: Map<string, OpenSloSli>,
  catalog: Catalog,
  defaultCalendar: string,
): ImportedSla['sla'] | string {
  const { spec, metadata } = slo
  if (spec.objectives.length !== 1 || spec.objectives.some((o) => o.indicator || o.indicatorRef))
    return `${spec.objectives.length} objectives: Leitstand's SLA has one availability target per service (no composite SLOs)`
  const indicator = spec.indicator ?? slis.get(spec.indicatorRef ?? '')
  if (!indicator) return `indicatorRef '${spec.indicatorRef}' names no SLI in this file`
  if (!indicator.spec.ratioMetric)
    return 'a threshold SLI cannot be represented: Leitstand measures availability as the share of good time'
  if (spec.budgetingMethod === 'Occurrences')
    return 'an occurrences-based SLO counts events; Leitstand measures availability as the share of good time (Timeslices or RatioTimeslices)'
  const [window] = spec.timeWindow ?? []
  if (!window) return 'no time window: Leitstand agreements hold per calendar month (1M, calendar-aligned)'
  if (window.isRolling || !window.calendar)
    return `a rolling window of ${window.duration} has no calendar: Leitstand agreements hold per calendar month (1M, calendar-aligned)`
  if (window.duration !== '1M')
    return `a calendar window of ${window.duration}: Leitstand agreements hold per calendar month (1M)`
  const service = catalog.services.find((s) => s.id === spec.service || rfc1123(s.id) === spec.service)
  if (!service) return `service '${spec.service}' is not in the catalog`
  const [objective] = spec.objectives
  const target = objective?.target !== undefined ? objective.target * 100 : (objective?.targetPercent ?? 0)
  if (!(target > 0)) return 'a target of 0 is no objective'

  const annotations = metadata.annotations ?? {}
  const calendar = annotations[ANNOTATION.calendar] ?? defaultCalendar
  if (annotations[ANNOTATION.calendar] && !catalog.calendars.some((c) => c.id === calendar))
    return `calendar '${calendar}' (annotation ${ANNOTATION.calendar}) is not in the catalog`
  const customerIds = (annotations[ANNOTATION.customers] ?? '').split(',').filter(Boolean)
  const unknown = customerIds.filter((id) => !catalog.customers.some((c) => c.id === id))
  if (unknown.length > 0) return `unknown ministries in ${ANNOTATION.customers}: ${unknown.join(', ')}`
  const id = annotations[ANNOTATION.sla] ?? metadata.name
  return {
    id,
    customers: customerIds.length > 0 ? customerIds : '*',
    services: [service.id],
    availability: { target: Number(target.toPrecision(12)), calendar },
  }
}

/** The proposal as a catalog fragment (YAML) to review and merge into the catalog file. */
export function importedCatalogYaml(imported: OpenSloImport): string {
  const fragment: { calendars?: OpenSloImport['calendars']; slas: Array<ImportedSla['sla']> } = {
    slas: imported.slas.map((entry) => entry.sla),
  }
  if (imported.calendars.length > 0) fragment.calendars = imported.calendars
  return stringify(fragment, { lineWidth: 0 })
}
