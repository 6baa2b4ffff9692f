/** The report page's queries, one hook each; without a ministry none is asked. */
import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query'
import { useTRPC } from '../../trpc'

/** One ministry's report for `[from, to)`; the previous one stays on screen while the next loads. */
export function useReport(customer: string | undefined, from: string, to: string) {
  const trpc = useTRPC()
  return useQuery({
    ...trpc.report.get.queryOptions(customer ? { customer, from, to } : skipToken),
    placeholderData: keepPreviousData,
  })
}

/** The verdict: key figures against their targets, the previous period, the 12-month trend. */
export function useReportVerdict(customer: string | undefined, from: string, to: string) {
  const trpc = useTRPC()
  return useQuery({
    ...trpc.report.verdict.queryOptions(customer ? { customer, from, to } : skipToken),
    placeholderData: keepPreviousData,
  })
}

/** The changes of the ministry's agreements within the period. */
export function useAgreementNotes(customer: string | undefined, from: string, to: string) {
  const trpc = useTRPC()
  return useQuery(trpc.report.agreements.queryOptions(customer ? { customer, from, to } : skipToken))
}
