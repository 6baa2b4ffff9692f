/**
 * Durations in words. Business time (what a clock used) is said in hours and
 * minutes only: a "day" of business time is ambiguous (8 h? 24 h?). Wall time
 * (how long until a deadline) may be days. Whole minutes are cut, not
 * rounded, so 239.9 of 240 minutes never reads as the target reached.
 */
import { formatInteger } from '../../lib/format'
import type { BoardState } from './labels'

// A number and its unit stay on one line (no-break space), as in "87,5 %".
const NBSP = '\u00a0'

function hoursAndMinutes(total: number): string {
  const hours = Math.floor(total / 60)
  const minutes = total % 60
  if (hours === 0) return `${minutes}${NBSP}Min.`
  if (minutes === 0) return `${formatInteger(hours)}${NBSP}Std.`
  return `${formatInteger(hours)}${NBSP}Std. ${minutes}${NBSP}Min.`
}

/** 190 → "3 Std. 10 Min."; 240 → "4 Std."; 0.5 → "unter 1 Min.". */
export function formatBusinessDuration(minutes: number): string {
  // The epsilon undoes float noise: 190 minutes as 11400000 ms / 60000 stays 190.
  const whole = Math.floor(minutes + 1e-9)
  if (whole <= 0) return minutes > 0 ? `unter 1${NBSP}Min.` : `0${NBSP}Min.`
  return hoursAndMinutes(whole)
}

/**
 * Wall time: "1 Std. 20 Min.", from a day on "2 Tage 5 Std." (minutes are
 * noise then). `dative` after "seit": "seit 2 Tagen".
 */
export function formatWallDuration(minutes: number, dative = false): string {
  const whole = Math.floor(minutes + 1e-9)
  if (whole <= 0) return `unter 1${NBSP}Min.`
  const days = Math.floor(whole / 1440)
  if (days === 0) return hoursAndMinutes(whole)
  const hours = Math.floor((whole % 1440) / 60)
  const dayWord = days === 1 ? 'Tag' : dative ? 'Tagen' : 'Tage'
  return hours === 0
    ? `${formatInteger(days)}${NBSP}${dayWord}`
    : `${formatInteger(days)}${NBSP}${dayWord} ${hours}${NBSP}Std.`
}

/**
 * The time to a deadline: "noch 1 Std. 20 Min." or "seit 3 Std. überschritten";
 * a paused clock has no deadline.
 */
export function timeLeftText(minutesLeft: number | null, state: BoardState): string {
  if (minutesLeft === null) return state === 'breached' ? 'überschritten, Uhr pausiert' : 'Uhr pausiert'
  if (minutesLeft >= 0 && state !== 'breached') return `noch ${formatWallDuration(minutesLeft)}`
  const over = Math.abs(minutesLeft)
  return over < 1 ? 'gerade überschritten' : `seit ${formatWallDuration(over, true)} überschritten`
}

/** Elapsed against target in percent, cut to whole percent: 79.17 → 79. */
export function percentUsed(elapsedMinutes: number, targetMinutes: number): number {
  if (targetMinutes <= 0) return 0
  return Math.floor((elapsedMinutes / targetMinutes) * 100 + 1e-9)
}
