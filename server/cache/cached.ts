/**
 * A data procedure's answer through the result cache: each procedure says
 * what its answer reads (kinds of data and their days) and whether it is
 * about the present, and how live it is:
 *
 * - live views (the SLA board, which refreshes every 30 s, the status
 *   overview, the situation, a ticket's running clocks) are computed for the
 *   start of the running 30-second step;
 * - a period that reaches up to now (this month, this year, the last 30
 *   days) for the start of its 5-minute step: its figures move by minutes
 *   in a month, and computing every service's year again every 30 seconds
 *   would keep the store from the callers.
 *
 * Either is computed for the moment the newest data arrived if that is
 * later, cached or not, and names the instant it holds for. The cache
 * answers one a step behind while it computes the next; new data drops it
 * at once, and the next answer holds for an instant after that data arrived
 * (a pushed check shows within the second it is derived).
 */

import type { User } from '../../shared/auth'
import type { Catalog } from '../../shared/catalog'
import type { Period } from '../period'
import type { Context, Scope } from '../trpc'
import { ALL_DAYS, type DataKind, dayOf } from './changes'
import type { Read, ResultCache } from './results'

export type { Read }

/** How live an answer about the present is: the step between the instants it is computed for. */
export const PRESENT_STEPS_MS = { live: 30_000, period: 5 * 60_000 } as const
export type Presence = keyof typeof PRESENT_STEPS_MS

/** The instant an answer about the present is computed for: the start of its step, or the newest change if later. */
export function presentNow(cache: ResultCache | undefined, presence: Presence = 'live'): number {
  const step = PRESENT_STEPS_MS[presence]
  return Math.max(Math.floor(Date.now() / step) * step, cache?.changedAt ?? 0)
}

/** What an answer reads, and whether (and how live) it depends on the present instant. */
export interface Figure {
  reads: Read[]
  present?: Presence
}

/**
 * A live figure that may turn out to hold for every later instant until new
 * data arrives (`settled`): such an answer is kept like a past period's.
 */
export interface LiveFigure<Output> extends Figure {
  present?: 'live'
  settled?: (answer: Output) => boolean
}

/**
 * `kinds` over the days of [from, to), one day wider on each side: records
 * are recorded by their UTC day, periods are local, and a check holds into
 * the next day.
 */
export function during(kinds: readonly DataKind[], from: number, to: number): Read {
  return { kinds, first: dayOf(from) - 1, last: dayOf(to) + 1 }
}

/** `kinds` on every day before `to`: a ticket's state as of `to` follows from all its earlier events. */
export function until(kinds: readonly DataKind[], to: number): Read {
  return { kinds, first: ALL_DAYS.first, last: dayOf(to) + 1 }
}

/** `kinds` on any day. */
export function always(kinds: readonly DataKind[]): Read {
  return { kinds, ...ALL_DAYS }
}

/** The context of a scoped procedure, as `scopedProcedure` narrows it. */
export interface ScopedContext extends Context {
  user: User
  catalog: Catalog
  catalogVersion: number
  scope: Scope
}

/** A period procedure's resolved period (`periodProcedure` in server/trpc.ts); undefined for other procedures. */
type PeriodOf<Ctx> = Ctx extends { period: Period } ? Period : undefined

/**
 * Wraps a query resolver: the answer is cached under the procedure, its input
 * and the caller's scope; `figure` tells what it reads. `now` is the live
 * present instant the answer is computed for (a period up to now goes
 * through `sharedFigure`, which takes its instant).
 */
export function cached<Ctx extends ScopedContext, Input, Output>(
  figure: (
    input: NoInfer<Input>,
    at: { zone: string; now: number; period: PeriodOf<NoInfer<Ctx>> },
  ) => LiveFigure<NoInfer<Output>>,
  resolve: (options: { ctx: Ctx; input: Input; now: number }) => Promise<Output>,
) {
  return (options: { ctx: Ctx; input: Input; path: string }): Promise<Output> => {
    const { ctx, input, path } = options
    const now = presentNow(ctx.cache)
    const run = () => resolve({ ctx, input, now })
    if (!ctx.cache) return run()
    const period = ('period' in ctx ? ctx.period : undefined) as PeriodOf<Ctx>
    const { reads, present, settled } = figure(input, { zone: ctx.catalog.timezone, now, period })
    const key = JSON.stringify([
      path,
      input,
      // Leadership and service management see the same data: their answers are shared.
      ctx.user.role === 'ministry' ? `ministry:${ctx.user.customer}` : 'staff',
      ctx.scope.customers,
      ctx.catalogVersion,
    ])
    return ctx.cache.get(
      key,
      reads,
      run,
      present ? { now, step: PRESENT_STEPS_MS[present], settled } : undefined,
    )
  }
}

/**
 * An answer that depends only on what `key` names, not on who asks: the
 * figures of one ministry, asked for through a procedure that has checked
 * the caller may see that ministry. The staff and the ministry then share
 * one computation, and so do procedures that need the same figures (a
 * report, and the verdict that compares the next period with it; a
 * service's page for the staff looking through a ministry's eyes and for
 * that ministry). An answer about the present is computed for `now`,
 * `presentNow(cache, present)`.
 */
export function sharedFigure<T>(
  ctx: Pick<ScopedContext, 'cache' | 'catalogVersion'>,
  key: readonly unknown[],
  figure: Figure & { now?: number },
  compute: () => Promise<T>,
): Promise<T> {
  if (!ctx.cache) return compute()
  const { present } = figure
  const instant = present && {
    now: figure.now ?? presentNow(ctx.cache, present),
    step: PRESENT_STEPS_MS[present],
  }
  return ctx.cache.get(JSON.stringify(['shared', ...key, ctx.catalogVersion]), figure.reads, compute, instant)
}
