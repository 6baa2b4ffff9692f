/**
 * The `leitstand` command line (formats.md section 3). `serve` runs here; the
 * other commands (server/commands.ts) run in this process, or, when a
 * `leitstand serve` holds the embedded store's data folder, inside that
 * server through its command socket (server/control.ts).
 */
import type { AddressInfo } from 'node:net'
import { loadDemo } from '../ingest/load-demo'
import { progressBar } from '../ingest/progress'
import { currentCatalog } from './catalog/catalog'
import { parseCommand, reportFailure, runCommand, type StoreAccess, UsageError } from './commands'
import { runThroughServer } from './control'
import { serve } from './main'
import { openStore, type StoreConfig, storeConfigFromEnv } from './store'
import { migrate } from './store/migrate'

function ownStore(config: StoreConfig): StoreAccess {
  return async (action) => {
    const store = await openStore(config)
    try {
      await migrate(store)
      return await action(store)
    } finally {
      await store.close()
    }
  }
}

async function serveCommand(values: ReturnType<typeof parseCommand>['values']): Promise<number> {
  const port = Number(values.port ?? process.env.PORT ?? 3000)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`invalid port '${values.port}'`)
  const demo = values.demo ?? process.env.LEITSTAND_DEMO === '1'
  const { server, store } = await serve({
    port,
    dataDir: values.data,
    demo,
    prepare: async (store) => {
      if (!demo || (await currentCatalog(store))) return
      console.log('Der Speicher ist leer: Demo-Daten werden geladen …')
      const bar = progressBar(process.stderr)
      await loadDemo(store, {
        onProgress: (progress) => bar.update(progress),
        log: (line) => {
          bar.done()
          console.log(line)
        },
      })
    },
  })
  const listening = (server.address() as AddressInfo).port
  console.log(
    `Leitstand läuft auf http://localhost:${listening} (Speicher: ${store.kind}, ${store.location})`,
  )
  return new Promise<number>(() => undefined)
}

const TERMINAL = {
  out: (text: string) => process.stdout.write(text),
  err: (text: string) => process.stderr.write(text),
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(argv)
  if (positionals[0] === 'serve') return serveCommand(values)
  const config = storeConfigFromEnv(process.env, values.data)
  // The embedded store is locked by a running server: ask it instead. (A ClickHouse server is shared.)
  if (!config.url && positionals[0] && !values.help) {
    const exit = await runThroughServer(config.dataDir ?? './data', argv, process.cwd())
    if (exit !== undefined) return exit
  }
  return runCommand(argv, { ...TERMINAL, progress: process.stderr, cwd: process.cwd() }, ownStore(config))
}

const debug = process.argv.includes('--debug') || process.env.LEITSTAND_DEBUG === '1'

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.exitCode = reportFailure(error, TERMINAL, debug)
  },
)
