import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const SCRIPT = fileURLToPath(new URL('./support/require-chromium.mjs', import.meta.url))

describe('npm test without Chromium', () => {
  it('says in one line what to install', () => {
    const result = spawnSync(process.execPath, [SCRIPT], {
      env: { ...process.env, LEITSTAND_CHROMIUM: '/no/such/chromium' },
      encoding: 'utf8',
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toBe(
      'npm test: the browser tests need Chromium at /no/such/chromium: install it (Debian: apt-get install chromium poppler-utils) or set LEITSTAND_CHROMIUM to its path\n',
    )
  })

  it('passes with the Chromium that LEITSTAND_CHROMIUM names', () => {
    const result = spawnSync(process.execPath, [SCRIPT], {
      env: { ...process.env, LEITSTAND_CHROMIUM: process.execPath },
      encoding: 'utf8',
    })
    expect(result).toMatchObject({ status: 0, stderr: '' })
  })
})
