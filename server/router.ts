import { authRouter } from './auth/router'
import { catalogRouter } from './catalog/router'
import { quarantineRouter } from './quarantine/router'
import { reportRouter } from './report/router'
import { slaRouter } from './sla/router'
import { ticketsRouter } from './tickets/router'
import { createCallerFactory, router } from './trpc'

export const appRouter = router({
  auth: authRouter,
  catalog: catalogRouter,
  tickets: ticketsRouter,
  report: reportRouter,
  sla: slaRouter,
  quarantine: quarantineRouter,
})

export type AppRouter = typeof appRouter
export const createCaller = createCallerFactory(appRouter)
