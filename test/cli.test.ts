/**
 * The `leitstand` command as users run it: separate processes on a real chDB
 * folder, exit codes, the worked examples, and an ingest killed halfway.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { readFileSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse, parseAllDocuments } from 'yaml'

const BIN = fileURLToPath(new URL('../server/bin/leitstand.mjs', import.meta.url))
const EXAMPLES = fileURLToPath(new URL('./fixtures/worked-examples/', import.meta.url))

let dir: string

function leitstand(
  args: string[],
  env: Record<string, string> = {},
): ChildProcess & { output: Promise<{ code: number; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, [BIN, '--data', join(dir, 'data'), ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (chunk) => {
    stdout += chunk
  })
  child.stderr?.on('data', (chunk) => {
    stderr += chunk
  })
  const output = once(child, 'close').then(([code]) => ({ code: code as number, stdout, stderr }))
  return Object.assign(child, { output })
}

const run = (...args: string[]) => leitstand(args).output

async function spawnOutput(args: string[]) {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (chunk) => {
    stdout += chunk
  })
  child.stderr?.on('data', (chunk) => {
    stderr += chunk
  })
  const [code] = await once(child, 'close')
  return { code: code as number, stdout, stderr }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'leitstand-cli-'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

describe('leitstand CLI', () => {
  it('refuses to ingest before a catalog is loaded (exit 1) and lists every catalog problem', async () => {
    const early = await run('ingest', 'tickets', join(EXAMPLES, 'tickets.ndjson'))
    expect(early.code).toBe(1)
    expect(early.stderr).toContain('no catalog loaded yet')

    const bad = join(dir, 'bad.yaml')
    writeFileSync(
      bad,
      'customers: [{id: IM, name: x}]\nservices: []\nslas: [{id: s, customers: "*", services: "*", response: {calendar: nope, P1: 1d, P2: 1h, P3: 1h, P4: 1h}}]\n',
    )
    const invalid = await run('catalog', bad)
    expect(invalid.code).toBe(1)
    expect(invalid.stderr).toContain('customers[0].id: must be a lowercase slug')
    expect(invalid.stderr).toContain('slas[0].response.P1:')
  })

  it('loads the worked examples and reports the figures of expected.json', async () => {
    expect((await run('catalog', join(EXAMPLES, 'catalog.yaml'))).code).toBe(0)
    const tickets = await run('ingest', 'tickets', join(EXAMPLES, 'tickets.ndjson'))
    expect(tickets).toMatchObject({ code: 0 })
    expect(tickets.stdout).toContain('15 read, 15 stored, 0 quarantined')
    expect((await run('ingest', 'checks', join(EXAMPLES, 'checks.ndjson'))).code).toBe(0)

    const expected = JSON.parse(readFileSync(join(EXAMPLES, 'expected.json'), 'utf8')) as Array<{
      args: string[]
      report: {
        tickets: unknown
        availability: { overall: number | null; services: Array<Record<string, unknown>> }
        satisfaction: unknown
      }
    }>
    for (const example of expected) {
      const { code, stdout } = await run('report', ...example.args, '--json')
      expect(code).toBe(0)
      const report = JSON.parse(stdout)
      expect(report.tickets).toEqual(example.report.tickets)
      expect(report.satisfaction).toEqual(example.report.satisfaction)
      // Availability to 0.01, as the examples' README asks.
      const overall = example.report.availability.overall
      if (overall === null) expect(report.availability.overall).toBeNull()
      else expect(report.availability.overall).toBeCloseTo(overall, 2)
      expect(report.availability.services).toHaveLength(example.report.availability.services.length)
      example.report.availability.services.forEach((service, index) => {
        for (const [key, value] of Object.entries(service)) {
          const actual = report.availability.services[index][key]
          if (typeof value === 'number') expect(actual, key).toBeCloseTo(value, 2)
          else expect(actual, key).toEqual(value)
        }
      })
    }
  })

  it('exits 3 when some records were quarantined, and 1 when the file is missing', async () => {
    const file = join(dir, 'mixed.ndjson')
    writeFileSync(file, '{"kpi": "employee_satisfaction", "period": "2026-Q1", "value": 74}\n{"kpi": "x"}\n')
    const mixed = await run('ingest', 'kpis', file)
    expect(mixed.code).toBe(3)
    expect(mixed.stdout).toContain('2 read, 1 stored, 1 quarantined')
    const listed = await run('quarantine')
    expect(listed.stdout).toContain(`${file}:2 [kpis] missing field 'period'`)
    const missing = await run('ingest', 'kpis', join(dir, 'nope.ndjson'))
    expect(missing.code).toBe(1)
    expect(missing.stderr).toBe(`leitstand: cannot read ${join(dir, 'nope.ndjson')}: no such file\n`)
  })

  it('answers every mistake with one line that names the thing, and a stack only with --debug', async () => {
    const oneLine = (stderr: string) => {
      expect(stderr.trimEnd().split('\n')).toHaveLength(1)
      expect(stderr).not.toMatch(/^\s+at /m)
    }
    const missing = await run('catalog', '/no/such/file.yaml')
    expect(missing).toMatchObject({
      code: 1,
      stderr: 'leitstand: cannot read /no/such/file.yaml: no such file\n',
    })
    const folder = await run('catalog', dir)
    expect(folder).toMatchObject({
      code: 1,
      stderr: `leitstand: cannot read ${dir}: is a folder, not a file\n`,
    })
    const folderIngest = await run('ingest', 'checks', dir)
    expect(folderIngest).toMatchObject({
      code: 1,
      stderr: `leitstand: cannot read ${dir}: is a folder, not a file\n`,
    })

    const command = await run('frobnicate')
    expect(command.code).toBe(2)
    expect(command.stderr).toBe(
      "leitstand: unknown command 'frobnicate' (leitstand --help shows the usage)\n",
    )
    const kind = await run('ingest', 'invoices', 'x.ndjson')
    expect(kind.code).toBe(2)
    expect(kind.stderr).toContain("leitstand: unknown kind 'invoices': use one of tickets, checks")
    oneLine(kind.stderr)
    const option = await run('report', '--frobnicate')
    expect(option.code).toBe(2)
    expect(option.stderr).toContain("Unknown option '--frobnicate'")
    oneLine(option.stderr)

    const down = await leitstand(['quarantine'], { CLICKHOUSE_URL: 'http://127.0.0.1:9' }).output
    expect(down.code).toBe(1)
    expect(down.stderr).toContain('http://127.0.0.1:9')
    oneLine(down.stderr)

    const debug = await run('--debug', 'catalog', '/no/such/file.yaml')
    expect(debug.code).toBe(1)
    expect(debug.stderr).toMatch(/^\s+at /m)
  })

  it('runs a command through the running server that holds the data folder; without its socket, names it', async () => {
    const folder = join(dir, 'held')
    const server = spawn(process.execPath, [BIN, '--data', folder, 'serve', '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    try {
      let started = ''
      server.stdout?.on('data', (chunk) => {
        started += chunk
      })
      await expect.poll(() => started, { timeout: 30_000 }).toContain('Leitstand läuft')
      const through = await spawnOutput([BIN, '--data', folder, 'quarantine'])
      expect(through).toMatchObject({ code: 0, stdout: 'quarantine is empty\n' })
      // A server whose socket is gone (removed by hand) cannot be asked: the lock's holder is named.
      await rm(join(folder, 'leitstand.sock'))
      const held = await spawnOutput([BIN, '--data', folder, 'quarantine'])
      expect(held.code).toBe(1)
      expect(held.stderr).toContain(`leitstand: the data folder ${folder} is in use by process ${server.pid}`)
      expect(held.stderr).not.toMatch(/^\s+at /m)
    } finally {
      server.kill()
      await once(server, 'close')
    }
  })

  it('exports the availability objectives as OpenSLO and reads them back', async () => {
    expect((await run('catalog', join(EXAMPLES, 'catalog.yaml'))).code).toBe(0)
    const exported = await run('slo', 'export', '--customer', 'im')
    expect(exported.code).toBe(0)
    const slo = parseAllDocuments(exported.stdout)
      .map((d) => d.toJS())
      .find((d) => d.kind === 'SLO')
    expect(slo.spec.objectives).toEqual([
      { displayName: 'Verfügbarkeit ≥ 99,5 %', target: 0.995, timeSliceWindow: '1m' },
    ])
    const file = join(dir, 'slo.yaml')
    writeFileSync(file, exported.stdout)
    const imported = await run('slo', 'import', file, '--write', join(dir, 'slas.yaml'))
    expect(imported).toMatchObject({ code: 0, stderr: '' })
    expect(parse(readFileSync(join(dir, 'slas.yaml'), 'utf8')).slas).toEqual([
      {
        id: 'standard',
        customers: ['im'],
        services: ['email'],
        availability: { target: 99.5, calendar: 'always' },
      },
    ])
    const refused = await run(
      'slo',
      'import',
      fileURLToPath(new URL('./fixtures/openslo/hand-written.yaml', import.meta.url)),
    )
    expect(refused.code).toBe(3)
    expect(refused.stderr).toContain(
      'leitstand: document 3 (email-requests) refused: an occurrences-based SLO',
    )
  })

  it('ends with every record exactly once after an ingest killed halfway is started again', async () => {
    expect((await run('catalog', join(EXAMPLES, 'catalog.yaml'))).code).toBe(0)
    const total = 400_000
    const file = join(dir, 'many-checks.ndjson')
    const start = Date.UTC(2026, 0, 1)
    const lines: string[] = []
    for (let i = 0; i < total; i++) {
      lines.push(
        `{"service":"email","probe":"p${i % 4}","at":"${new Date(start + Math.floor(i / 4) * 60_000).toISOString()}","status":"up"}`,
      )
    }
    writeFileSync(file, `${lines.join('\n')}\n`)

    // Kill the first run once its second batch has reached the store.
    const first = leitstand(['ingest', 'checks', file], { LEITSTAND_LOG_QUERIES: '1' })
    let inserts = 0
    first.stderr?.on('data', (chunk: Buffer) => {
      inserts += (chunk.toString().match(/insert \d+ ms: INSERT INTO checks/g) ?? []).length
      if (inserts >= 2) first.kill('SIGKILL')
    })
    const killed = await first.output
    expect(killed.code).toBeNull()

    const again = await run('ingest', 'checks', file)
    expect(again.code).toBe(0)
    expect(again.stdout).toContain(`${total} read, ${total} stored, 0 quarantined`)

    // Count through the store in this process now that no other process holds the folder.
    const { openStore } = await import('../server/store')
    const { sql } = await import('../server/store/sql')
    const store = await openStore({ dataDir: join(dir, 'data') })
    const [row] = await store.query<{ n: number; distinct: number }>(
      sql`SELECT count() AS n, uniqExact(probe, at) AS distinct FROM checks FINAL WHERE probe LIKE 'p%'`,
    )
    await store.close()
    expect(row).toEqual({ n: total, distinct: total })
  }, 120_000)

  it('serve refuses to start with both the demo and OpenID Connect unless LEITSTAND_SIGN_IN chooses', async () => {
    const both = await leitstand(['serve', '--demo', '--port', '0'], {
      LEITSTAND_OIDC_ISSUER: 'https://login.example.invalid/realms/land',
      LEITSTAND_OIDC_CLIENT_ID: 'leitstand',
      LEITSTAND_PUBLIC_URL: 'https://leitstand.example.invalid',
    }).output
    expect(both.code).toBe(1)
    expect(both.stderr).toContain('set LEITSTAND_SIGN_IN to oidc, demo or both')
    expect(both.stderr.trimEnd().split('\n')).toHaveLength(1)
  })
})
