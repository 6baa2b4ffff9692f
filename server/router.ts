import { auditRouter } from './audit/router'
import { authRouter } from './auth/router'
import { availabilityRouter } from './availability/router'
import { catalogRouter } from './catalog/router'
import { freshnessRouter } from './freshness/router'
import { goalsRouter } from './goals/router'
import { quarantineRouter } from './quarantine/router'
import { reportRouter } from './report/router'
import { satisfactionRouter } from './satisfaction/router'
import { servicesRouter } from './services/router'
import { situationRouter } from './situation/router'
import { slaRouter } from './sla/router'
import { ticketsRouter } from './tickets/router'
import { createCallerFactory, router } from './trpc'

export const appRouter = router({
  auth: authRouter,
  audit: auditRouter,
  catalog: catalogRouter,
  tickets: ticketsRouter,
  report: reportRouter,
  sla: slaRouter,
  situation: situationRouter,
  satisfaction: satisfactionRouter,
  goals: goalsRouter,
  quarantine: quarantineRouter,
  availability: availabilityRouter,
  services: servicesRouter,
  freshness: freshnessRouter,
})

export type AppRouter = typeof appRouter
export const createCaller = createCallerFactory(appRouter)
