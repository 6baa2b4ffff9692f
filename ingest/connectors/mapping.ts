/**
 * The connectors' mapping file (YAML): which monitoring target is which
 * catalog service, which ticket-system organisation is which ministry, which
 * of its states and priorities mean what. Validated like the catalog: every
 * problem listed with its path, references checked against the catalog. A
 * record the mapping does not cover is quarantined with the reason; a
 * connector never guesses.
 */
import { readFile } from 'node:fs/promises'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import { type Catalog, type CatalogProblem, formatPath, PRIORITIES } from '../../shared/catalog'
import { TICKET_STATUSES } from '../../shared/ticket-clock'

const slug = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'must be a catalog id (lowercase slug)')

/** `15s`, `1m`, `5m`, `1h` → milliseconds. */
export function parseStep(text: string): number | undefined {
  const match = /^(\d+)(s|m|h)$/.exec(text.trim())
  if (!match) return undefined
  const value = Number(match[1])
  const unit = { s: 1000, m: 60_000, h: 3_600_000 }[match[2] as 's' | 'm' | 'h']
  return value > 0 ? value * unit : undefined
}

const step = z.string().transform((text, ctx) => {
  const ms = parseStep(text)
  if (ms === undefined) {
    ctx.addIssue({ code: 'custom', message: `'${text}' is not a duration like 15s, 1m or 1h` })
    return z.NEVER
  }
  return ms
})

const prometheusSchema = z.strictObject({
  /** The label naming where a probe ran (e.g. `location`); without it every series is probe `default`. */
  probe_label: z.string().min(1).optional(),
  /** A successful probe slower than this counts as degraded. */
  degraded_above_ms: z.number().positive().optional(),
  /** The resolution of `query_range`: one check per step and series. */
  step: step.default(60_000),
  targets: z
    .array(
      z.strictObject({
        /** Label equality matchers; every one must hold. */
        match: z
          .record(z.string().min(1), z.string())
          .refine((m) => Object.keys(m).length > 0, 'name at least one label'),
        service: slug,
      }),
    )
    .min(1),
})

const ticketStatus = z.enum(TICKET_STATUSES)

const zammadSchema = z.strictObject({
  /** Zammad organisation name → ministry id. */
  organizations: z.record(z.string().min(1), slug),
  /** Zammad group name → service id. */
  groups: z.record(z.string().min(1), slug),
  /** Zammad state name → Leitstand status. */
  states: z.record(z.string().min(1), ticketStatus),
  /** Zammad priority name → P1…P4. */
  priorities: z.record(z.string().min(1), z.enum(PRIORITIES)),
  /** The prefix of Leitstand's ticket ids: `ZM-` + the Zammad ticket number. */
  ticket_prefix: z.string().max(20).default('ZM-'),
})

const icingaSchema = z.strictObject({
  /** Icinga host and service → catalog service; checks of others are quarantined. */
  services: z
    .array(
      z.strictObject({ host: z.string().min(1), service: z.string().min(1).optional(), leitstand: slug }),
    )
    .min(1),
})

export const mappingSchema = z.strictObject({
  prometheus: prometheusSchema.optional(),
  icinga: icingaSchema.optional(),
  zammad: zammadSchema.optional(),
})

export type ConnectorMapping = z.output<typeof mappingSchema>
export type PrometheusMapping = NonNullable<ConnectorMapping['prometheus']>
export type ZammadMapping = NonNullable<ConnectorMapping['zammad']>
export type IcingaMapping = NonNullable<ConnectorMapping['icinga']>

export class MappingInvalidError extends Error {
  override name = 'MappingInvalidError'
  constructor(
    readonly file: string,
    readonly problems: CatalogProblem[],
  ) {
    super(`mapping ${file} is invalid:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`)
  }
}

/** Validates a parsed mapping file against its schema and the catalog. */
export function validateMapping(
  input: unknown,
  catalog: Catalog,
): { ok: true; mapping: ConnectorMapping } | { ok: false; problems: CatalogProblem[] } {
  const parsed = mappingSchema.safeParse(input ?? {})
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path) || '(file)',
        message: issue.message,
      })),
    }
  }
  const problems: CatalogProblem[] = []
  const services = new Set(catalog.services.map((s) => s.id))
  const customers = new Set(catalog.customers.map((c) => c.id))
  parsed.data.prometheus?.targets.forEach((target, i) => {
    if (!services.has(target.service))
      problems.push({
        path: `prometheus.targets[${i}].service`,
        message: `unknown service '${target.service}'`,
      })
  })
  parsed.data.icinga?.services.forEach((entry, i) => {
    if (!services.has(entry.leitstand))
      problems.push({
        path: `icinga.services[${i}].leitstand`,
        message: `unknown service '${entry.leitstand}'`,
      })
  })
  const zammad = parsed.data.zammad
  if (zammad) {
    for (const [name, id] of Object.entries(zammad.organizations))
      if (!customers.has(id))
        problems.push({ path: `zammad.organizations.${name}`, message: `unknown ministry '${id}'` })
    for (const [name, id] of Object.entries(zammad.groups))
      if (!services.has(id))
        problems.push({ path: `zammad.groups.${name}`, message: `unknown service '${id}'` })
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, mapping: parsed.data }
}

export async function readMappingFile(path: string, catalog: Catalog): Promise<ConnectorMapping> {
  let input: unknown
  try {
    input = parseYaml(await readFile(path, 'utf8'))
  } catch (error) {
    throw new MappingInvalidError(path, [
      { path: '(file)', message: (error as Error).message.split('\n')[0] ?? '' },
    ])
  }
  const result = validateMapping(input, catalog)
  if (!result.ok) throw new MappingInvalidError(path, result.problems)
  return result.mapping
}
