import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['{server,shared,ingest,web,test}/**/*.test.{ts,tsx}'],
    // chDB binds one data folder per process: each test file runs in its own fork.
    pool: 'forks',
    // Two files at a time on two cores: much of a browser, CLI or connector test is waiting.
    maxWorkers: 2,
    reporters: ['default', './test/support/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
