#!/usr/bin/env node
// The `leitstand` command: runs the TypeScript CLI through tsx, so the
// installed package needs no build step.
import { register } from 'tsx/esm/api'

register()
await import('../cli.ts')
