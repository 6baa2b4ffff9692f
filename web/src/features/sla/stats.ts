/** `sla.stats` → rows with shares for the volume and backlog tables. Pure, unit-tested. */
import { t } from '../../i18n'
import { formatInteger, formatPercent } from '../../lib/format'
import type { RouterOutputs } from '../../trpc'
import { categoryLabel, channelLabel } from './labels'

export type TicketStats = RouterOutputs['sla']['stats']
type BacklogAge = TicketStats['backlog'][number]['age']

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

/** The server's age bands, youngest first, in the words of the language. */
export function ageLabel(age: BacklogAge): string {
  return t(`sla:stats.ages.${age}`)
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
      stats.backlog.map((row) => ({ key: row.age, label: ageLabel(row.age), tickets: row.tickets })),
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
