/** Generates the demo data set into a temporary folder and loads it like any other files. */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readCatalogFile, saveCatalog } from '../server/catalog/catalog'
import type { Store } from '../server/store'
import { EVENT_KINDS } from '../shared/events'
import { generateDemo } from './demo/generate'
import { type IngestOptions, type IngestSummary, ingestFile } from './ingest'

export async function loadDemo(
  store: Store,
  options: IngestOptions & { now?: Date; log?: (line: string) => void } = {},
): Promise<IngestSummary[]> {
  const log = options.log ?? (() => undefined)
  const dir = await mkdtemp(join(tmpdir(), 'leitstand-demo-'))
  try {
    log('Demo-Daten werden erzeugt …')
    const generated = await generateDemo({ outDir: dir, now: options.now })
    const catalog = await readCatalogFile(generated.catalogFile)
    await saveCatalog(store, catalog, 'demo')
    const summaries: IngestSummary[] = []
    for (const kind of EVENT_KINDS) {
      for (const file of generated.files[kind]) {
        const summary = await ingestFile(store, catalog, kind, file, options)
        log(
          `${kind}: ${summary.read} gelesen, ${summary.stored} gespeichert, ${summary.quarantined} in Quarantäne`,
        )
        summaries.push(summary)
      }
    }
    return summaries
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
