/** Providers and routes. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { createBrowserRouter, Outlet, RouterProvider } from 'react-router'
import { RequireUser, SessionWatcher } from './features/auth/session'
import { AppLayout } from './features/navigation/app-layout'
import { useLanguage } from './i18n/language-switch'
import { isClientError } from './lib/errors'
import { LoginPage } from './pages/login-page'
import { QuarantinePage } from './pages/quarantine-page'
import { ReportPage } from './pages/report-page'
import { NotFoundPage, StaffOnly, StartRedirect } from './pages/simple-pages'
import { TicketsPage } from './pages/tickets-page'
import { createApiClient, TRPCProvider } from './trpc'

const router = createBrowserRouter([
  { path: '/anmelden', element: <LoginPage /> },
  {
    path: '/',
    element: (
      <RequireUser>
        <AppLayout />
      </RequireUser>
    ),
    children: [
      { index: true, element: <StartRedirect /> },
      { path: 'tickets', element: <TicketsPage /> },
      { path: 'bericht', element: <ReportPage /> },
      // The SLA views are for everyone signed in: the server narrows a Ressort to its own tickets.
      // Loaded on first visit, so the start pages do not carry their code.
      {
        path: 'sla',
        children: [
          {
            index: true,
            lazy: () => import('./pages/sla-board-page').then((m) => ({ Component: m.SlaBoardPage })),
          },
          {
            path: 'einhaltung',
            lazy: () =>
              import('./pages/sla-compliance-page').then((m) => ({ Component: m.SlaCompliancePage })),
          },
          {
            path: 'tickets',
            lazy: () => import('./pages/sla-tickets-page').then((m) => ({ Component: m.SlaTicketsPage })),
          },
          {
            path: 'tickets/:ticket',
            lazy: () => import('./pages/sla-timeline-page').then((m) => ({ Component: m.SlaTimelinePage })),
          },
        ],
      },
      // Availability for everyone signed in: the server measures a Ressort in its own SLA.
      {
        path: 'verfuegbarkeit',
        children: [
          {
            index: true,
            lazy: () =>
              import('./pages/availability-overview-page').then((m) => ({
                Component: m.AvailabilityOverviewPage,
              })),
          },
          {
            path: ':service',
            lazy: () =>
              import('./pages/availability-service-page').then((m) => ({
                Component: m.AvailabilityServicePage,
              })),
          },
        ],
      },
      // Goals: totals over all ministries, for the agency's staff (the server refuses a Ressort too).
      {
        path: 'ziele',
        element: (
          <StaffOnly>
            <Outlet />
          </StaffOnly>
        ),
        children: [
          { index: true, lazy: () => import('./pages/goals-page').then((m) => ({ Component: m.GoalsPage })) },
        ],
      },
      {
        path: 'zufriedenheit',
        lazy: () => import('./pages/satisfaction-page').then((m) => ({ Component: m.SatisfactionPage })),
      },
      // The service managers' start page: the agency's staff only (the server refuses a Ressort too).
      {
        path: 'lage',
        element: (
          <StaffOnly>
            <Outlet />
          </StaffOnly>
        ),
        children: [
          {
            index: true,
            lazy: () => import('./pages/situation-page').then((m) => ({ Component: m.SituationPage })),
          },
        ],
      },
      {
        path: 'quarantaene',
        element: (
          <StaffOnly>
            <Outlet />
          </StaffOnly>
        ),
        children: [{ index: true, element: <QuarantinePage /> }],
      },
      // The audit trail: leadership only (the page says so to others; the server refuses them).
      {
        path: 'protokoll',
        lazy: () => import('./pages/audit-page').then((m) => ({ Component: m.AuditPage })),
      },
      {
        path: 'katalog',
        element: (
          <StaffOnly>
            <Outlet />
          </StaffOnly>
        ),
        children: [
          {
            index: true,
            lazy: () => import('./pages/catalog-page').then((m) => ({ Component: m.CatalogPage })),
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
])

function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A refusal (403, 400, 401) will not change on retry; a server hiccup may.
        retry: (failures, error) => !isClientError(error) && failures < 2,
        staleTime: 60_000,
        refetchOnWindowFocus: false,
      },
    },
  })
}

/** The pages, drawn afresh in the new language when it changes (filters live in the URL, data in the cache). */
function LocalizedRouter() {
  const language = useLanguage()
  return <RouterProvider key={language} router={router} />
}

export function App() {
  const [queryClient] = useState(createQueryClient)
  const [trpcClient] = useState(createApiClient)
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <SessionWatcher />
        <LocalizedRouter />
      </TRPCProvider>
    </QueryClientProvider>
  )
}
