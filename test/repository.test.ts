import { readdirSync, readFileSync } from 'node:fs'
import { dirname, extname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// A fresh clone must stand on its own: no source, test, script or doc may name
// a relative path that climbs out of the repository root (such as the spec
// folder that sits beside the project on the developers' machines only).
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const SKIP = new Set(['node_modules', '.git', 'dist', 'data', 'coverage'])
const TEXT = new Set(['.ts', '.tsx', '.mjs', '.js', '.json', '.md', '.yaml', '.yml', '.sh', ''])

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.name === 'package-lock.json') continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* files(path)
    else if (TEXT.has(extname(entry.name))) yield path
  }
}

/** Relative paths as a file names them: `../x`, `./x/../../y`, in quotes, backticks or links. */
const RELATIVE_PATH = /(?<![\w.@/-])(\.{1,2}\/[\w./@-]*)/g

function pathsLeavingRoot(file: string, text: string): string[] {
  const leaving: string[] = []
  for (const [, path] of text.matchAll(RELATIVE_PATH)) {
    if (!path) continue
    const target = resolve(dirname(file), path)
    if (relative(ROOT, target).startsWith('..')) leaving.push(path)
  }
  return leaving
}

describe('the repository stands on its own', () => {
  it('recognises a path that climbs out of the root', () => {
    // Built from pieces, so that this file does not name such a path itself.
    const up = (n: number) => '../'.repeat(n)
    expect(pathsLeavingRoot(join(ROOT, 'README.md'), `see \`${up(1)}shared/spec/formats.md\``)).toEqual([
      `${up(1)}shared/spec/formats.md`,
    ])
    expect(
      pathsLeavingRoot(join(ROOT, 'server/x.ts'), `new URL('${up(3)}shared/spec/', import.meta.url)`),
    ).toEqual([`${up(3)}shared/spec/`])
    expect(pathsLeavingRoot(join(ROOT, 'server/x.ts'), `import { a } from '${up(1)}shared/catalog'`)).toEqual(
      [],
    )
  })

  it('no file names a path outside the repository', () => {
    const offenders: string[] = []
    for (const file of files(ROOT)) {
      for (const path of pathsLeavingRoot(file, readFileSync(file, 'utf8'))) {
        offenders.push(`${relative(ROOT, file)}: ${path}`)
      }
    }
    expect(offenders).toEqual([])
  })
})
