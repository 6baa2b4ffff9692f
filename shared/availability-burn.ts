/**
 * Error budget burn rate and the multi-window, multi-burn-rate alerts of the
 * Google SRE workbook ("Alerting on SLOs"), on a rolling 30-day budget.
 * Browser-safe: no imports beyond types.
 */

/** The error budget rolls over the last 30 days. */
export const BUDGET_DAYS = 30

export interface BurnAlertRule {
  id: '1h' | '6h' | '3d'
  /** A page wakes someone; a ticket waits for office hours. */
  severity: 'page' | 'ticket'
  longMinutes: number
  shortMinutes: number
  /** Fires when the burn rate exceeds this in both windows. */
  threshold: number
}

/**
 * 14.4 spends 2 % of a 30-day budget in one hour, 6 spends 5 % in six hours,
 * 1 spends 10 % in three days. The short window makes an alert stop soon after
 * the outage ends.
 */
export const BURN_ALERT_RULES: readonly BurnAlertRule[] = [
  { id: '1h', severity: 'page', longMinutes: 60, shortMinutes: 5, threshold: 14.4 },
  { id: '6h', severity: 'page', longMinutes: 360, shortMinutes: 30, threshold: 6 },
  { id: '3d', severity: 'ticket', longMinutes: 3 * 24 * 60, shortMinutes: 6 * 60, threshold: 1 },
]

/** State minutes within a window W (metrics.md section 4). */
export interface StateMinutes {
  up_minutes: number
  degraded_minutes: number
  down_minutes: number
}

/**
 * (down share of the known time) / (1 - target/100): 1 spends the budget
 * exactly over the budget period. Null without known time, without a target,
 * or with a target of 100 % (no budget to burn).
 */
export function burnRate(minutes: StateMinutes, target: number | null): number | null {
  const known = minutes.up_minutes + minutes.degraded_minutes + minutes.down_minutes
  if (target === null || !(known > 0) || !(target < 100)) return null
  return minutes.down_minutes / known / (1 - target / 100)
}

/** Both windows burn faster than the rule allows. */
export function alertFiring(long: number | null, short: number | null, threshold: number): boolean {
  return long !== null && short !== null && long > threshold && short > threshold
}
