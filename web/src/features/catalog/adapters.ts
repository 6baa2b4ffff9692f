/** `catalog.versions` → one entry per load with its changes in words. Pure, unit-tested. */
import { t } from '../../i18n'
import { formatDateAndTime } from '../../lib/format'
import type { RouterOutputs } from '../../trpc'

export type CatalogLoad = RouterOutputs['catalog']['versions'][number]

const KINDS = ['slas', 'subscriptions', 'calendars', 'customers', 'services', 'goals'] as const
const CHANGES = ['added', 'removed', 'changed'] as const

export interface VersionEntry {
  version: number
  title: string
  loaded: string
  /** First load, no change, or a new timezone; null when the lines say it all. */
  note: string | null
  /** "SLAs" with "geändert: standard", one line per kind and kind of change. */
  lines: Array<{ kind: string; change: string; ids: string[] }>
}

export function versionEntries(loads: readonly CatalogLoad[]): VersionEntry[] {
  return loads.map((load, i) => {
    const first = i === loads.length - 1
    const lines = first
      ? []
      : KINDS.flatMap((kind) =>
          CHANGES.filter((change) => load.diff[kind][change].length > 0).map((change) => ({
            kind: t(`catalog:kinds.${kind}`),
            change: t(`catalog:changes.${change}`),
            ids: load.diff[kind][change],
          })),
        )
    const at = formatDateAndTime(Date.parse(load.loadedAt))
    return {
      version: load.version,
      title: t('catalog:version.title', { version: load.version }),
      loaded: t('catalog:version.loaded', { date: at.date, time: at.time, source: load.source }),
      note: first
        ? t('catalog:version.first')
        : load.diff.timezone
          ? t('catalog:version.timezone')
          : lines.length === 0
            ? t('catalog:version.unchanged')
            : null,
      lines,
    }
  })
}
