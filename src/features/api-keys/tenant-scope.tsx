import { createContext, use } from 'react'
import type { TenantScope } from './api/query-keys'

const TenantScopeContext = createContext<TenantScope | null>(null)

export const TenantScopeProvider = TenantScopeContext.Provider

/** The customer and microtenant every request of the page is scoped to. */
export function useTenantScope(): TenantScope {
  const scope = use(TenantScopeContext)
  if (!scope) throw new Error('useTenantScope must be used inside <TenantScopeProvider>')
  return scope
}
