/**
 * A ministry's report and its verdict as figures of that ministry alone:
 * computed once for everyone who may see it (the procedures check that
 * first), kept in the result cache, and computed ahead for last month
 * (server/cache/warm.ts) without a person's view in the audit trail. The
 * verdict's previous period is the report of the period before, so the two
 * share that computation too.
 */
import { during, type ScopedContext, sharedFigure, until } from '../cache/cached'
import { buildReport } from './report'
import { reportVerdict, verdictPeriods } from './verdict'

export type FigureContext = Pick<ScopedContext, 'store' | 'catalog' | 'catalogVersion' | 'cache'>

export function reportOf(ctx: FigureContext, customer: string, from: number, to: number) {
  return sharedFigure(
    ctx,
    ['report', customer, from, to],
    { reads: [until(['tickets'], to), during(['checks', 'maintenance', 'surveys'], from, to)] },
    () => buildReport(ctx.store, ctx.catalog, customer, from, to),
  )
}

export function verdictOf(ctx: FigureContext, customer: string, from: number, to: number) {
  const { previous, trend } = verdictPeriods(from, to, ctx.catalog.timezone)
  const end = Math.max(to, trend.to)
  return sharedFigure(
    ctx,
    ['verdict', customer, from, to],
    {
      reads: [
        until(['tickets'], end),
        during(['checks', 'maintenance', 'surveys'], Math.min(previous.from, trend.from), end),
      ],
    },
    () =>
      reportVerdict(ctx.store, ctx.catalog, customer, from, to, (before, after) =>
        reportOf(ctx, customer, before, after),
      ),
  )
}
