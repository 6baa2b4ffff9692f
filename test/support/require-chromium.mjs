// Run by `npm test` before the tests: the browser and PDF tests drive a real
// Chromium. Without one, say in one line what to install instead of letting
// each browser test fail with a launch error.
import { accessSync, constants } from 'node:fs'

const chromium = process.env.LEITSTAND_CHROMIUM || '/usr/bin/chromium'
try {
  accessSync(chromium, constants.X_OK)
} catch {
  console.error(
    `npm test: the browser tests need Chromium at ${chromium}: install it (Debian: apt-get install chromium poppler-utils) or set LEITSTAND_CHROMIUM to its path`,
  )
  process.exit(1)
}
