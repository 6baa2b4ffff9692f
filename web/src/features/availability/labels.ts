/**
 * Words for the availability API's ids (states, alerts, bases) in the current
 * language, read when called so they follow a switch of language.
 */
import { BURN_ALERT_RULES, type BurnAlertRule } from '../../../../shared/availability-burn'
import { t } from '../../i18n'
import { formatDecimal, formatInteger, formatNumber, percentOf } from '../../lib/format'
import type { RouterOutputs } from '../../trpc'

export type Overview = RouterOutputs['availability']['overview']
export type OverviewService = Overview['services'][number]
export type OverviewDay = NonNullable<OverviewService['days'][number]>
export type CurrentState = OverviewService['state']
export type ServiceDetail = RouterOutputs['availability']['service']
export type TrendPoint = ServiceDetail['trend'][number]
export type OutagePart = ServiceDetail['outages'][number]
export type BurnDownPoint = NonNullable<ServiceDetail['burn_down']>[number]
export type Burn = RouterOutputs['availability']['burn']
export type ServiceBurn = Burn['services'][number]
export type BurnAlert = ServiceBurn['alerts'][number]
export type Basis = OverviewService['basis']

/** "Verfügbar", "Gestört" … (en: "Up", "Down" …). */
export function stateLabel(state: CurrentState): string {
  return t(`availability:state.${state}`)
}

/** "60 min" below two hours, "6 h" below two days, "3 Tage" beyond: how the SRE workbook names the windows. */
export function windowLabel(minutes: number): string {
  if (minutes < 120) return `${formatInteger(minutes)} min`
  if (minutes < 2 * 24 * 60) return `${formatInteger(minutes / 60)} h`
  return t('availability:windowDays', { days: formatInteger(minutes / (24 * 60)) })
}

function severityLabel(severity: BurnAlertRule['severity']): string {
  return t(`availability:alert.severity.${severity}`)
}

export interface AlertRow {
  id: BurnAlertRule['id']
  /** "1 h / 5 min" */
  windows: string
  severity: string
  /** "> 14,4" */
  threshold: string
  longRate: string | null
  shortRate: string | null
  firing: boolean
  /** "löst aus" or "ruhig" (en: "firing", "quiet"). */
  state: string
  /** The whole sentence, for screen readers and the title. */
  description: string
}

/** Burn rates with one decimal; a rate below 0.05 but above 0 stays visible as "< 0,1". */
export function formatBurnRate(rate: number | null): string | null {
  if (rate === null) return null
  if (rate > 0 && rate < 0.05) return `< ${formatDecimal(0.1)}`
  return formatDecimal(rate)
}

function formatThreshold(threshold: number): string {
  return Number.isInteger(threshold) ? formatInteger(threshold) : formatDecimal(threshold)
}

/** The three alerts in rule order (1 h, 6 h, 3 Tage), whatever order the server sends. */
export function alertRows(alerts: readonly BurnAlert[]): AlertRow[] {
  return BURN_ALERT_RULES.flatMap((rule) => {
    const alert = alerts.find((a) => a.id === rule.id)
    if (!alert) return []
    const windows = `${windowLabel(alert.long_window_minutes)} / ${windowLabel(alert.short_window_minutes)}`
    const threshold = `> ${formatThreshold(alert.threshold)}`
    const state = alert.firing ? t('availability:alert.firing') : t('availability:alert.quiet')
    const longRate = formatBurnRate(alert.long_burn_rate)
    const shortRate = formatBurnRate(alert.short_burn_rate)
    return [
      {
        id: alert.id,
        windows,
        severity: severityLabel(alert.severity),
        threshold,
        longRate,
        shortRate,
        firing: alert.firing,
        state,
        description: t('availability:alert.description', {
          windows,
          threshold,
          state,
          long: longRate ?? t('common:state.noData'),
          short: shortRate ?? t('common:state.noData'),
        }),
      },
    ]
  })
}

/** Whose SLA measures the figures, in a sentence. */
export function basisLabel(basis: Basis, customerName?: string): string {
  const target =
    basis.target === null
      ? t('availability:basis.noTarget')
      : t('availability:basis.target', { target: formatTarget(basis.target) })
  if (basis.kind === 'standard') return t('availability:basis.standard', { target })
  return customerName
    ? t('availability:basis.customerNamed', { name: customerName, target })
    : t('availability:basis.customer', { target })
}

/** Targets carry up to three decimals (99,95 %); one would round them. */
export function formatTarget(target: number): string {
  return percentOf(formatNumber(target, { max: 3 }))
}

/** Availability near 100 % needs two decimals to tell 99,95 from 99,99. */
export function formatAvailability(value: number): string {
  return percentOf(formatNumber(value, { min: 2, max: 2 }))
}

/** 30 → "30 min", 135 → "2 h 15 min", 3000 → "2 d 2 h". */
export function formatMinutes(minutes: number): string {
  const whole = Math.round(minutes)
  if (whole < 60) return `${formatInteger(whole)} min`
  const days = Math.floor(whole / 1440)
  const hours = Math.floor((whole % 1440) / 60)
  const rest = whole % 60
  if (days > 0) return hours > 0 ? `${formatInteger(days)} d ${hours} h` : `${formatInteger(days)} d`
  return rest > 0 ? `${hours} h ${rest} min` : `${hours} h`
}
