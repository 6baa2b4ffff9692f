import { TRPCClientError } from '@trpc/client'
import { afterEach, describe, expect, it } from 'vitest'
import { setLanguage } from '../i18n'
import { errorMessage, isClientError } from './errors'

function serverError(message: string, code: string, httpStatus: number) {
  return TRPCClientError.from({ error: { message, code: -32600, data: { code, httpStatus } } })
}

describe('error messages', () => {
  it("passes the server's message through", () => {
    const error = serverError('Kein Zugriff auf dieses Ressort.', 'FORBIDDEN', 403)
    expect(errorMessage(error)).toBe('Kein Zugriff auf dieses Ressort.')
    expect(isClientError(error)).toBe(true)
  })

  it('turns a zod issue list into its messages', () => {
    const issues = JSON.stringify([{ code: 'custom', path: ['to'], message: '„bis“ muss nach „von“ liegen' }])
    expect(errorMessage(serverError(issues, 'BAD_REQUEST', 400))).toBe('„bis“ muss nach „von“ liegen')
  })

  it('retries server failures but not refusals', () => {
    expect(isClientError(serverError('Interner Fehler (ID 1a2b3c4d)', 'INTERNAL_SERVER_ERROR', 500))).toBe(
      false,
    )
    expect(isClientError(new Error('boom'))).toBe(false)
  })
})

describe('error messages in English', () => {
  afterEach(() => setLanguage('de'))

  it('words refusals by their code and keeps the id of an internal error', () => {
    setLanguage('en')
    expect(errorMessage(serverError('Kein Zugriff auf dieses Ressort.', 'FORBIDDEN', 403))).toBe(
      'No access to this ministry.',
    )
    const internal = TRPCClientError.from({
      error: {
        message: 'Interner Fehler (ID 1a2b3c4d)',
        code: -32603,
        data: { code: 'INTERNAL_SERVER_ERROR', httpStatus: 500, errorId: '1a2b3c4d' },
      },
    })
    expect(errorMessage(internal)).toBe('Internal error (ID 1a2b3c4d)')
    expect(errorMessage(new Error('boom'))).toBe('Unexpected error in the browser. Please reload the page.')
  })
})
