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

/** The source cannot be ingested at all (unknown type, missing, a header that names a column twice). */
export class IngestError extends Error {
  override name = 'IngestError'
}

/**
 * Bytes that are not UTF-8 become U+FFFD when the source is decoded: a record
 * that holds one is quarantined rather than stored with the real character
 * lost. (A genuine U+FFFD in the source only ever stands for such a loss.)
 */
const INVALID_UTF8 = 'invalid UTF-8: the record holds bytes that are not UTF-8 text'
const REPLACEMENT_CHARACTER = '\uFFFD'
const BOM = 0xfeff

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

/** How many keys the objects of a parsed JSON value hold, nested ones included. */
function keyCount(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + keyCount(item), 0)
  let count = 0
  for (const key in value) count += 1 + keyCount((value as Record<string, unknown>)[key])
  return count
}

/** The first key that one object of a valid JSON text holds twice, scanning the text itself. */
function repeatedKey(text: string): string | undefined {
  const objects: Set<string>[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x7b) objects.push(new Set())
    else if (c === 0x7d) objects.pop()
    else if (c === 0x22) {
      let end = i + 1
      while (text.charCodeAt(end) !== 0x22) end += text.charCodeAt(end) === 0x5c ? 2 : 1
      let next = end + 1
      while (/\s/.test(text[next] ?? '')) next++
      // In valid JSON a string followed by a colon is a key.
      if (text.charCodeAt(next) === 0x3a) {
        const key = JSON.parse(text.slice(i, end + 1)) as string
        const keys = objects[objects.length - 1]
        if (keys?.has(key)) return key
        keys?.add(key)
      }
      i = end
    }
  }
  return undefined
}

/**
 * A key written twice in one object, which JSON.parse would silently resolve
 * to the last value. Fast path: without whitespace before colons, every key
 * adds one `":` to the text, so as many `":` as parsed keys means no repeats.
 */
function duplicateKey(text: string, value: unknown): string | undefined {
  let quoteColons = 0
  for (let at = text.indexOf('":'); at !== -1; at = text.indexOf('":', at + 2)) quoteColons++
  if (quoteColons === keyCount(value) && !/"\s+:/.test(text)) return undefined
  return repeatedKey(text)
}

function ndjsonRecord(raw: string): RawRecord['record'] {
  if (raw.includes(REPLACEMENT_CHARACTER)) return { error: INVALID_UTF8 }
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch (error) {
    return { error: `invalid JSON: ${(error as Error).message}` }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { error: 'not a JSON object' }
  const repeated = duplicateKey(raw, value)
  if (repeated !== undefined) return { error: `duplicate key '${repeated}': which value is meant is unclear` }
  return value as Record<string, unknown>
}

export async function* readNdjson(source: ByteSource, progress: ReadProgress): AsyncGenerator<RawRecord[]> {
  let line = 0
  for await (const chunk of lines(source, progress)) {
    const records: RawRecord[] = []
    for (let raw of chunk) {
      line++
      // A byte order mark at the start of the source, as the CSV reader also accepts.
      if (line === 1 && raw.charCodeAt(0) === BOM) raw = raw.slice(1)
      if (raw.trim() === '') continue
      records.push({ line, raw, record: ndjsonRecord(raw) })
    }
    yield records
  }
}

/** The header's names, refused when one appears twice: csv-parse would keep the last cell silently. */
function uniqueColumns(path: string) {
  return (header: string[]): string[] => {
    header.forEach((name, index) => {
      const first = header.indexOf(name)
      if (first !== index)
        throw new IngestError(
          `${path}: the header names column '${name}' twice (columns ${first + 1} and ${index + 1})`,
        )
    })
    return header
  }
}

async function* readCsvRecords(
  source: ByteSource,
  progress: ReadProgress,
  name: string,
): AsyncGenerator<RawRecord> {
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
      columns: uniqueColumns(name),
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
    if (raw.includes(REPLACEMENT_CHARACTER)) {
      yield { line: info.lines, raw: raw.replace(/\r?\n$/, ''), record: { error: INVALID_UTF8 } }
      continue
    }
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

export async function* readCsv(
  source: ByteSource,
  progress: ReadProgress,
  name: string,
): AsyncGenerator<RawRecord[]> {
  let batch: RawRecord[] = []
  for await (const record of readCsvRecords(source, progress, name)) {
    batch.push(record)
    if (batch.length === 10_000) {
      yield batch
      batch = []
    }
  }
  if (batch.length > 0) yield batch
}

/** The source's records in batches (one per chunk read), each with its line number; `name` names it in errors. */
export function readRecords(
  source: ByteSource,
  format: FileFormat,
  progress: ReadProgress,
  name: string,
): AsyncGenerator<RawRecord[]> {
  return format === 'csv' ? readCsv(source, progress, name) : readNdjson(source, progress)
}
