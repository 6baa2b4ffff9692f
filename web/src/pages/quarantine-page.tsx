/** "Quarantäne": records the import refused, for the service management to fix at the source. */
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useId } from 'react'
import { useSearchParams } from 'react-router'
import { PageHeader } from '../components/page-header'
import { Empty, Loading, QueryError } from '../components/query-state'
import { isEventKind, KIND_LABELS, KINDS } from '../features/quarantine/adapters'
import { QuarantineTable } from '../features/quarantine/quarantine-table'
import { formatInteger } from '../lib/format'
import { useTRPC } from '../trpc'

const LIMIT = 500

export function QuarantinePage() {
  const trpc = useTRPC()
  const id = useId()
  const [params, setParams] = useSearchParams()
  const art = params.get('art')
  const kind = isEventKind(art) ? art : undefined
  const records = useQuery({
    ...trpc.quarantine.list.queryOptions({ kind, limit: LIMIT }),
    placeholderData: keepPreviousData,
  })

  return (
    <>
      <PageHeader title="Quarantäne">
        Datensätze, die beim Import abgewiesen wurden, aus dem jeweils letzten Lauf jeder Datei. Nach einer
        Korrektur und erneutem Import verschwinden sie hier.
      </PageHeader>
      <section className="card filters no-print" aria-label="Filter">
        <div className="field">
          <label htmlFor={`${id}-art`}>Art</label>
          <select
            id={`${id}-art`}
            value={kind ?? ''}
            onChange={(e) => setParams(e.target.value ? { art: e.target.value } : {}, { flushSync: true })}
          >
            <option value="">Alle Arten</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
      </section>
      {records.isError ? (
        <QueryError error={records.error} />
      ) : !records.data ? (
        <Loading />
      ) : records.data.length === 0 ? (
        <Empty>
          <p className="state-title">Keine Datensätze in Quarantäne</p>
          <p>
            {kind ? `Für „${KIND_LABELS[kind]}“ wurde nichts abgewiesen.` : 'Alle Importe waren fehlerfrei.'}
          </p>
        </Empty>
      ) : (
        <section className="card" aria-label="Datensätze" aria-busy={records.isFetching}>
          <p className="muted">
            {formatInteger(records.data.length)} {records.data.length === 1 ? 'Datensatz' : 'Datensätze'}
            {records.data.length >= LIMIT ? ` (es werden höchstens ${formatInteger(LIMIT)} angezeigt)` : ''}
          </p>
          <QuarantineTable records={records.data} />
        </section>
      )}
    </>
  )
}
