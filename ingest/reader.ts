/**
 * Streams the records of an event source, NDJSON or CSV, with their line
 * numbers and raw text, in bounded memory. The source is any byte stream: a
 * file (by extension) or a request body (by content type).
 */

import { extname } from 'node:path'
import { Readable } from 'node:stream'
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

/** The bytes of an event source, in chunks. */
export type ByteSource = AsyncIterable<Buffer | Uint8Array | string>

/** Splits a byte stream into lines; faster than node:readline on large files. */
async function* lines(source: ByteSource, progress: ReadProgress): AsyncGenerator<string[]> {
  let rest = ''
  const decoder = new TextDecoder('utf-8')
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    progress.bytesRead += bytes.length
    // A multi-byte character may straddle two chunks: the decoder keeps its first bytes.
    const text = rest + decoder.decode(bytes, { stream: true })
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
  rest += decoder.decode()
  if (rest !== '') yield [rest]
}

export async function* readNdjson(source: ByteSource, progress: ReadProgress): AsyncGenerator<RawRecord[]> {
  let line = 0
  for await (const chunk of lines(source, progress)) {
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

async function* readCsvRecords(source: ByteSource, progress: ReadProgress): AsyncGenerator<RawRecord> {
  async function* counted() {
    for await (const chunk of source) {
      progress.bytesRead += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length
      yield chunk
    }
  }
  const skipped: RawRecord[] = []
  const input = Readable.from(counted(), { objectMode: false })
  // A failing source (a cut-off request) fails the parse instead of ending it quietly.
  const parser = input.pipe(
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
  input.on('error', (error) => parser.destroy(error))
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

export async function* readCsv(source: ByteSource, progress: ReadProgress): AsyncGenerator<RawRecord[]> {
  let batch: RawRecord[] = []
  for await (const record of readCsvRecords(source, progress)) {
    batch.push(record)
    if (batch.length === 10_000) {
      yield batch
      batch = []
    }
  }
  if (batch.length > 0) yield batch
}

/** The source's records in batches (one per chunk read), each with its line number. */
export function readRecords(
  source: ByteSource,
  format: FileFormat,
  progress: ReadProgress,
): AsyncGenerator<RawRecord[]> {
  return format === 'csv' ? readCsv(source, progress) : readNdjson(source, progress)
}
