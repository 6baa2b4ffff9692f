/**
 * The layers import one way (docs/architecture.md). Every import of our own
 * code in shared/, web/, ingest/ and server/ is read from the source and
 * checked against the rules below; tests are left out (they set up data
 * through any layer, e.g. server tests ingest their fixtures).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, extname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const SOURCE = new Set(['.ts', '.tsx', '.mjs'])

interface Import {
  /** Repository path of the imported module, without extension (`server/store/index`). */
  target: string
  /** `import type` / `export type`: gone after compilation. */
  typeOnly: boolean
}

// `import … from '…'` and `export … from '…'` (over several lines), `import '…'`, `import('…')`.
const FROM = /(?:^|\n)\s*(?:import|export)\s+(type\s+)?[\w\s{},*$]*?\bfrom\s*['"]([^'"]+)['"]/g
const BARE = /(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g

/** The imports of our own code in a file's text; packages are left out. */
function importsOf(file: string, text: string): Import[] {
  const found: Import[] = []
  const add = (specifier: string | undefined, typeOnly: boolean) => {
    if (!specifier?.startsWith('.')) return
    const target = relative(ROOT, resolve(dirname(join(ROOT, file)), specifier)).replace(/\.(tsx?|mjs)$/, '')
    found.push({ target, typeOnly })
  }
  for (const [, type, specifier] of text.matchAll(FROM)) add(specifier, type !== undefined)
  for (const [, specifier] of text.matchAll(BARE)) add(specifier, false)
  for (const [, specifier] of text.matchAll(DYNAMIC)) add(specifier, false)
  return found
}

interface Rule {
  /** The files the rule is about (a folder ends in `/`). */
  layer: string
  /** Files in the layer it does not hold for. */
  except?: string[]
  /** What they may import; anything of ours not listed is refused. */
  may?: string[]
  /** What they may import with `import type` only. */
  typesFrom?: string[]
  /** What they must not import. */
  mayNot?: string[]
}

const RULES: Rule[] = [
  // Browser-safe schemas, types, pure formulas, formatters.
  { layer: 'shared/', may: ['shared/'] },
  // The dashboard knows the server only by its router's types.
  { layer: 'web/', may: ['web/', 'shared/'], typesFrom: ['server/'] },
  // Ingest writes: through the store, then derive; it announces changes in the change feed and
  // saves the demo catalog.
  {
    layer: 'ingest/',
    may: [
      'ingest/',
      'shared/',
      'server/store/',
      'server/derive/',
      'server/cache/changes',
      'server/catalog/catalog',
    ],
  },
  // Derivation reads the events (the raw checks as the availability figures do) and writes its tables.
  {
    layer: 'server/derive/',
    may: ['server/derive/', 'server/store/', 'shared/', 'server/availability/queries'],
  },
  // The server reads. Only its doors for incoming data and the command line start ingest.
  {
    layer: 'server/',
    except: ['server/ingest/', 'server/connectors/', 'server/cli', 'server/commands'],
    mayNot: ['ingest/'],
  },
]

/** A place is a file, or a folder ending in `/` (its index included). */
const within = (path: string, place: string) =>
  place.endsWith('/') ? path.startsWith(place) || path === place.slice(0, -1) : path === place
const inAny = (path: string, places: readonly string[] = []) => places.some((place) => within(path, place))

/** What a file's imports break, as `file -> target` lines. */
function violations(file: string, imports: readonly Import[]): string[] {
  const path = file.replace(/\.(tsx?|mjs)$/, '')
  const broken: string[] = []
  for (const rule of RULES) {
    if (!within(path, rule.layer) || inAny(path, rule.except)) continue
    for (const { target, typeOnly } of imports) {
      const allowed =
        !inAny(target, rule.mayNot) &&
        (!rule.may || inAny(target, rule.may) || (typeOnly && inAny(target, rule.typesFrom)))
      if (!allowed) broken.push(`${file} -> ${target}${typeOnly ? ' (type)' : ''}`)
    }
  }
  return broken
}

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* sources(path)
    else if (SOURCE.has(extname(entry.name)) && !/\.test\.tsx?$/.test(entry.name)) yield path
  }
}

describe('the layers', () => {
  it('recognise every form of import and judge it', () => {
    // Paths built from pieces: test/repository.test.ts refuses a literal one that climbs out of the root.
    const up = (n: number) => '../'.repeat(n)
    const text = [
      `import type { AppRouter } from '${up(2)}server/router'`,
      `import {\n  ingestFile,\n  type IngestSummary,\n} from '${up(1)}ingest/ingest'`,
      `export { EVENT_KINDS } from '${up(1)}shared/events'`,
      "import './side-effect'",
      `const cli = await import('${up(1)}cli.ts')`,
      "import { z } from 'zod'",
    ].join('\n')
    expect(importsOf('web/src/x.ts', text)).toEqual([
      { target: 'server/router', typeOnly: true },
      { target: 'web/ingest/ingest', typeOnly: false },
      { target: 'web/shared/events', typeOnly: false },
      { target: 'web/src/side-effect', typeOnly: false },
      { target: 'web/cli', typeOnly: false },
    ])
    const imports = (file: string, ...lines: string[]) => violations(file, importsOf(file, lines.join('\n')))
    expect(imports('web/src/trpc.ts', `import type { AppRouter } from '${up(2)}server/router'`)).toEqual([])
    expect(imports('web/src/x.ts', `import { appRouter } from '${up(2)}server/router'`)).toEqual([
      'web/src/x.ts -> server/router',
    ])
    expect(imports('server/quarantine/x.ts', `import { ingestFile } from '${up(2)}ingest/ingest'`)).toEqual([
      'server/quarantine/x.ts -> ingest/ingest',
    ])
    expect(imports('server/commands.ts', `import { ingestFile } from '${up(1)}ingest/ingest'`)).toEqual([])
    expect(imports('shared/x.ts', `import type { Store } from '${up(1)}server/store'`)).toEqual([
      'shared/x.ts -> server/store (type)',
    ])
    expect(imports('ingest/x.ts', `import { appRouter } from '${up(1)}server/router'`)).toEqual([
      'ingest/x.ts -> server/router',
    ])
    expect(imports('ingest/x.ts', `import { derive } from '${up(1)}server/derive'`)).toEqual([])
  })

  it('import one way: shared <- server, ingest, web; web -> server as types only; the server reads, ingest writes', () => {
    const broken: string[] = []
    for (const dir of ['shared', 'web/src', 'ingest', 'server']) {
      for (const file of sources(dir)) {
        broken.push(...violations(file, importsOf(file, readFileSync(join(ROOT, file), 'utf8'))))
      }
    }
    expect(broken).toEqual([])
  })

  it('and shared/ has no circle of run-time imports (a module half loaded when its partner runs)', () => {
    const graph = new Map<string, string[]>()
    for (const file of sources('shared')) {
      const imports = importsOf(file, readFileSync(join(ROOT, file), 'utf8'))
      graph.set(
        file.replace(/\.(tsx?|mjs)$/, ''),
        imports.filter((i) => !i.typeOnly).map((i) => i.target),
      )
    }
    const circles: string[] = []
    // Each circle is found once, from its smallest module.
    const visit = (start: string, module: string, path: string[]) => {
      for (const next of graph.get(module) ?? []) {
        if (next === start) circles.push([...path, next].join(' -> '))
        else if (!path.includes(next) && next > start) visit(start, next, [...path, next])
      }
    }
    for (const module of graph.keys()) visit(module, module, [module])
    expect(circles).toEqual([])
  })
})
