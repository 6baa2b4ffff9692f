/** What the user reads when a call fails: the server's message, never a stack. */
import { TRPCClientError } from '@trpc/client'

interface ErrorData {
  code?: string
  httpStatus?: number
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
 * The message to show. Input validation errors arrive as the zod issue list
 * in JSON; those become their messages. Without an answer from the server
 * (network down), a plain sentence.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof TRPCClientError) {
    if (!dataOf(error)) return 'Der Server ist nicht erreichbar. Bitte versuchen Sie es später erneut.'
    return validationMessages(error.message) ?? error.message
  }
  return 'Unerwarteter Fehler im Browser. Bitte laden Sie die Seite neu.'
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
