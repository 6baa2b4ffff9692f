/**
 * The HTTP ingest API against a real `leitstand serve` process on a chDB
 * folder, with the CLI run beside it (through the server's command socket):
 * tokens, gzip, CSV, refusals, bad records, a cut-off body sent again,
 * concurrent pushes, and the worked examples pushed over HTTP giving the
 * figures of expected.json.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { type ClientRequest, request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isDeepStrictEqual } from 'node:util'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runThroughServer } from '../server/control'

const BIN = fileURLToPath(new URL('../server/bin/leitstand.mjs', import.meta.url))
const EXAMPLES = fileURLToPath(new URL('./fixtures/worked-examples/', import.meta.url))
const MAX_BYTES = 8_000_000

let dir: string
let server: ChildProcess
let base: string
let monitoring: string

/** The real `leitstand` command, in its own process. */
function leitstandProcess(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, '--data', join(dir, 'data'), ...args], {
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
  return once(child, 'close').then(([code]) => ({ code: code as number, stdout, stderr }))
}

/** What the command does once it has found the server: the same request over the socket, without a process start. */
async function leitstand(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await runThroughServer(join(dir, 'data'), args, process.cwd(), {
    out: (text) => {
      stdout += text
    },
    err: (text) => {
      stderr += text
    },
  })
  if (code === undefined) throw new Error('no server on the data folder')
  return { code, stdout, stderr }
}

async function push(
  kind: string,
  body: string,
  options: { token?: string; type?: string; gzip?: boolean; source?: string } = {},
) {
  const headers: Record<string, string> = { 'Content-Type': options.type ?? 'application/x-ndjson' }
  const token = options.token ?? monitoring
  if (token) headers.Authorization = `Bearer ${token}`
  if (options.gzip) headers['Content-Encoding'] = 'gzip'
  const query = options.source ? `?source=${encodeURIComponent(options.source)}` : ''
  const response = await fetch(`${base}/api/v1/events/${kind}${query}`, {
    method: 'POST',
    headers,
    body: options.gzip ? new Uint8Array(gzipSync(body)) : body,
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

/** A checks push through node:http, for bodies the server refuses while they are still being sent. */
function sendRaw(
  headers: Record<string, string>,
  send: (call: ClientRequest) => void,
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const call = request(`${base}/api/v1/events/checks`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${monitoring}`, 'Content-Type': 'application/x-ndjson', ...headers },
    })
    call.on('response', async (response) => {
      let text = ''
      for await (const part of response) text += part
      call.destroy()
      resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) })
    })
    call.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error)
    })
    call.flushHeaders()
    send(call)
  })
}

const lines = (records: object[]) => `${records.map((record) => JSON.stringify(record)).join('\n')}\n`

function csv(records: Array<Record<string, unknown>>): string {
  const fields = [...new Set(records.flatMap((record) => Object.keys(record)))]
  return `${[fields.join(','), ...records.map((record) => fields.map((f) => record[f] ?? '').join(','))].join('\n')}\n`
}

const readRecords = (file: string) =>
  readFileSync(join(EXAMPLES, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>)

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'leitstand-api-'))
  server = spawn(process.execPath, [BIN, '--data', join(dir, 'data'), 'serve', '--port', '0'], {
    env: { ...process.env, LEITSTAND_INGEST_MAX_BYTES: String(MAX_BYTES) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  server.stderr?.on('data', (chunk) => {
    log += chunk
  })
  base = await new Promise<string>((resolve, reject) => {
    server.stdout?.on('data', (chunk: Buffer) => {
      log += chunk
      const match = /http:\/\/localhost:(\d+)/.exec(log)
      if (match) resolve(`http://127.0.0.1:${match[1]}`)
    })
    server.once('exit', () => reject(new Error(`server ended: ${log}`)))
  })
  // The CLI beside the running server: it holds the data folder, the CLI goes through it.
  expect((await leitstandProcess(['catalog', join(EXAMPLES, 'catalog.yaml')])).code).toBe(0)
  const created = await leitstand(['token', 'create', 'monitoring', '--kinds', 'checks,tickets'])
  expect(created.code).toBe(0)
  monitoring = created.stdout.trim()
  expect(monitoring).toMatch(/^lst_[\w-]{43}$/)
}, 60_000)

afterAll(async () => {
  if (server.exitCode === null) {
    server.kill('SIGTERM')
    await once(server, 'exit')
  }
  await rm(dir, { recursive: true, force: true })
})

describe('the HTTP ingest API', () => {
  it('takes the worked examples as gzip NDJSON and CSV, and the report gives the figures of expected.json', async () => {
    const tickets = await push('tickets', lines(readRecords('tickets.ndjson')), { gzip: true })
    expect(tickets).toMatchObject({
      status: 200,
      body: { read: 15, stored: 15, quarantined: 0, problems: [] },
    })
    const checks = readRecords('checks.ndjson')
    const stored = await push('checks', csv(checks), { type: 'text/csv; charset=utf-8' })
    expect(stored).toMatchObject({ status: 200, body: { read: checks.length, stored: checks.length } })

    const expected = JSON.parse(readFileSync(join(EXAMPLES, 'expected.json'), 'utf8')) as Array<{
      args: string[]
      report: { tickets: unknown; availability: { overall: number | null } }
    }>
    // Derived state (ticket histories, the availability rollup) follows the acknowledgement within seconds.
    const deadline = Date.now() + 10_000
    for (const example of expected) {
      for (;;) {
        const { code, stdout } = await leitstand(['report', ...example.args, '--json'])
        expect(code).toBe(0)
        const report = JSON.parse(stdout)
        const overall = example.report.availability.overall
        const ok =
          isDeepStrictEqual(report.tickets, example.report.tickets) &&
          (overall === null
            ? report.availability.overall === null
            : Math.abs(report.availability.overall - overall) < 0.01)
        if (ok) break
        if (Date.now() > deadline) {
          expect(report.tickets).toEqual(example.report.tickets)
          expect(report.availability.overall ?? 'none').toBeCloseTo(overall ?? Number.NaN, 2)
        }
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
    }
  }, 60_000)

  it('quarantines bad records with line and reason, stores the rest and answers with the counts', async () => {
    const answer = await push(
      'checks',
      [
        '{"service": "email", "at": "2026-05-01T10:00:00Z", "status": "up"}',
        '{"service": "email", "at": "2026-05-01T10:01:00Z", "status": "sideways"}',
        '{"service": "email", "at": "2026-05-01T10:02:00Z", "status": "up"}',
        'not json',
        '{"service": "fax", "at": "2026-05-01T10:03:00Z", "status": "up"}',
      ].join('\n'),
      { source: 'bad-batch' },
    )
    expect(answer.status).toBe(200)
    expect(answer.body).toMatchObject({
      source: 'api:monitoring:bad-batch',
      read: 5,
      stored: 2,
      quarantined: 3,
    })
    const problems = answer.body.problems as Array<{ line: number; reason: string }>
    expect(problems.map((problem) => problem.line)).toEqual([2, 4, 5])
    expect(problems[2]?.reason).toBe("unknown service 'fax'")
    // A push's run is recorded once complete, with its derivation, within seconds.
    let listed = await leitstand(['quarantine', '--kind', 'checks'])
    for (let tries = 0; tries < 40 && !listed.stdout.includes('bad-batch'); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      listed = await leitstand(['quarantine', '--kind', 'checks'])
    }
    expect(listed.stdout).toContain("api:monitoring:bad-batch:5 [checks] unknown service 'fax'")
    expect(listed.stdout).toContain('api:monitoring:bad-batch:4 [checks] invalid JSON')
  }, 30_000)

  it('refuses, with a one-line reason: no token, a bad one, another kind, an unreadable body, too large', async () => {
    const ok = lines([{ service: 'email', at: '2026-05-02T10:00:00Z', status: 'up' }])
    const reason = (answer: { body: Record<string, unknown> }) => String(answer.body.error)
    const none = await push('checks', ok, { token: '' })
    expect(none.status).toBe(401)
    const wrong = await push('checks', ok, { token: `${monitoring.slice(0, -2)}xx` })
    expect(wrong.status).toBe(401)
    expect(reason(wrong)).toBe('the ingest token is not valid (unknown or revoked)')
    const kind = await push('maintenance', ok)
    expect(kind.status).toBe(403)
    expect(reason(kind)).toBe("token 'monitoring' may not send maintenance (only checks, tickets)")
    const type = await push('checks', ok, { type: 'text/plain' })
    expect(type.status).toBe(400)
    expect(reason(type)).toContain("not 'text/plain'")
    const gzip = await fetch(`${base}/api/v1/events/checks`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${monitoring}`,
        'Content-Type': 'application/x-ndjson',
        'Content-Encoding': 'gzip',
      },
      body: 'this is not gzip',
    })
    expect(gzip.status).toBe(400)
    expect(((await gzip.json()) as { error: string }).error).toMatch(/^the body is not valid gzip/)
    const unknownKind = await push('alarms', ok)
    expect(unknownKind.status).toBe(404)
    for (const answer of [none, wrong, kind, type, unknownKind]) expect(reason(answer)).not.toContain('\n')

    // Over the limit: by its Content-Length before any of the body is read, and a body without one
    // as it streams past the limit (the server answers and closes while the client still sends).
    const declared = await sendRaw({ 'Content-Length': String(MAX_BYTES + 1) }, () => undefined)
    expect(declared).toEqual({ status: 413, body: { error: `the body is larger than ${MAX_BYTES} bytes` } })
    const chunk = Buffer.alloc(1 << 20, 0x20)
    const streamed = await sendRaw({ 'Transfer-Encoding': 'chunked' }, (call) => {
      const more = () => {
        if (!call.destroyed) call.write(chunk, () => setTimeout(more, 5))
      }
      more()
    })
    expect(streamed).toEqual({ status: 413, body: { error: `the body is larger than ${MAX_BYTES} bytes` } })
  }, 30_000)

  it('stops a revoked token at once', async () => {
    const created = await leitstand(['token', 'create', 'temporary', '--kinds', 'checks'])
    const token = created.stdout.trim()
    const body = lines([{ service: 'email', at: '2026-05-03T10:00:00Z', status: 'up' }])
    expect((await push('checks', body, { token })).status).toBe(200)
    const listed = await leitstand(['token', 'list'])
    expect(listed.stdout).toMatch(/^temporary\tchecks\tcreated \S+\tlast used 20\S+\tactive$/m)
    expect(listed.stdout).not.toContain(token)
    expect((await leitstand(['token', 'revoke', 'temporary'])).code).toBe(0)
    expect(await push('checks', body, { token })).toEqual({
      status: 401,
      body: { error: 'the ingest token is not valid (unknown or revoked)' },
    })
    expect((await leitstand(['token', 'list'])).stdout).toMatch(/^temporary\tchecks\t.*\trevoked 20/m)
  }, 30_000)

  it('takes concurrent pushes to the same kind, each its own run', async () => {
    const pushes = Array.from({ length: 20 }, (_, n) =>
      lines(
        Array.from({ length: 50 }, (_, i) => ({
          service: 'email',
          probe: `concurrent-${n % 5}`,
          // Pushes n and n + 5 send the same 50 checks: stored once each.
          at: new Date(Date.UTC(2026, 5, 1, 0, i)).toISOString(),
          status: i === 7 ? 'down' : 'up',
        })),
      ),
    )
    const answers = await Promise.all(pushes.map((body) => push('checks', body)))
    expect(answers.map((answer) => answer.status)).toEqual(pushes.map(() => 200))
    expect(answers.every((answer) => answer.body.stored === 50)).toBe(true)
    expect(new Set(answers.map((answer) => answer.body.run)).size).toBe(20)
  }, 30_000)

  it('stores every record exactly once when a body cut off mid-way is sent again', async () => {
    // Over 50,000 lines: the first batch of the cut-off request reaches the store before the cut.
    const total = 80_000
    const records = Array.from(
      { length: total },
      (_, i) =>
        `{"service":"email","probe":"cut","at":"${new Date(Date.UTC(2026, 6, 1) + i * 60_000).toISOString()}","status":"up","latency_ms":${100 + (i % 900)}}`,
    )
    const body = Buffer.from(`${records.join('\n')}\n`)
    const cut = Math.floor(body.length * 0.8) + 17 // mid-line
    await new Promise<void>((resolve) => {
      const call = request(`${base}/api/v1/events/checks?source=cut`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${monitoring}`,
          'Content-Type': 'application/x-ndjson',
          'Content-Length': body.length,
        },
      })
      call.on('error', () => resolve())
      call.on('response', () => resolve())
      call.write(body.subarray(0, cut), () => setTimeout(() => call.destroy(), 1500))
    })
    const again = await push('checks', body.toString(), { source: 'cut' })
    expect(again).toMatchObject({ status: 200, body: { read: total, stored: total, quarantined: 0 } })

    // Count in the store itself, once the server has shut down (it finishes its derivation first).
    server.kill('SIGTERM')
    await once(server, 'exit')
    const { openStore } = await import('../server/store')
    const { sql } = await import('../server/store/sql')
    const store = await openStore({ dataDir: join(dir, 'data') })
    try {
      const [cutOff] = await store.query<{ n: number; sum: number; raw: number }>(sql`
        SELECT count() AS n, sum(latency_ms) AS sum, (SELECT count() FROM checks WHERE probe = 'cut') AS raw
        FROM checks FINAL WHERE probe = 'cut'`)
      // Latencies 100..999 repeat; the sum shows no partial line stored with a cut-off value.
      const expectedSum = records.reduce((sum, _, i) => sum + 100 + (i % 900), 0)
      expect(cutOff?.n).toBe(total)
      expect(cutOff?.sum).toBe(expectedSum)
      // The first run's 50,000 stored checks are there too, replaced by the second run's.
      expect(cutOff?.raw).toBeGreaterThanOrEqual(total + 50_000)
      const runs = await store.query<{ state: string }>(
        sql`SELECT state FROM ingest_runs FINAL WHERE source = 'api:monitoring:cut' ORDER BY run`,
      )
      expect(runs.map((run) => run.state)).toEqual(['failed', 'done'])
      const [concurrent] = await store.query<{ n: number; down: number }>(sql`
        SELECT count() AS n, countIf(status = 'down') AS down FROM checks FINAL WHERE probe LIKE 'concurrent-%'`)
      expect(concurrent).toEqual({ n: 250, down: 5 })
    } finally {
      await store.close()
    }
  }, 90_000)
})
