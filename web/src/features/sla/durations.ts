/**
 * Durations in words. Business time (what a clock used) is said in hours and
 * minutes only: a "day" of business time is ambiguous (8 h? 24 h?). Wall time
 * (how long until a deadline) may be days. Whole minutes are cut, not
 * rounded, so 239.9 of 240 minutes never reads as the target reached.
 */
import { t } from '../../i18n'
import { formatInteger } from '../../lib/format'
import type { BoardState } from './labels'

// The words keep a number and its unit on one line (no-break space), as in "87,5 %".

function hoursAndMinutes(total: number): string {
  const hours = Math.floor(total / 60)
  const minutes = total % 60
  if (hours === 0) return t('sla:duration.minutes', { n: formatInteger(minutes) })
  if (minutes === 0) return t('sla:duration.hours', { n: formatInteger(hours) })
  return t('sla:duration.hoursMinutes', { hours: formatInteger(hours), minutes: formatInteger(minutes) })
}

/** 190 → "3 Std. 10 Min."; 240 → "4 Std."; 0.5 → "unter 1 Min." (en: "3 h 10 min"). */
export function formatBusinessDuration(minutes: number): string {
  // The epsilon undoes float noise: 190 minutes as 11400000 ms / 60000 stays 190.
  const whole = Math.floor(minutes + 1e-9)
  if (whole <= 0)
    return minutes > 0 ? t('sla:duration.underOneMinute') : t('sla:duration.minutes', { n: formatInteger(0) })
  return hoursAndMinutes(whole)
}

/**
 * Wall time: "1 Std. 20 Min.", from a day on "2 Tage 5 Std." (minutes are
 * noise then). `dative` after "seit": "seit 2 Tagen" (English has no such case).
 */
export function formatWallDuration(minutes: number, dative = false): string {
  const whole = Math.floor(minutes + 1e-9)
  if (whole <= 0) return t('sla:duration.underOneMinute')
  const days = Math.floor(whole / 1440)
  if (days === 0) return hoursAndMinutes(whole)
  const hours = Math.floor((whole % 1440) / 60)
  const dayText = dative
    ? t('sla:duration.daysDative', { count: days, n: formatInteger(days) })
    : t('sla:duration.days', { count: days, n: formatInteger(days) })
  return hours === 0 ? dayText : t('sla:duration.daysHours', { days: dayText, hours: formatInteger(hours) })
}

/**
 * The time to a deadline: "noch 1 Std. 20 Min." or "seit 3 Std. überschritten"
 * (en: "1 h 20 min left", "breached 3 h ago"); a paused clock has no deadline.
 */
export function timeLeftText(minutesLeft: number | null, state: BoardState): string {
  if (minutesLeft === null)
    return state === 'breached' ? t('sla:timeLeft.breachedPaused') : t('sla:timeLeft.paused')
  if (minutesLeft >= 0 && state !== 'breached')
    return t('sla:timeLeft.left', { duration: formatWallDuration(minutesLeft) })
  const over = Math.abs(minutesLeft)
  return over < 1
    ? t('sla:timeLeft.justBreached')
    : t('sla:timeLeft.overdue', { duration: formatWallDuration(over, true) })
}

/** Elapsed against target in percent, cut to whole percent: 79.17 → 79. */
export function percentUsed(elapsedMinutes: number, targetMinutes: number): number {
  if (targetMinutes <= 0) return 0
  return Math.floor((elapsedMinutes / targetMinutes) * 100 + 1e-9)
}
