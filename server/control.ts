/**
 * The command socket: a running `leitstand serve` on the embedded store holds
 * chDB's lock on the data folder, so a second process cannot open it. The
 * server listens on `leitstand.sock` in that folder (mode 0600: only the
 * user who runs the server may connect) and runs the CLI's commands there on
 * the CLI's behalf, with its own store, streaming the output back.
 *
 * Protocol: HTTP over the socket. POST /command with {"argv": [...], "cwd":
 * "..."}; the answer is NDJSON lines {"out": text}, {"err": text} and last
 * {"exit": code}.
 */
import { chmod, rm } from 'node:fs/promises'
import { createServer, request, type Server } from 'node:http'
import { join, resolve } from 'node:path'
import { NO_TERMINAL, runCommand } from './commands'
import type { Store } from './store'

export const CONTROL_SOCKET = 'leitstand.sock'

export const controlSocketOf = (dataDir: string) => join(resolve(dataDir), CONTROL_SOCKET)

export async function listenControl(dataDir: string, store: Store): Promise<Server> {
  const path = controlSocketOf(dataDir)
  // This process holds the data folder's lock, so a socket file found here is a dead server's.
  await rm(path, { force: true })
  const server = createServer(async (req, res) => {
    if (req.method !== 'POST' || req.url !== '/command') {
      res.writeHead(404).end()
      return
    }
    let body = ''
    for await (const chunk of req) body += chunk
    let argv: string[]
    let cwd: string
    try {
      const parsed = JSON.parse(body) as { argv: unknown; cwd: unknown }
      if (!Array.isArray(parsed.argv) || typeof parsed.cwd !== 'string') throw new Error('bad request')
      argv = parsed.argv.map(String)
      cwd = parsed.cwd
    } catch {
      res.writeHead(400).end()
      return
    }
    res.writeHead(200, { 'Content-Type': 'application/x-ndjson' })
    const send = (line: object) => res.write(`${JSON.stringify(line)}\n`)
    const exit = await runCommand(
      argv,
      { out: (text) => send({ out: text }), err: (text) => send({ err: text }), progress: NO_TERMINAL, cwd },
      (action) => action(store),
    )
    res.end(`${JSON.stringify({ exit })}\n`)
  })
  const umask = process.umask(0o177)
  try {
    await new Promise<void>((done, fail) => server.listen(path, done).once('error', fail))
  } finally {
    process.umask(umask)
  }
  await chmod(path, 0o600)
  server.unref()
  server.once('close', () => void rm(path, { force: true }))
  return server
}

export interface CommandOutput {
  out(text: string): void
  err(text: string): void
}

const TERMINAL: CommandOutput = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}

/**
 * Runs a command in the server that holds `dataDir`, writing its output to
 * `output` (this process's stdout and stderr). Returns its exit code, or
 * undefined when no server listens there (no socket, or a dead server's).
 */
export function runThroughServer(
  dataDir: string,
  argv: string[],
  cwd: string,
  output: CommandOutput = TERMINAL,
): Promise<number | undefined> {
  return new Promise((done, fail) => {
    const call = request(
      { socketPath: controlSocketOf(dataDir), path: '/command', method: 'POST' },
      (res) => {
        let rest = ''
        let exit: number | undefined
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => {
          const lines = (rest + chunk).split('\n')
          rest = lines.pop() ?? ''
          for (const line of lines) {
            if (!line) continue
            const message = JSON.parse(line) as { out?: string; err?: string; exit?: number }
            if (message.out !== undefined) output.out(message.out)
            if (message.err !== undefined) output.err(message.err)
            if (message.exit !== undefined) exit = message.exit
          }
        })
        res.on('end', () =>
          exit === undefined
            ? fail(new Error('the server ended the command without an exit code'))
            : done(exit),
        )
        res.on('error', fail)
      },
    )
    call.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ECONNREFUSED') done(undefined)
      else fail(error)
    })
    call.end(JSON.stringify({ argv, cwd }))
  })
}
