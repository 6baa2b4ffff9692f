import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseAllDocuments, parse as parseYaml } from 'yaml'
import { demoCatalog } from '../../ingest/demo/catalog'
import { slaTermsAt, subscribesWithin } from '../../shared/agreements'
import { type Catalog, type CatalogInput, slaFor, validateCatalog } from '../../shared/catalog'
import { openSloSchema, openSloServiceSchema } from '../../shared/openslo'
import { exportOpenSlo, importedCatalogYaml, importOpenSlo, openSloYaml } from './openslo'

function catalogOf(input: CatalogInput): Catalog {
  const result = validateCatalog(input)
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.catalog
}

const small = catalogOf({
  calendars: [
    { id: 'office', holidays: 'DE-MV', hours: { mon: '08:00-16:00', fri: '08:00-14:00' } },
    { id: 'always', hours: '24x7' },
  ],
  customers: [
    { id: 'im', name: 'Innenministerium', services: ['email'] },
    { id: 'fm', name: 'Finanzministerium', services: ['email', 'eakte'] },
    { id: 'sm', name: 'Sozialministerium', services: [] },
  ],
  services: [
    { id: 'email', name: 'E-Mail' },
    { id: 'eakte', name: 'E-Akte' },
  ],
  slas: [
    { id: 'standard', customers: '*', services: '*', availability: { target: 99.5, calendar: 'always' } },
    {
      id: 'fm_akte',
      customers: ['fm'],
      services: ['eakte'],
      availability: { target: 99.9, calendar: 'office' },
    },
  ],
})

describe('slo export', () => {
  it('writes a Service per service and an SLO per service and SLA, for the ministries it applies to', () => {
    const documents = exportOpenSlo(small)
    expect(documents.map((d) => `${d.kind}:${d.metadata.name}`)).toEqual([
      'Service:email',
      'Service:eakte',
      'SLO:email-standard',
      'SLO:eakte-fm-akte',
    ])
    const [, , email, eakte] = documents
    expect(email).toMatchObject({
      apiVersion: 'openslo/v1',
      metadata: {
        annotations: {
          'leitstand.de/sla': 'standard',
          'leitstand.de/calendar': 'always',
          'leitstand.de/customers': 'im,fm',
        },
      },
      spec: {
        service: 'email',
        budgetingMethod: 'RatioTimeslices',
        objectives: [{ target: 0.995, timeSliceWindow: '1m' }],
        timeWindow: [{ duration: '1M', isRolling: false, calendar: { timeZone: 'Europe/Berlin' } }],
      },
    })
    expect(email?.kind === 'SLO' && email.spec.description).toContain('Innenministerium, Finanzministerium')
    expect(eakte).toMatchObject({
      metadata: { annotations: { 'leitstand.de/customers': 'fm', 'leitstand.de/calendar': 'office' } },
      spec: { objectives: [{ target: 0.999 }] },
    })
    expect(eakte?.kind === 'SLO' && eakte.spec.description).toContain(
      "Kalenders 'office' (ohne Feiertage DE-MV)",
    )
  })

  it('exports only one ministry with a customer', () => {
    const names = exportOpenSlo(small, 'im').map((d) => d.metadata.name)
    expect(names).toEqual(['email', 'email-standard'])
  })

  it('writes the demo catalog as documents that pass the OpenSLO v1 schema', () => {
    const demo = catalogOf(demoCatalog([2026]))
    const yaml = openSloYaml(exportOpenSlo(demo))
    const documents = parseAllDocuments(yaml).map((d) => d.toJS())
    expect(documents.filter((d) => d.kind === 'SLO').length).toBeGreaterThan(5)
    for (const document of documents) {
      const schema = document.kind === 'SLO' ? openSloSchema : openSloServiceSchema
      expect(schema.safeParse(document).success, document.metadata.name).toBe(true)
    }
  })

  it('round-trips: export, import, the same target and calendar for every ministry and service', () => {
    const demo = catalogOf(demoCatalog([2026]))
    // The terms in force on 1 December 2026, after the demo's mid-year change.
    const at = Date.parse('2026-12-01T12:00:00+01:00')
    const imported = importOpenSlo(openSloYaml(exportOpenSlo(demo, undefined, at)), demo)
    expect(imported.refused).toEqual([])
    const fragment = parseYaml(importedCatalogYaml(imported)) as { slas: CatalogInput['slas'] }
    // A fresh input: the catalog's own input with the imported SLAs in place of its own.
    const back = catalogOf({ ...demoCatalog([2026]), slas: fragment.slas, goals: [] })
    let pairs = 0
    for (const customer of demo.customers) {
      for (const service of customer.services) {
        if (!subscribesWithin(demo, customer.id, service, at, at + 1)) continue
        const agreed = slaFor(demo, customer.id, service)
        const before = agreed && slaTermsAt(agreed, at, demo.timezone).sla.availability
        const after = slaFor(back, customer.id, service)?.availability
        expect(after, `${customer.id}/${service}`).toEqual(before)
        pairs++
      }
    }
    expect(pairs).toBeGreaterThan(20)
  })
})

describe('slo import', () => {
  const text = readFileSync(new URL('../../test/fixtures/openslo/hand-written.yaml', import.meta.url), 'utf8')
  const catalog = catalogOf({
    calendars: [{ id: 'office', hours: { mon: '08:00-16:00' } }],
    customers: [{ id: 'fm', name: 'Finanzministerium', services: ['email', 'eakte'] }],
    services: [
      { id: 'email', name: 'E-Mail' },
      { id: 'eakte', name: 'E-Akte' },
    ],
  })
  const imported = importOpenSlo(text, catalog)

  it('proposes the SLAs of the SLOs it can represent', () => {
    expect(imported.slas.map((entry) => entry.sla)).toEqual([
      {
        id: 'email-monthly',
        customers: '*',
        services: ['email'],
        availability: { target: 99.9, calendar: 'rund-um-die-uhr' },
      },
      {
        id: 'eakte-fm',
        customers: ['fm'],
        services: ['eakte'],
        availability: { target: 99.5, calendar: 'office' },
      },
    ])
    // The catalog has no 24x7 calendar: the proposal brings one.
    expect(imported.calendars).toEqual([{ id: 'rund-um-die-uhr', hours: '24x7' }])
    expect(parseYaml(importedCatalogYaml(imported)).calendars).toEqual([
      { id: 'rund-um-die-uhr', hours: '24x7' },
    ])
  })

  it('refuses each other document with its reason', () => {
    const reasons = Object.fromEntries(imported.refused.map((r) => [r.document, r.reason]))
    expect(Object.keys(reasons)).toEqual([
      'document 3 (email-requests)',
      'document 5 (email-rolling)',
      'document 6 (email-latency)',
      'document 7 (portal-monthly)',
      'document 8 (Not_A_Name)',
    ])
    expect(reasons['document 3 (email-requests)']).toMatch(/^an occurrences-based SLO counts events/)
    expect(reasons['document 5 (email-rolling)']).toMatch(/^a rolling window of 28d has no calendar/)
    expect(reasons['document 6 (email-latency)']).toMatch(/^a threshold SLI cannot be represented/)
    expect(reasons['document 7 (portal-monthly)']).toBe("service 'portal' is not in the catalog")
    expect(reasons['document 8 (Not_A_Name)']).toMatch(/^not an OpenSLO v1 SLO: metadata.name: lowercase/)
    expect(reasons['document 8 (Not_A_Name)']).toContain('spec.objectives.0.target')
  })
})
