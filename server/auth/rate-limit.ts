/**
 * Sign-in attempts per key (an IP address, a demo user name) in a fixed
 * window. In memory, per server process: several instances each count their
 * own attempts.
 */
export interface RateLimit {
  /** Counts an attempt; returns the seconds to wait when it is one too many, else 0. */
  attempt(key: string): number
}

export function rateLimit(max: number, windowMs: number, now: () => number = Date.now): RateLimit {
  const windows = new Map<string, { start: number; count: number }>()
  return {
    attempt(key) {
      const time = now()
      if (windows.size > 10_000) {
        for (const [k, w] of windows) if (time - w.start >= windowMs) windows.delete(k)
      }
      const window = windows.get(key)
      if (!window || time - window.start >= windowMs) {
        windows.set(key, { start: time, count: 1 })
        return 0
      }
      window.count++
      return window.count > max ? Math.ceil((window.start + windowMs - time) / 1000) : 0
    },
  }
}

/** The limits of sign-in: per IP address (demo and OpenID Connect) and per demo user. */
export interface SignInLimits {
  perIp: RateLimit
  perUser: RateLimit
}

// Generous: a ministry's staff often share one address (NAT, proxy).
export const SIGN_IN_ATTEMPTS_PER_IP = 100
export const SIGN_IN_ATTEMPTS_PER_USER = 10
export const SIGN_IN_WINDOW_MINUTES = 5

export function signInLimits(): SignInLimits {
  const windowMs = SIGN_IN_WINDOW_MINUTES * 60_000
  return {
    perIp: rateLimit(SIGN_IN_ATTEMPTS_PER_IP, windowMs),
    perUser: rateLimit(SIGN_IN_ATTEMPTS_PER_USER, windowMs),
  }
}

export function tooManyAttempts(seconds: number): string {
  return `Zu viele Anmeldeversuche. Bitte warten Sie ${seconds} Sekunden. / Too many sign-in attempts. Please wait ${seconds} seconds.`
}
