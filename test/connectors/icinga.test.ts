/**
 * The Icinga 2 connector against Debian's icinga2, started by this test in a
 * folder of its own with a local API user, a host and services whose check
 * results the test submits (passive checks through the API), and a downtime.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { followIcinga } from '../../ingest/connectors/icinga'
import { validateMapping } from '../../ingest/connectors/mapping'
import { directTarget, type IngestSummary } from '../../ingest/ingest'
import { sql } from '../../server/store/sql'
import type { Catalog } from '../../shared/catalog'
import { openTestStore, type TestStore, testCatalog, withCatalog } from '../support/fixtures'

const ICINGA2 = '/usr/sbin/icinga2'
const available = existsSync(ICINGA2) && existsSync('/usr/bin/openssl')

let t: TestStore
let catalog: Catalog
let daemon: ChildProcess | undefined
let url = ''
let ca = ''
const user = 'leitstand'
const password = 'geheim-fuer-den-test'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise((resolve) => probe.close(resolve))
  return port
}

/** Calls the API as the test's operator (not through the connector). */
async function api(path: string, body: object): Promise<void> {
  const { request } = await import('node:https')
  await new Promise<void>((resolve, reject) => {
    const req = request(
      new URL(path, url),
      { method: 'POST', ca, auth: `${user}:${password}`, headers: { accept: 'application/json' } },
      (res) => {
        res.resume()
        res.statusCode === 200 ? resolve() : reject(new Error(`${path}: ${res.statusCode}`))
      },
    )
    req.on('error', reject)
    req.end(JSON.stringify(body))
  })
}

const result = (service: string, exitStatus: number, time: string) =>
  api('/v1/actions/process-check-result', {
    type: 'Service',
    filter: `host.name=="mail" && service.name=="${service}"`,
    exit_status: exitStatus,
    plugin_output: `state ${exitStatus}`,
    performance_data: [`time=${time}`],
  })

beforeAll(async () => {
  if (!available) return
  t = await openTestStore()
  catalog = await withCatalog(
    t.store,
    testCatalog({
      services: [
        { id: 'email', name: 'E-Mail', check_interval: 60 },
        { id: 'eakte', name: 'E-Akte', check_interval: 60 },
      ],
    }),
  )
  const root = join(t.dir, 'icinga')
  const dirs = Object.fromEntries(
    ['etc', 'data', 'log', 'cache', 'spool', 'run'].map((d) => [d, join(root, d)]),
  )
  for (const dir of Object.values(dirs)) await mkdir(dir, { recursive: true })
  const certs = join(dirs.data as string, 'certs')
  await mkdir(certs, { recursive: true })
  // A CA of the test's own and the node's certificate, for 127.0.0.1, where Icinga looks for them.
  const openssl = (command: string) =>
    execFileSync('openssl', command.split(' '), { cwd: certs, stdio: 'ignore' })
  await writeFile(join(certs, 'san.cnf'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\n')
  openssl('req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.crt -subj /CN=Leitstand-Test-CA -days 2')
  openssl('req -newkey rsa:2048 -nodes -keyout leitstand-test.key -out node.csr -subj /CN=leitstand-test')
  openssl(
    'x509 -req -in node.csr -CA ca.crt -CAkey ca.key -CAcreateserial -out leitstand-test.crt -days 2 -extfile san.cnf',
  )
  ca = readFileSync(join(certs, 'ca.crt'), 'utf8')
  const port = await freePort()
  await writeFile(
    join(dirs.etc as string, 'icinga2.conf'),
    `const NodeName = "leitstand-test"
const ZoneName = "leitstand-test"
include <itl>
object Endpoint NodeName {}
object Zone ZoneName { endpoints = [ NodeName ] }
object ApiListener "api" { bind_host = "127.0.0.1"; bind_port = ${port} }
object ApiUser "${user}" { password = "${password}"; permissions = [ "objects/query/*", "events/*", "actions/*" ] }
object Host "mail" { check_command = "dummy"; enable_active_checks = false }
object Service "http" { host_name = "mail"; check_command = "dummy"; enable_active_checks = false }
object Service "smtp" { host_name = "mail"; check_command = "dummy"; enable_active_checks = false }
`,
  )
  const defines = [
    `-DConfigDir=${dirs.etc}`,
    `-DDataDir=${dirs.data}`,
    `-DLogDir=${dirs.log}`,
    `-DCacheDir=${dirs.cache}`,
    `-DSpoolDir=${dirs.spool}`,
    `-DInitRunDir=${dirs.run}`,
    '-DRunAsUser=root',
    '-DRunAsGroup=root',
  ]
  daemon = spawn(ICINGA2, ['daemon', '-c', join(dirs.etc as string, 'icinga2.conf'), ...defines], {
    stdio: 'ignore',
  })
  url = `https://127.0.0.1:${port}`
  const deadline = Date.now() + 30_000
  for (;;) {
    try {
      await api('/v1/actions/process-check-result', {
        type: 'Service',
        filter: 'host.name=="mail" && service.name=="http"',
        exit_status: 0,
        plugin_output: 'warming up',
      })
      break
    } catch (error) {
      if (Date.now() > deadline) throw error
      await sleep(300)
    }
  }
}, 60_000)

afterAll(async () => {
  if (daemon && daemon.exitCode === null) {
    const exited = new Promise((resolve) => daemon?.once('exit', resolve))
    daemon.kill()
    await exited
  }
  await t?.close()
})

describe.skipIf(!available)('Icinga 2 connector', () => {
  it('follows check results and downtimes, mapping OK, WARNING and CRITICAL', async () => {
    const mapped = validateMapping(
      { icinga: { services: [{ host: 'mail', service: 'http', leitstand: 'email' }] } },
      catalog,
    )
    if (!mapped.ok || !mapped.mapping.icinga) throw new Error(JSON.stringify(mapped))
    const controller = new AbortController()
    const runs: IngestSummary[] = []
    const following = followIcinga(directTarget(t.store, catalog), {
      url,
      user,
      password,
      ca,
      mapping: mapped.mapping.icinga,
      signal: controller.signal,
      flushMs: 300,
      onRun: (summary) => runs.push(summary),
    })
    // The last result before connecting ('warming up', OK) is read from the objects once the
    // connector follows the event stream: from then on no result is missed.
    const storedChecks = async () =>
      Number(
        (
          await t.store.query<{ n: number }>(
            sql`SELECT count() AS n FROM checks FINAL WHERE service = 'email'`,
          )
        )[0]?.n ?? 0,
      )
    const connected = Date.now() + 20_000
    while ((await storedChecks()) < 1 && Date.now() < connected) await sleep(100)
    await result('http', 2, '0.5s')
    await result('http', 1, '2.5s')
    await result('http', 3, '0s')
    await result('smtp', 0, '0.1s')
    const now = Math.floor(Date.now() / 1000)
    await api('/v1/actions/schedule-downtime', {
      type: 'Service',
      filter: 'host.name=="mail" && service.name=="http"',
      start_time: now + 3600,
      end_time: now + 7200,
      author: 'test',
      comment: 'Patch-Wartung',
      fixed: true,
    })
    // Wait until the stream brought the three results and the downtime (Icinga is quick; the machine may not be).
    const stored = async () => {
      const [row] = await t.store.query<{ checks: number; windows: number }>(sql`
        SELECT (SELECT count() FROM checks FINAL WHERE service = 'email') AS checks,
               (SELECT count() FROM maintenance FINAL WHERE service = 'email') AS windows`)
      return (row?.checks ?? 0) >= 3 && (row?.windows ?? 0) >= 1
    }
    const deadline = Date.now() + 20_000
    while (!(await stored()) && Date.now() < deadline) await sleep(250)
    await sleep(500)
    controller.abort()
    await following

    const checks = await t.store.query<{ status: string; latency_ms: number | null; probe: string }>(
      sql`SELECT status, latency_ms, probe FROM checks FINAL WHERE service = 'email' ORDER BY at`,
    )
    // OK (before connecting), CRITICAL, WARNING; UNKNOWN is no check.
    expect(checks.map((c) => c.status)).toEqual(['up', 'down', 'degraded'])
    expect(checks.slice(1).map((c) => c.latency_ms)).toEqual([500, 2500])
    expect(new Set(checks.map((c) => c.probe))).toEqual(new Set(['leitstand-test']))
    const windows = await t.store.query<{ title: string; minutes: number }>(
      sql`SELECT title, dateDiff('minute', \`from\`, \`to\`) AS minutes FROM maintenance FINAL WHERE service = 'email'`,
    )
    expect(windows).toEqual([{ title: 'Patch-Wartung', minutes: 60 }])
    // The unmapped service's result is quarantined once, with the reason.
    const quarantined = runs.reduce((n, run) => n + run.quarantined, 0)
    expect(quarantined).toBe(1)
    expect(runs.flatMap((run) => run.problems.map((p) => p.reason))).toEqual([
      "Icinga object 'mail!smtp' is not mapped to a service (icinga.services)",
    ])
  })

  it('says when the API refuses the credentials', async () => {
    const mapped = validateMapping(
      { icinga: { services: [{ host: 'mail', service: 'http', leitstand: 'email' }] } },
      catalog,
    )
    if (!mapped.ok || !mapped.mapping.icinga) throw new Error('mapping')
    await expect(
      followIcinga(directTarget(t.store, catalog), {
        url,
        user,
        password: 'falsch',
        ca,
        mapping: mapped.mapping.icinga,
        signal: new AbortController().signal,
      }),
    ).rejects.toThrow(`Icinga at ${url} answered 401`)
    const [state] = await t.store.query<{ last_error: string }>(
      sql`SELECT last_error FROM connector_state FINAL WHERE connector = 'icinga'`,
    )
    expect(state?.last_error).toContain('answered 401')
  })
})
