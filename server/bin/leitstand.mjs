#!/usr/bin/env -S node --max-semi-space-size=32 --max-old-space-size=640
// The `leitstand` command: runs the TypeScript CLI through tsx, so the
// installed package needs no build step. A larger young generation cuts the
// garbage collection of streaming ingest (millions of short-lived records).
import { register } from 'tsx/esm/api'

register()
await import('../cli.ts')
