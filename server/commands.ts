/**
 * The commands of `leitstand` (formats.md section 3) that work on the store:
 * catalog, ingest, quarantine, report, token, demo. They run in the CLI's own
 * process, or, when a running `leitstand serve` holds the data folder, inside
 * that server on behalf of the CLI (server/control.ts): same code, same
 * output, same exit codes.
 * Exit codes: 0 ok, 3 stored with some records quarantined, 1 failure, 2 usage.
 */
import { once } from 'node:events'
import { existsSync } from 'node:fs'
import { access, constants, readFile, stat, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { DateTime } from 'luxon'
import { MappingInvalidError, parseStep, readMappingFile } from '../ingest/connectors/mapping'
import { ConnectorError, readPrometheus } from '../ingest/connectors/prometheus'
import { directTarget, IngestError, type IngestProgress, ingestFile } from '../ingest/ingest'
import { loadDemo } from '../ingest/load-demo'
import { progressBar } from '../ingest/progress'
import { EVENT_KINDS, isEventKind } from '../shared/events'
import { EARLIEST_DATE, isSupportedInstant, LATEST_DATE, parseBoundary } from '../shared/time'
import { createApp, WEB_DIST } from './app'
import { endSession, hashOf, startSession } from './auth/session'
import {
  CatalogInvalidError,
  NoCatalogError,
  readCatalogFile,
  requireCatalog,
  saveCatalog,
} from './catalog/catalog'
import { ConfigurationError } from './configuration'
import { createToken, listTokens, parseKinds, revokeToken, TokenError } from './ingest/tokens'
import { listQuarantine } from './quarantine/quarantine'
import { reportCsv } from './report/csv'
import { PdfUnavailableError, renderReportPdf } from './report/pdf'
import { buildReport, formatReport, isReportLanguage, type ReportLanguage } from './report/report'
import { surveyComments } from './satisfaction/figures'
import { exportOpenSlo, importedCatalogYaml, importOpenSlo, openSloYaml } from './slo/openslo'
import { type Store, StoreQueryError, StoreUnavailableError } from './store'

export const USAGE = `usage: leitstand [--data DIR] COMMAND

  catalog FILE                      validate and load the catalog (YAML or JSON)
  ingest KIND FILE...               load events; KIND is ${EVENT_KINDS.join(', ')}
  quarantine [--kind KIND]          list quarantined records
  report --customer ID --from DATE --to DATE [--json | --csv FILE [--comments] | --pdf FILE]
         [--lang de|en]             the table, CSV and PDF in German (default) or English
  token create NAME --kinds KIND,…  a token for the HTTP ingest API (shown once)
  token list | token revoke NAME    the tokens with their kinds and last use; end one at once
  serve [--port N] [--demo]         API and dashboard (default port 3000, or PORT);
                                    --demo offers demo logins and loads demo data into an empty store
  demo                              generate and load the demo data set
  slo export [--customer ID] [--out FILE]
                                    the availability objectives as OpenSLO v1 documents
  connect prometheus --url URL --mapping FILE [--since 1h]
                                    read the checks Prometheus (blackbox exporter) has
                                    gathered since the last read
  slo import FILE [--write OUT]     the catalog SLAs that OpenSLO v1 SLOs define (printed,
                                    or written to OUT as a catalog fragment to review)

Storage: embedded chDB in --data DIR / LEITSTAND_DATA (default ./data), or a
ClickHouse server when CLICKHOUSE_URL is set. While \`leitstand serve\` holds
the data folder, the other commands run through it.
--debug (or LEITSTAND_DEBUG=1) prints the details of a failure.`

export class UsageError extends Error {}

/** A failure the user can act on, told in one line (exit code 1). */
export class CliError extends Error {}

const FILE_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file (a part of the path is not a folder)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder, not a file',
}

/** Checks that each path is a readable file before any work starts. */
async function requireReadableFiles(paths: string[]): Promise<void> {
  for (const path of paths) {
    try {
      if ((await stat(path)).isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' })
      await access(path, constants.R_OK)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? ''
      throw new CliError(`cannot read ${path}: ${FILE_PROBLEMS[code] ?? (error as Error).message}`)
    }
  }
}

/** Where a command writes, and whose working directory its file names are relative to. */
export interface CommandIo {
  out(text: string): void
  err(text: string): void
  /** Where the progress bar draws: the terminal, or nowhere. */
  progress: NodeJS.WriteStream
  cwd: string
}

/** Runs an action with the store: the CLI opens and closes one, the server lends its own. */
export type StoreAccess = <T>(action: (store: Store) => Promise<T>) => Promise<T>

export const COMMAND_OPTIONS = {
  data: { type: 'string' },
  kind: { type: 'string' },
  kinds: { type: 'string' },
  customer: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  json: { type: 'boolean' },
  port: { type: 'string' },
  demo: { type: 'boolean' },
  csv: { type: 'string' },
  out: { type: 'string' },
  write: { type: 'string' },
  pdf: { type: 'string' },
  comments: { type: 'boolean' },
  lang: { type: 'string' },
  url: { type: 'string' },
  mapping: { type: 'string' },
  since: { type: 'string' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const

export function parseCommand(argv: string[]) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: COMMAND_OPTIONS })
  } catch (error) {
    // node:util's messages are long and technical; the first sentence names the option.
    throw new UsageError((error as Error).message.split('. ')[0] ?? 'invalid arguments')
  }
}

/** A progress "terminal" that draws nothing (a command run on behalf of a CLI elsewhere). */
export const NO_TERMINAL = { isTTY: false, write: () => true } as unknown as NodeJS.WriteStream

/** Prints the report page of the built dashboard, served in-process for one signed-in service user. */
async function printReport(
  store: Store,
  customer: string,
  from: number,
  to: number,
  zone: string,
  language: ReportLanguage,
): Promise<Buffer> {
  if (!existsSync(`${WEB_DIST}index.html`))
    throw new UsageError('the dashboard is not built: run `npm run build` first')
  const day = (ms: number) => DateTime.fromMillis(ms, { zone })
  if (!day(from).equals(day(from).startOf('day')) || !day(to).equals(day(to).startOf('day'))) {
    throw new UsageError('--pdf needs --from and --to as dates (the report page covers whole days)')
  }
  const server = createApp({ store, demo: false }).listen(0, '127.0.0.1')
  await once(server, 'listening')
  const session = await startSession(store, {
    id: 'kommandozeile',
    name: 'Kommandozeile',
    role: 'leadership',
  })
  try {
    return await renderReportPdf({
      baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      session,
      customer,
      from: day(from).toISODate() as string,
      to: day(to).toISODate() as string,
      language,
    })
  } finally {
    server.close()
    await endSession(store, { idHash: hashOf(session) })
  }
}

/** Runs one command (not `serve`) and returns its exit code; a failure is one line on `io.err`. */
export async function runCommand(argv: string[], io: CommandIo, withStore: StoreAccess): Promise<number> {
  try {
    return await execute(argv, io, withStore)
  } catch (error) {
    return reportFailure(error, io, argv.includes('--debug') || process.env.LEITSTAND_DEBUG === '1')
  }
}

/** Every failure is one line; the stack only with --debug or LEITSTAND_DEBUG=1. */
export function reportFailure(error: unknown, io: Pick<CommandIo, 'err'>, debug: boolean): number {
  if (debug) io.err(`${(error as Error)?.stack ?? error}\n`)
  if (error instanceof UsageError) {
    io.err(`leitstand: ${error.message} (leitstand --help shows the usage)\n`)
    return 2
  }
  if (error instanceof CatalogInvalidError || error instanceof MappingInvalidError) {
    // The problem list is the point of this error: one line per problem.
    io.err(`leitstand: ${error.message}\n`)
    return 1
  }
  if (
    error instanceof CliError ||
    error instanceof ConfigurationError ||
    error instanceof NoCatalogError ||
    error instanceof StoreUnavailableError ||
    error instanceof StoreQueryError ||
    error instanceof IngestError ||
    error instanceof PdfUnavailableError ||
    error instanceof TokenError ||
    error instanceof ConnectorError
  ) {
    io.err(`leitstand: ${error.message.split('\n')[0]}\n`)
    return 1
  }
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
  io.err(`leitstand: unexpected error: ${message}${debug ? '' : ' (--debug shows the details)'}\n`)
  return 1
}

async function execute(argv: string[], io: CommandIo, withStore: StoreAccess): Promise<number> {
  const { values, positionals } = parseCommand(argv)
  const [command, ...args] = positionals
  const log = (line: string) => io.out(`${line}\n`)
  const path = (file: string) => resolve(io.cwd, file)
  if (values.help || !command) {
    io.out(`${USAGE}\n`)
    return values.help ? 0 : 2
  }
  switch (command) {
    case 'catalog': {
      const [file] = args
      if (!file) throw new UsageError('catalog needs a FILE')
      await requireReadableFiles([path(file)])
      const catalog = await readCatalogFile(path(file))
      const saved = await withStore((store) => saveCatalog(store, catalog, file))
      log(
        `catalog version ${saved.version} loaded: ${catalog.customers.length} customers, ${catalog.services.length} services, ${catalog.slas.length} SLAs, ${catalog.calendars.length} calendars, ${catalog.goals.length} goals; ${saved.recomputedAll ? `all ${saved.recomputedTickets} tickets` : `${saved.recomputedTickets} tickets whose terms changed`} recomputed`,
      )
      return 0
    }
    case 'ingest': {
      const [kind, ...files] = args
      if (!kind) throw new UsageError(`ingest needs a KIND: ${EVENT_KINDS.join(', ')}`)
      if (!isEventKind(kind))
        throw new UsageError(`unknown kind '${kind}': use one of ${EVENT_KINDS.join(', ')}`)
      if (files.length === 0) throw new UsageError('ingest needs at least one FILE')
      await requireReadableFiles(files.map(path))
      return withStore(async (store) => {
        const { catalog } = await requireCatalog(store)
        const bar = progressBar(io.progress)
        let quarantined = 0
        for (const file of files) {
          const summary = await ingestFile(store, catalog, kind, path(file), {
            onProgress: (progress: IngestProgress) => bar.update(progress),
            onDerive: (what) => {
              bar.done()
              if (io.progress.isTTY) io.progress.write(`${what}\n`)
            },
          })
          bar.done()
          log(`${file}: ${summary.read} read, ${summary.stored} stored, ${summary.quarantined} quarantined`)
          quarantined += summary.quarantined
        }
        if (quarantined > 0) log('see `leitstand quarantine` for the reasons')
        return quarantined === 0 ? 0 : 3
      })
    }
    case 'quarantine': {
      const kind = values.kind
      if (kind !== undefined && !isEventKind(kind))
        throw new UsageError(`--kind must be one of ${EVENT_KINDS.join(', ')}`)
      const records = await withStore((store) => listQuarantine(store, { kind }))
      if (records.length === 0) log('quarantine is empty')
      for (const record of records) {
        log(`${record.source}:${record.line} [${record.kind}] ${record.reason}\n    ${record.raw}`)
      }
      return 0
    }
    case 'report': {
      const { customer, from, to } = values
      if (!customer || !from || !to) throw new UsageError('report needs --customer ID --from DATE --to DATE')
      const language = values.lang ?? 'de'
      if (!isReportLanguage(language)) throw new UsageError(`--lang must be de or en, not '${values.lang}'`)
      return withStore(async (store) => {
        const { catalog } = await requireCatalog(store)
        if (!catalog.customers.some((c) => c.id === customer))
          throw new UsageError(`unknown customer '${customer}'`)
        const fromMs = parseBoundary(from, catalog.timezone)
        const toMs = parseBoundary(to, catalog.timezone)
        if (fromMs === undefined)
          throw new UsageError(`--from '${from}' is not a date (2026-03-01) or timestamp`)
        if (toMs === undefined) throw new UsageError(`--to '${to}' is not a date (2026-04-01) or timestamp`)
        if (toMs <= fromMs) throw new UsageError('--to must be after --from')
        if (!isSupportedInstant(fromMs) || !isSupportedInstant(toMs))
          throw new UsageError(`--from and --to must lie between ${EARLIEST_DATE} and ${LATEST_DATE}`)
        const report = await buildReport(store, catalog, customer, fromMs, toMs)
        if (values.csv) {
          const comments = values.comments
            ? await surveyComments(store, [customer], fromMs, toMs, 500)
            : undefined
          await writeFile(path(values.csv), reportCsv(report, catalog, comments, language))
          log(language === 'en' ? `CSV written: ${values.csv}` : `CSV geschrieben: ${values.csv}`)
        }
        if (values.pdf) {
          await writeFile(
            path(values.pdf),
            await printReport(store, customer, fromMs, toMs, catalog.timezone, language),
          )
          log(language === 'en' ? `PDF written: ${values.pdf}` : `PDF geschrieben: ${values.pdf}`)
        }
        if (!values.csv && !values.pdf) {
          log(values.json ? JSON.stringify(report, null, 2) : formatReport(report, catalog, language))
        }
        return 0
      })
    }
    case 'token': {
      const [action, name] = args
      if (action === 'list') {
        const tokens = await withStore(listTokens)
        if (tokens.length === 0) log('no ingest tokens yet: `leitstand token create NAME --kinds checks`')
        for (const token of tokens) {
          const state = token.revokedAt ? `revoked ${token.revokedAt}` : 'active'
          log(
            `${token.name}\t${token.kinds.join(',')}\tcreated ${token.createdAt}\tlast used ${token.lastUsedAt ?? 'never'}\t${state}`,
          )
        }
        return 0
      }
      if (action === 'create') {
        if (!name) throw new UsageError('token create needs a NAME')
        if (!values.kinds) throw new UsageError('token create needs --kinds, e.g. --kinds checks,maintenance')
        const kinds = parseKinds(values.kinds)
        const token = await withStore((store) => createToken(store, name, kinds))
        io.err(`ingest token '${name}' for ${kinds.join(', ')}; it is shown only this once:\n`)
        log(token)
        return 0
      }
      if (action === 'revoke') {
        if (!name) throw new UsageError('token revoke needs a NAME')
        await withStore((store) => revokeToken(store, name))
        log(`token '${name}' revoked`)
        return 0
      }
      throw new UsageError('token needs create NAME --kinds …, list or revoke NAME')
    }
    case 'demo': {
      return withStore(async (store) => {
        const bar = progressBar(io.progress)
        await loadDemo(store, {
          onProgress: (progress) => bar.update(progress),
          log: (line) => {
            bar.done()
            log(line)
          },
        })
        log('Demo-Daten geladen.')
        return 0
      })
    }
    case 'slo': {
      const [action, file] = args
      if (action === 'export') {
        const customer = values.customer
        const yaml = await withStore(async (store) => {
          const { catalog } = await requireCatalog(store)
          if (customer !== undefined && !catalog.customers.some((c) => c.id === customer))
            throw new UsageError(`unknown customer '${customer}'`)
          return openSloYaml(exportOpenSlo(catalog, customer))
        })
        if (values.out) {
          await writeFile(path(values.out), yaml)
          log(`OpenSLO written: ${values.out}`)
        } else io.out(yaml)
        return 0
      }
      if (action === 'import') {
        if (!file) throw new UsageError('slo import needs a FILE')
        await requireReadableFiles([path(file)])
        const text = await readFile(path(file), 'utf8')
        const imported = await withStore(async (store) =>
          importOpenSlo(text, (await requireCatalog(store)).catalog),
        )
        for (const refused of imported.refused)
          io.err(`leitstand: ${refused.document} refused: ${refused.reason}\n`)
        const fragment = importedCatalogYaml(imported)
        if (values.write) {
          await writeFile(path(values.write), fragment)
          log(
            `${imported.slas.length} SLAs written to ${values.write}: review them and merge them into the catalog file`,
          )
        } else io.out(fragment)
        return imported.refused.length === 0 ? 0 : 3
      }
      throw new UsageError('slo needs export or import')
    }
    case 'connect': {
      const [system] = args
      if (system !== 'prometheus')
        throw new UsageError('connect needs a system: prometheus (Icinga and Zammad run inside `serve`)')
      if (!values.url || !values.mapping)
        throw new UsageError('connect prometheus needs --url URL --mapping FILE')
      const since = parseStep(values.since ?? '1h')
      if (since === undefined)
        throw new UsageError(`--since '${values.since}' is not a duration like 15m, 1h or 24h`)
      await requireReadableFiles([path(values.mapping)])
      return withStore(async (store) => {
        const { catalog } = await requireCatalog(store)
        const mapping = await readMappingFile(path(values.mapping as string), catalog)
        if (!mapping.prometheus) throw new CliError(`${values.mapping} has no prometheus section`)
        const run = await readPrometheus(directTarget(store, catalog), {
          url: values.url as string,
          mapping: mapping.prometheus,
          since: Date.now() - since,
        })
        if (!run) {
          log('nothing new to read yet')
          return 0
        }
        const { summary } = run
        log(
          `${new Date(run.from).toISOString()} to ${new Date(run.to).toISOString()}: ${summary.read} read, ${summary.stored} stored, ${summary.quarantined} quarantined`,
        )
        return summary.quarantined === 0 ? 0 : 3
      })
    }
    default:
      throw new UsageError(`unknown command '${command}'`)
  }
}
