import { TRPCError } from '@trpc/server'
import { z } from 'zod'
import { currentCatalog } from '../catalog/catalog'
import { publicProcedure, router } from '../trpc'
import { demoUsers } from './demo-users'
import { clearedSessionCookie, issueSession, sessionCookie } from './session'

export const authRouter = router({
  /** The signed-in user, or null. */
  me: publicProcedure.query(({ ctx }) => ctx.user ?? null),
  /** The users the demo login page offers; empty outside demo mode. */
  demoUsers: publicProcedure.query(async ({ ctx }) => {
    if (!ctx.demo) return []
    return demoUsers((await currentCatalog(ctx.store))?.catalog)
  }),
  login: publicProcedure.input(z.object({ userId: z.string().max(100) })).mutation(async ({ ctx, input }) => {
    if (!ctx.demo) throw new TRPCError({ code: 'FORBIDDEN', message: 'Die Demo-Anmeldung ist abgeschaltet.' })
    const user = demoUsers((await currentCatalog(ctx.store))?.catalog).find((u) => u.id === input.userId)
    if (!user) throw new TRPCError({ code: 'NOT_FOUND', message: 'Unbekannter Demo-Benutzer.' })
    ctx.setHeader?.('Set-Cookie', sessionCookie(await issueSession(ctx.keys, user), ctx.secure))
    return user
  }),
  logout: publicProcedure.mutation(({ ctx }) => {
    ctx.setHeader?.('Set-Cookie', clearedSessionCookie(ctx.secure))
    return null
  }),
})
