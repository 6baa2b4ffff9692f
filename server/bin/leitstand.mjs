#!/usr/bin/env -S node --max-semi-space-size=32 --max-old-space-size=640
// The `leitstand` command: runs the TypeScript CLI through tsx, so the
// installed package needs no build step. A larger young generation (32 MiB
// semi-space) cuts the garbage collection of streaming ingest (millions of
// short-lived records); a 640 MiB old generation keeps the heap from growing
// lazily, so a large ingest stays under 1 GiB with chDB (npm run bench:ingest
// uses the same flags).
import { register } from 'tsx/esm/api'

register()
await import('../cli.ts')
