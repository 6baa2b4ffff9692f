/** The audit trail's query. */
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { AuditFilter } from '../../../../shared/audit'
import { useTRPC } from '../../trpc'

export function useAuditTrail(filter: AuditFilter) {
  const trpc = useTRPC()
  return useQuery({ ...trpc.audit.list.queryOptions(filter), placeholderData: keepPreviousData })
}
