import { useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { today as todayInBerlin } from '../../lib/dates'
import { readTicketFilters, type TicketFilters, writeTicketFilters } from './filters'

/** The filters of the URL and a setter that writes them back (one history entry per change). */
export function useTicketFilters() {
  const [params, setParams] = useSearchParams()
  const today = useMemo(() => todayInBerlin(), [])
  const filters = readTicketFilters(params, today)
  // flushSync: a controlled checkbox or select must show its new state at once,
  // not snap back until a navigation transition commits.
  const setFilters = (next: TicketFilters) => setParams(writeTicketFilters(next), { flushSync: true })
  return { filters, today, setFilters }
}
