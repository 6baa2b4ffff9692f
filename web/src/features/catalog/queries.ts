/** The catalog's queries, one hook each. */
import { useQuery } from '@tanstack/react-query'
import { useTRPC } from '../../trpc'

/** The ministries, services and compliance targets the user may see: names for every page's filters and tables. */
export function useCatalogOverview() {
  const trpc = useTRPC()
  return useQuery(trpc.catalog.overview.queryOptions())
}

/** Every catalog load and what it changed. */
export function useCatalogVersions() {
  const trpc = useTRPC()
  return useQuery(trpc.catalog.versions.queryOptions())
}
