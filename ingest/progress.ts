/** A progress line on a terminal (nothing when the output is not one). */
import type { IngestProgress } from './ingest'

export function progressBar(stream: NodeJS.WriteStream) {
  const started = Date.now()
  let lastDrawn = 0
  let drawn = false
  return {
    update(progress: IngestProgress) {
      if (!stream.isTTY || Date.now() - lastDrawn < 200) return
      lastDrawn = Date.now()
      drawn = true
      const share = progress.bytesTotal > 0 ? Math.min(1, progress.bytesRead / progress.bytesTotal) : 1
      const width = 30
      const filled = Math.round(share * width)
      const seconds = (Date.now() - started) / 1000
      const rate = seconds > 0 ? Math.round(progress.read / seconds) : 0
      stream.write(
        `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ` +
          `${progress.read.toLocaleString('de-DE')} Datensätze, ${progress.quarantined} in Quarantäne, ${rate.toLocaleString('de-DE')}/s`,
      )
    },
    done() {
      if (drawn) stream.write('\n')
      drawn = false
    },
  }
}
