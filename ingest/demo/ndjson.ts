/**
 * Writing the demo files: NDJSON lines streamed in chunks, and a fast
 * formatter for local timestamps with their offset (millions of check lines
 * make luxon per line too slow).
 */
import { once } from 'node:events'
import { createWriteStream, type WriteStream } from 'node:fs'
import { DateTime } from 'luxon'

const CHUNK_BYTES = 1 << 20
const NEWLINE = 0x0a

/**
 * An NDJSON file written through a stream. Lines are encoded straight into
 * 1 MiB chunks: joining millions of small strings first costs more than the
 * writing itself.
 */
export class NdjsonWriter {
  private readonly stream: WriteStream
  private chunk = Buffer.allocUnsafe(CHUNK_BYTES)
  private used = 0
  lines = 0

  constructor(readonly path: string) {
    this.stream = createWriteStream(path)
  }

  /** Adds one line (a JSON object, without the newline); waits when the disk is behind. */
  async write(line: string): Promise<void> {
    this.append(line)
    if (this.used >= CHUNK_BYTES / 2) await this.flush()
  }

  /** Adds many lines at once: cheaper than one call a line for millions of checks. */
  async writeLines(lines: readonly string[]): Promise<void> {
    for (const line of lines) {
      this.append(line)
      if (this.used >= CHUNK_BYTES / 2) await this.flush()
    }
  }

  async writeObject(record: object): Promise<void> {
    await this.write(JSON.stringify(record))
  }

  private append(line: string): void {
    // UTF-8 needs at most three bytes per UTF-16 unit.
    if (this.used + line.length * 3 + 1 > this.chunk.length) {
      this.handOver()
      if (line.length * 3 + 1 > this.chunk.length) this.chunk = Buffer.allocUnsafe(line.length * 3 + 1)
    }
    this.used += this.chunk.write(line, this.used, 'utf8')
    this.chunk[this.used++] = NEWLINE
    this.lines++
  }

  /** Gives the filled part of the chunk to the stream; returns false when the stream is full. */
  private handOver(): boolean {
    if (this.used === 0) return true
    const full = this.chunk.subarray(0, this.used)
    this.chunk = Buffer.allocUnsafe(CHUNK_BYTES)
    this.used = 0
    return this.stream.write(full)
  }

  private async flush(): Promise<void> {
    if (!this.handOver()) await once(this.stream, 'drain')
  }

  async close(): Promise<void> {
    await this.flush()
    this.stream.end()
    await once(this.stream, 'finish')
  }
}

const HOUR = 3_600_000
const DAY = 24 * HOUR
const TWO_DIGITS = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'))

/**
 * Local wall-clock time in one timezone. Offsets are cached per UTC hour:
 * zones change their offset on whole hours (true for Europe/Berlin and most).
 */
export class LocalTime {
  private readonly offsets = new Map<number, number>()
  private readonly datePrefixes = new Map<number, string>()

  constructor(readonly zone: string) {}

  /** Offset from UTC in minutes at instant `ms`. */
  offsetMinutes(ms: number): number {
    const hour = Math.floor(ms / HOUR)
    let offset = this.offsets.get(hour)
    if (offset === undefined) {
      offset = DateTime.fromMillis(hour * HOUR, { zone: this.zone }).offset
      this.offsets.set(hour, offset)
    }
    return offset
  }

  /** Milliseconds of the local wall clock, counted as if it were UTC. */
  private wallClock(ms: number): number {
    return ms + this.offsetMinutes(ms) * 60_000
  }

  /** The local calendar year. */
  year(ms: number): number {
    return new Date(this.wallClock(ms)).getUTCFullYear()
  }

  /** Hour of the local day, 0-23. */
  hour(ms: number): number {
    return Math.floor(this.wallClock(ms) / HOUR) % 24
  }

  /** ISO weekday of the local date: 1 = Monday ... 7 = Sunday. */
  weekday(ms: number): number {
    // 1970-01-01 was a Thursday (4).
    return ((Math.floor(this.wallClock(ms) / DAY) + 3) % 7) + 1
  }

  /** ISO 8601 with offset, to the second: 2026-03-29T10:00:00+02:00. */
  format(ms: number): string {
    const offset = this.offsetMinutes(ms)
    const wall = ms + offset * 60_000
    const day = Math.floor(wall / DAY)
    let prefix = this.datePrefixes.get(day)
    if (prefix === undefined) {
      prefix = new Date(day * DAY).toISOString().slice(0, 10)
      this.datePrefixes.set(day, prefix)
    }
    const secondOfDay = Math.floor((wall - day * DAY) / 1000)
    const hour = Math.floor(secondOfDay / 3600)
    const minute = Math.floor(secondOfDay / 60) % 60
    const second = secondOfDay % 60
    const sign = offset < 0 ? '-' : '+'
    const absolute = Math.abs(offset)
    return `${prefix}T${TWO_DIGITS[hour]}:${TWO_DIGITS[minute]}:${TWO_DIGITS[second]}${sign}${TWO_DIGITS[Math.floor(absolute / 60)]}:${TWO_DIGITS[absolute % 60]}`
  }
}
