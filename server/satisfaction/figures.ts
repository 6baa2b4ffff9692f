/** CSAT and NPS by month, ministry and service; satisfaction by SLA outcome; comments. */

import { percent, type SurveyCount } from '../../shared/metric-catalogue'
import {
  MIN_MEANINGFUL_RESPONSES,
  type SatisfactionFigures,
  satisfactionFigures,
} from '../../shared/satisfaction'
import { type Bucket, bucketBounds } from '../period'
import type { Store } from '../store'
import { sql } from '../store/sql'
import { resolutionWithinTarget } from '../tickets/outcomes'
import { satisfied, surveyCountColumns } from './counts'

export interface SatisfactionRow extends SatisfactionFigures {
  bucket: string
  customer: string
  /** '' = all services */
  service: string
  /** Fewer than MIN_MEANINGFUL_RESPONSES responses: shown, but marked. */
  csat_meaningful: boolean
  nps_meaningful: boolean
}

export async function satisfactionByBucket(
  store: Store,
  customers: readonly string[],
  buckets: readonly Bucket[],
  options: { byService: boolean; byCustomer?: boolean },
): Promise<SatisfactionRow[]> {
  if (customers.length === 0 || buckets.length === 0) return []
  // Without the customer split (the trend), the sums run over all the customers in scope: customer ''.
  const customer = options.byCustomer === false ? sql`''` : sql`customer`
  const { starts, ends } = bucketBounds(buckets)
  const service = options.byService ? sql`service` : sql`''`
  const rows = await store.query<
    {
      b: number
      cust: string
      svc: string
    } & Record<SurveyCount, number>
  >(sql`
    SELECT arrayFirstIndex(e -> at < e, ${ends}) AS b, ${customer} AS cust, ${service} AS svc,
      ${surveyCountColumns}
    FROM surveys FINAL
    WHERE customer IN ${customers} AND at >= ${starts}[1] AND at < ${ends}[-1]
    GROUP BY b, cust, svc
    ORDER BY b, cust, svc`)
  return rows.map((row) => {
    const figures = satisfactionFigures(row)
    return {
      bucket: buckets[row.b - 1]?.label ?? '',
      customer: row.cust,
      service: row.svc,
      ...figures,
      csat_meaningful: figures.csat_responses >= MIN_MEANINGFUL_RESPONSES,
      nps_meaningful: figures.nps_responses >= MIN_MEANINGFUL_RESPONSES,
    }
  })
}

export interface OutcomeSatisfaction {
  outcome: 'met' | 'breached' | 'no_sla' | 'open'
  csat: number | null
  responses: number
  meaningful: boolean
}

/**
 * CSAT of surveys linked to a ticket, by the ticket's resolution outcome as
 * of the period's end: does keeping the SLA make customers happier?
 */
export async function satisfactionBySlaOutcome(
  store: Store,
  customers: readonly string[],
  from: number,
  to: number,
): Promise<OutcomeSatisfaction[]> {
  if (customers.length === 0) return []
  const end = new Date(to)
  const rows = await store.query<{
    outcome: OutcomeSatisfaction['outcome']
    responses: number
    satisfied: number
  }>(sql`
    SELECT
      multiIf(
        h.ticket = '', 'no_sla',
        h.sla = '' OR resolution_target_ms IS NULL, 'no_sla',
        resolved_at IS NULL, 'open',
        ${resolutionWithinTarget}, 'met',
        'breached') AS outcome,
      count() AS responses, countIf(${satisfied}) AS satisfied
    FROM (
      SELECT ticket, score FROM surveys FINAL
      WHERE kind = 'csat' AND ticket != '' AND customer IN ${customers} AND at >= ${new Date(from)} AND at < ${end}
    ) AS s
    LEFT JOIN (
      SELECT ticket, sla, i,
        cp_resolved_at[i] AS resolved_at, cp_resolution_elapsed_ms[i] AS resolution_elapsed_ms,
        cp_resolution_target_ms[i] AS resolution_target_ms
      FROM (
        SELECT ticket, sla, cp_at, cp_resolved_at, cp_resolution_elapsed_ms, cp_resolution_target_ms,
          arrayLastIndex(x -> x < ${end}, cp_at) AS i
        FROM ticket_history FINAL WHERE customer IN ${customers} AND created_at < ${end}
      )
    ) AS h ON h.ticket = s.ticket
    GROUP BY outcome`)
  const order: OutcomeSatisfaction['outcome'][] = ['met', 'breached', 'open', 'no_sla']
  return order.map((outcome) => {
    const row = rows.find((r) => r.outcome === outcome)
    const responses = row?.responses ?? 0
    return {
      outcome,
      csat: percent(row?.satisfied ?? 0, responses),
      responses,
      meaningful: responses >= MIN_MEANINGFUL_RESPONSES,
    }
  })
}

export interface SurveyComment {
  id: string
  at: number
  customer: string
  service: string
  ticket: string
  kind: 'csat' | 'nps'
  score: number
  comment: string
}

/** Free-text comments (may hold personal data): only ever for the caller's own scope. */
export async function surveyComments(
  store: Store,
  customers: readonly string[],
  from: number,
  to: number,
  limit: number,
): Promise<SurveyComment[]> {
  if (customers.length === 0) return []
  const rows = await store.query<Omit<SurveyComment, 'at'> & { at_ms: number }>(sql`
    SELECT id, toUnixTimestamp64Milli(at) AS at_ms, customer, service, ticket, kind, score, comment
    FROM surveys FINAL
    WHERE customer IN ${customers} AND comment != '' AND at >= ${new Date(from)} AND at < ${new Date(to)}
    ORDER BY at DESC LIMIT ${{ type: 'UInt32', value: limit }}`)
  return rows.map(({ at_ms, ...row }) => ({ ...row, at: at_ms }))
}
