/**
 * deploy/ cannot run here (no Docker, no cluster): these checks hold its files
 * to each other and to the product, so they do not drift apart unnoticed.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const read = (path: string) => readFileSync(new URL(`../deploy/${path}`, import.meta.url), 'utf8')

interface ComposeService {
  environment?: Record<string, string>
  depends_on?: unknown
  build?: { context: string; dockerfile: string }
}
const compose = parse(read('compose.yaml'), { merge: true }) as { services: Record<string, ComposeService> }
const services = compose.services
const clusterXml = read('clickhouse/cluster.xml')

describe('deploy/compose.yaml', () => {
  it('runs three Keepers, two ClickHouse replicas, two Leitstand instances, a proxy and Keycloak', () => {
    expect(Object.keys(services).sort()).toEqual([
      'clickhouse1',
      'clickhouse2',
      'keeper1',
      'keeper2',
      'keeper3',
      'keycloak',
      'leitstand1',
      'leitstand2',
      'proxy',
    ])
    expect(new Set(['1', '2', '3'].map((id) => services[`keeper${id}`]?.environment?.KEEPER_ID))).toEqual(
      new Set(['1', '2', '3']),
    )
    expect(services.clickhouse1?.environment?.REPLICA).not.toBe(services.clickhouse2?.environment?.REPLICA)
  })

  it('points both instances at the cluster that cluster.xml defines, with shared secrets', () => {
    const cluster = /<remote_servers>\s*<(\w+)>/.exec(clusterXml)?.[1]
    expect(cluster).toBe('leitstand')
    for (const name of ['leitstand1', 'leitstand2']) {
      const env = services[name]?.environment ?? {}
      expect(env.CLICKHOUSE_CLUSTER).toBe(cluster)
      expect(env.CLICKHOUSE_URL).toMatch(/^http:\/\/clickhouse[12]:8123$/)
      // Sessions live in the store, so the instances share no secret; they share the OpenID client.
      expect(env.LEITSTAND_SESSION_SECRET).toBeUndefined()
      expect(env.LEITSTAND_OIDC_ISSUER).toMatch(/^\$\{LEITSTAND_OIDC_ISSUER:\?set .+ in \.env\}$/)
      expect(env.LEITSTAND_OIDC_CLIENT_SECRET).toMatch(
        /^\$\{LEITSTAND_OIDC_CLIENT_SECRET:\?set .+ in \.env\}$/,
      )
      expect(services[name]?.build).toEqual({ context: '..', dockerfile: 'deploy/Dockerfile' })
    }
    expect(services.leitstand1?.environment?.CLICKHOUSE_URL).not.toBe(
      services.leitstand2?.environment?.CLICKHOUSE_URL,
    )
  })

  it('uses only variables that the README documents', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    for (const name of ['leitstand1', 'leitstand2']) {
      for (const variable of Object.keys(services[name]?.environment ?? {}))
        expect(readme, variable).toContain(`\`${variable}\``)
    }
  })

  it('lists every Keeper in the ClickHouse configuration, and the replica macro per server', () => {
    for (const keeper of ['keeper1', 'keeper2', 'keeper3'])
      expect(clusterXml).toContain(`<node><host>${keeper}</host><port>9181</port></node>`)
    expect(clusterXml).toContain('<replica from_env="REPLICA"/>')
    expect(read('keeper/keeper.xml').match(/<server><id>\d<\/id>/g)).toHaveLength(3)
  })

  it('lets the proxy spread requests over both instances', () => {
    const nginx = read('proxy/nginx.conf')
    expect(nginx).toContain('server leitstand1:3000')
    expect(nginx).toContain('server leitstand2:3000')
  })
})
