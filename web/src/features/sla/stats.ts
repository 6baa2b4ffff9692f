/** `sla.stats` → rows with shares for the volume and backlog tables. Pure, unit-tested. */
import { t } from '../../i18n'
import { formatInteger, formatPercent } from '../../lib/format'
import type { RouterOutputs } from '../../trpc'
import { categoryLabel, channelLabel } from './labels'
import type { de } from './messages'

export type TicketStats = RouterOutputs['sla']['stats']

export interface ShareRow {
  key: string
  label: string
  count: string
  /** "45,0 %" of the table's total; null when the total is 0. */
  share: string | null
  /** Bar width in percent of the largest row, 0 to 100. */
  bar: number
}

export function shareRows(items: ReadonlyArray<{ key: string; label: string; tickets: number }>): ShareRow[] {
  const total = items.reduce((sum, item) => sum + item.tickets, 0)
  const largest = Math.max(0, ...items.map((item) => item.tickets))
  return items.map((item) => ({
    key: item.key,
    label: item.label,
    count: formatInteger(item.tickets),
    share: total === 0 ? null : formatPercent((item.tickets / total) * 100),
    bar: largest === 0 ? 0 : (item.tickets / largest) * 100,
  }))
}

/** The server names its age bands in German; known ones get the words of the language. */
const AGE_KEYS: Record<string, keyof typeof de.stats.ages> = {
  '< 1 Tag': 'under1',
  '1–3 Tage': 'from1to3',
  '3–7 Tage': 'from3to7',
  '7–30 Tage': 'from7to30',
  '> 30 Tage': 'over30',
}

export function ageLabel(label: string): string {
  const key = AGE_KEYS[label]
  return key ? t(`sla:stats.ages.${key}`) : label
}

export interface StatsView {
  created: string
  resolved: string
  channels: ShareRow[]
  categories: ShareRow[]
  /** Youngest first, as the server sends the ages. */
  backlog: ShareRow[]
  backlogTotal: string
  reopenRate: string | null
  reopenDetail: string
}

export function statsView(stats: TicketStats): StatsView {
  const backlogTotal = stats.backlog.reduce((sum, age) => sum + age.tickets, 0)
  return {
    created: formatInteger(stats.created),
    resolved: formatInteger(stats.resolved),
    channels: shareRows(
      stats.byChannel.map((row) => ({
        key: row.channel,
        label: channelLabel(row.channel),
        tickets: row.tickets,
      })),
    ),
    categories: shareRows(
      stats.byCategory.map((row) => ({
        key: row.category,
        label: categoryLabel(row.category),
        tickets: row.tickets,
      })),
    ),
    backlog: shareRows(
      stats.backlog.map((row) => ({ key: row.label, label: ageLabel(row.label), tickets: row.tickets })),
    ),
    backlogTotal: formatInteger(backlogTotal),
    reopenRate: stats.reopenRate === null ? null : formatPercent(stats.reopenRate),
    reopenDetail: t('sla:stats.reopenDetail', {
      count: stats.reopened,
      n: formatInteger(stats.reopened),
      resolved: formatInteger(stats.resolved),
    }),
  }
}
