/** Why the server refused a sign-in (`?abgelehnt=` on the login page), in words. */
import { t } from '../../i18n'

const REASONS = [
  'no_role',
  'no_ministry',
  'unknown_ministry',
  'several_ministries',
  'invalid',
  'provider_error',
  'unavailable',
] as const

/** The message for a refusal code, or undefined when there is none (or an unknown one). */
export function refusalMessage(code: string | null): string | undefined {
  const reason = REASONS.find((r) => r === code)
  return reason ? t(`auth:refused.${reason}`) : undefined
}
