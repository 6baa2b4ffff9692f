import { TRPCError } from '@trpc/server'
import { z } from 'zod'
import { logSignIn, recordAudit } from '../audit/trail'
import { currentCatalog } from '../catalog/catalog'
import { publicProcedure, router } from '../trpc'
import { demoUsers } from './demo-users'
import { tooManyAttempts } from './rate-limit'
import {
  clearedSessionCookie,
  DEFAULT_SESSION_POLICY,
  endSession,
  sessionCookie,
  startSession,
} from './session'

export const authRouter = router({
  /** The signed-in user, or null. */
  me: publicProcedure.query(({ ctx }) => ctx.user ?? null),
  /** Which sign-in the login page offers. */
  methods: publicProcedure.query(({ ctx }) => ({ demo: ctx.demo, oidc: Boolean(ctx.signIn?.oidc) })),
  /** The users the demo login page offers; empty outside demo mode. */
  demoUsers: publicProcedure.query(async ({ ctx }) => {
    if (!ctx.demo) return []
    return demoUsers((await currentCatalog(ctx.store))?.catalog)
  }),
  login: publicProcedure.input(z.object({ userId: z.string().max(100) })).mutation(async ({ ctx, input }) => {
    if (!ctx.demo) throw new TRPCError({ code: 'FORBIDDEN', message: 'Die Demo-Anmeldung ist abgeschaltet.' })
    const limits = ctx.signIn?.limits
    const wait = Math.max(
      limits?.perIp.attempt(ctx.ip ?? '') ?? 0,
      limits?.perUser.attempt(input.userId) ?? 0,
    )
    if (wait > 0) throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: tooManyAttempts(wait) })
    const user = demoUsers((await currentCatalog(ctx.store))?.catalog).find((u) => u.id === input.userId)
    if (!user) {
      const refused = {
        action: 'sign_in_refused' as const,
        user: { id: input.userId, name: '' },
        subject: 'demo',
        outcome: 'unknown_user',
        ip: ctx.ip,
      }
      logSignIn(refused)
      await recordAudit(ctx.store, refused)
      throw new TRPCError({ code: 'NOT_FOUND', message: 'Unbekannter Demo-Benutzer.' })
    }
    // A new session id on every sign-in; the one this browser had before ends.
    if (ctx.session) await endSession(ctx.store, ctx.session)
    const session = await startSession(ctx.store, user, 'demo')
    ctx.setHeader?.(
      'Set-Cookie',
      sessionCookie(session, ctx.secure, ctx.signIn?.policy ?? DEFAULT_SESSION_POLICY),
    )
    const signedIn = {
      action: 'sign_in' as const,
      user,
      customer: user.customer,
      subject: 'demo',
      outcome: 'ok',
      ip: ctx.ip,
    }
    logSignIn(signedIn)
    await recordAudit(ctx.store, signedIn)
    return user
  }),
  /**
   * Ends the session on the server. `redirect` is the provider's sign-out page
   * when the user signed in there and the provider has one.
   */
  logout: publicProcedure.mutation(async ({ ctx }) => {
    ctx.setHeader?.('Set-Cookie', clearedSessionCookie(ctx.secure))
    const session = ctx.session
    if (!session) return { redirect: null }
    await endSession(ctx.store, session)
    const signedOut = {
      action: 'sign_out' as const,
      user: session.user,
      customer: session.user.customer,
      subject: session.method,
      outcome: 'ok',
      ip: ctx.ip,
    }
    logSignIn(signedOut)
    await recordAudit(ctx.store, signedOut)
    const redirect =
      session.method === 'oidc' ? await ctx.signIn?.oidc?.endSessionUrl(session.idToken) : undefined
    return { redirect: redirect ?? null }
  }),
})
