/** What the user reads when a call fails: the server's message, never a stack. */
import { TRPCClientError } from '@trpc/client'
import { language, t } from '../i18n'

interface ErrorData {
  code?: string
  httpStatus?: number
  errorId?: string
}

/** The refusals and failures whose words the dashboard has in every language. */
const KNOWN_CODES = [
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'SERVICE_UNAVAILABLE',
  'PRECONDITION_FAILED',
  'TIMEOUT',
] as const
type KnownCode = (typeof KNOWN_CODES)[number]

function isKnownCode(code: string | undefined): code is KnownCode {
  return (KNOWN_CODES as readonly (string | undefined)[]).includes(code)
}

function dataOf(error: unknown): ErrorData | undefined {
  if (!(error instanceof TRPCClientError)) return undefined
  const data: unknown = error.data
  return typeof data === 'object' && data !== null ? (data as ErrorData) : undefined
}

export function errorCode(error: unknown): string | undefined {
  return dataOf(error)?.code
}

/** A 4xx answer: retrying will not change it. */
export function isClientError(error: unknown): boolean {
  const status = dataOf(error)?.httpStatus
  return status !== undefined && status >= 400 && status < 500
}

/**
 * The message to show. The server words its answers in German, and those are
 * shown as they are (they may name the ticket or field). In another language
 * the error's code picks the words, and an internal error keeps its id.
 * Input validation errors arrive as the zod issue list in JSON; those become
 * their messages. Without an answer from the server (network down), a plain
 * sentence.
 */
export function errorMessage(error: unknown): string {
  if (!(error instanceof TRPCClientError)) return t('common:errors.browser')
  const data = dataOf(error)
  if (!data) return t('common:errors.offline')
  if (language() !== 'de') {
    if (data.code === 'INTERNAL_SERVER_ERROR')
      return data.errorId
        ? t('common:errors.internal', { id: data.errorId })
        : t('common:errors.internalNoId')
    if (isKnownCode(data.code)) return t(`common:errors.${data.code}`)
  }
  return validationMessages(error.message) ?? error.message
}

function validationMessages(message: string): string | undefined {
  if (!message.trimStart().startsWith('[')) return undefined
  try {
    const issues: unknown = JSON.parse(message)
    if (!Array.isArray(issues)) return undefined
    const messages = issues
      .map((issue: unknown) =>
        typeof issue === 'object' && issue !== null && 'message' in issue ? String(issue.message) : '',
      )
      .filter(Boolean)
    return messages.length > 0 ? messages.join(' ') : undefined
  } catch {
    return undefined
  }
}
