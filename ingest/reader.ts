/**
 * Streams the records of an event file, NDJSON or CSV (by extension), with
 * their line numbers and raw text, in bounded memory.
 */
import { createReadStream } from 'node:fs'
import { extname } from 'node:path'
import { parse as parseCsv } from 'csv-parse'

export interface RawRecord {
  line: number
  raw: string
  /** The parsed object, or why the line is not one. */
  record: Record<string, unknown> | { error: string }
}

export type FileFormat = 'ndjson' | 'csv'

export function formatOf(path: string): FileFormat | undefined {
  const extension = extname(path).toLowerCase()
  if (extension === '.csv') return 'csv'
  if (extension === '.ndjson' || extension === '.jsonl' || extension === '.json') return 'ndjson'
  return undefined
}

/** Counts bytes as the stream is consumed, for the progress bar. */
export interface ReadProgress {
  bytesRead: number
}

/** Splits a byte stream into lines; faster than node:readline on large files. */
async function* lines(path: string, progress: ReadProgress): AsyncGenerator<string[]> {
  let rest = ''
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20, encoding: 'utf8' })) {
    progress.bytesRead += Buffer.byteLength(chunk as string)
    const text = rest + (chunk as string)
    const complete: string[] = []
    let start = 0
    let end = text.indexOf('\n')
    while (end !== -1) {
      complete.push(text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end))
      start = end + 1
      end = text.indexOf('\n', start)
    }
    rest = text.slice(start)
    yield complete
  }
  if (rest !== '') yield [rest]
}

export async function* readNdjson(path: string, progress: ReadProgress): AsyncGenerator<RawRecord[]> {
  let line = 0
  for await (const chunk of lines(path, progress)) {
    const records: RawRecord[] = []
    for (const raw of chunk) {
      line++
      if (raw.trim() === '') continue
      let record: RawRecord['record']
      try {
        const value: unknown = JSON.parse(raw)
        record =
          typeof value === 'object' && value !== null && !Array.isArray(value)
            ? (value as Record<string, unknown>)
            : { error: 'not a JSON object' }
      } catch (error) {
        record = { error: `invalid JSON: ${(error as Error).message}` }
      }
      records.push({ line, raw, record })
    }
    yield records
  }
}

async function* readCsvRecords(path: string, progress: ReadProgress): AsyncGenerator<RawRecord> {
  const stream = createReadStream(path, { highWaterMark: 1 << 20 })
  stream.on('data', (chunk) => {
    progress.bytesRead += chunk.length
  })
  const skipped: RawRecord[] = []
  const parser = stream.pipe(
    parseCsv({
      columns: true,
      bom: true,
      info: true,
      raw: true,
      trim: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        const where = error as unknown as { lines?: number; raw?: string }
        skipped.push({
          line: where.lines ?? 0,
          raw: where.raw ?? '',
          record: { error: `invalid CSV: ${error?.message}` },
        })
        return undefined
      },
    }),
  )
  for await (const { record, info, raw } of parser as AsyncIterable<{
    record: Record<string, string>
    info: { lines: number }
    raw: string
  }>) {
    while (skipped.length > 0) yield skipped.shift() as RawRecord
    // An empty cell is an absent field.
    const fields: Record<string, unknown> = {}
    for (const [name, value] of Object.entries(record))
      if (value !== '' && value !== undefined) fields[name] = value
    yield {
      line: info.lines,
      raw: raw.replace(/\r?\n$/, ''),
      record: fields,
    }
  }
  while (skipped.length > 0) yield skipped.shift() as RawRecord
}

export async function* readCsv(path: string, progress: ReadProgress): AsyncGenerator<RawRecord[]> {
  let batch: RawRecord[] = []
  for await (const record of readCsvRecords(path, progress)) {
    batch.push(record)
    if (batch.length === 10_000) {
      yield batch
      batch = []
    }
  }
  if (batch.length > 0) yield batch
}

/** The file's records in batches (one per chunk read), each with its line number. */
export function readRecords(path: string, progress: ReadProgress): AsyncGenerator<RawRecord[]> {
  return formatOf(path) === 'csv' ? readCsv(path, progress) : readNdjson(path, progress)
}
