/**
 * Schema statements for a replicated ClickHouse cluster (CLICKHOUSE_CLUSTER).
 *
 * The migrations are written for one server. On a cluster every DDL statement
 * runs `ON CLUSTER`, through ClickHouse's distributed DDL queue, and every
 * table engine becomes its `Replicated…` form with the usual macros: the
 * Keeper path `/clickhouse/tables/{shard}/{database}/TABLE` and the replica
 * name `{replica}`, both filled in by each server from its own `<macros>`.
 * A statement this function cannot rewrite is refused, so that a new
 * migration can never create a table that silently stays on one replica.
 */

/** Cluster names as ClickHouse accepts them unquoted in `ON CLUSTER`. */
const CLUSTER_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/

export class ClusterDdlError extends Error {
  override name = 'ClusterDdlError'
}

export function assertClusterName(cluster: string): string {
  if (!CLUSTER_NAME.test(cluster)) throw new ClusterDdlError(`invalid cluster name '${cluster}'`)
  return cluster
}

const onCluster = (cluster: string) => `ON CLUSTER \`${cluster}\``

/** The Keeper path and replica of a replicated table, from the servers' macros. */
export function replicaArguments(table: string): string {
  return `'/clickhouse/tables/{shard}/{database}/${table}', '{replica}'`
}

const CREATE_TABLE = /^CREATE\s+TABLE\s+(IF\s+NOT\s+EXISTS\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*\(/i
const ENGINE =
  /\bENGINE\s*=\s*(Replacing|Summing|Aggregating|Collapsing|VersionedCollapsing)?MergeTree\b(\s*\(([^()]*)\))?/i
const ALTER_TABLE = /^ALTER\s+TABLE\s+([A-Za-z_][A-Za-z0-9_]*)\s+(?!ON\s+CLUSTER)/i
const DROP_TABLE = /^DROP\s+TABLE\s+(IF\s+EXISTS\s+)?([A-Za-z_][A-Za-z0-9_]*)(?=\s|$)/i
const CREATE_DATABASE = /^CREATE\s+DATABASE\s+(IF\s+NOT\s+EXISTS\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*$/i

/** Rewrites one single-server DDL statement for the cluster `cluster`. */
export function clusterDdl(statement: string, cluster: string): string {
  assertClusterName(cluster)
  const text = statement.trim()
  if (/\bON\s+CLUSTER\b/i.test(text)) throw new ClusterDdlError('the statement names a cluster already')

  const create = CREATE_TABLE.exec(text)
  if (create) {
    const [head, ifNotExists = '', table = ''] = create
    const engine = ENGINE.exec(text)
    if (!engine)
      throw new ClusterDdlError(`CREATE TABLE ${table}: only MergeTree-family engines can be replicated`)
    const [declared, family = '', , args = ''] = engine
    const replicated = `ENGINE = Replicated${family}MergeTree(${[replicaArguments(table), args.trim()]
      .filter(Boolean)
      .join(', ')})`
    const withEngine = text.replace(declared, replicated)
    return withEngine.replace(head, `CREATE TABLE ${ifNotExists}${table} ${onCluster(cluster)} (`)
  }
  const alter = ALTER_TABLE.exec(text)
  if (alter) return text.replace(alter[0], `ALTER TABLE ${alter[1]} ${onCluster(cluster)} `)
  const drop = DROP_TABLE.exec(text)
  if (drop) return text.replace(drop[0], `DROP TABLE ${drop[1] ?? ''}${drop[2]} ${onCluster(cluster)}`)
  const database = CREATE_DATABASE.exec(text)
  if (database) return `CREATE DATABASE ${database[1] ?? ''}${database[2]} ${onCluster(cluster)}`
  throw new ClusterDdlError(`cannot run on a cluster: ${text.split('\n')[0]}`)
}
