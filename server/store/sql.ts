/**
 * A tagged template that keeps values out of the SQL text: every interpolated
 * value becomes a `{pN:Type}` placeholder bound through `query_params`.
 * Identifiers never come from here; they are written in the SQL by the code.
 */
export interface Sql {
  query: string
  params: Record<string, unknown>
}

export type SqlValue =
  | { type: string; value: unknown }
  | Sql
  | string
  | number
  | boolean
  | Date
  | readonly string[]

/** A value with an explicit ClickHouse type, e.g. `typed('UInt64', 5n)`. */
export function typed(type: string, value: unknown): { type: string; value: unknown } {
  return { type, value }
}

export function isSql(value: unknown): value is Sql {
  return typeof value === 'object' && value !== null && 'query' in value && 'params' in value
}

function inferType(value: unknown): string {
  if (typeof value === 'string') return 'String'
  if (typeof value === 'boolean') return 'Bool'
  if (typeof value === 'number') return Number.isInteger(value) ? 'Int64' : 'Float64'
  if (value instanceof Date) return "DateTime64(3, 'UTC')"
  if (Array.isArray(value)) return 'Array(String)'
  throw new Error(`sql: cannot bind a value of type ${typeof value}`)
}

/** ClickHouse reads DateTime64 parameters as 'YYYY-MM-DD hh:mm:ss.sss'. */
export function toChDateTime(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', '')
}

let counter = 0

export function sql(strings: TemplateStringsArray, ...values: SqlValue[]): Sql {
  let query = strings[0] ?? ''
  const params: Record<string, unknown> = {}
  values.forEach((value, i) => {
    if (isSql(value)) {
      query += value.query
      Object.assign(params, value.params)
    } else {
      const name = `p${(counter++).toString(36)}`
      const { type, value: raw } =
        typeof value === 'object' && value !== null && 'type' in value && !Array.isArray(value)
          ? (value as { type: string; value: unknown })
          : { type: inferType(value), value }
      query += `{${name}:${type}}`
      params[name] = raw instanceof Date ? toChDateTime(raw) : raw
    }
    query += strings[i + 1] ?? ''
  })
  return { query, params }
}

/** Joins fragments, e.g. optional WHERE conditions. */
export function join(parts: Sql[], separator: string): Sql {
  const query = parts.map((part) => part.query).join(separator)
  const params = Object.assign({}, ...parts.map((part) => part.params))
  return { query, params }
}

export const empty: Sql = { query: '', params: {} }
