import { createContext, use, useMemo, type ReactNode } from 'react'
import { useRoles } from './api/get-roles'
import { useTenantScope } from './tenant-scope'

/**
 * Role id → name, looked up once per table rather than once per row (a 500-row page has 500 Role cells);
 * undefined while the roles load, 'failed' when they could not be (the table says so, with Retry).
 */
const RoleNamesContext = createContext<ReadonlyMap<string, string> | 'failed' | undefined>(undefined)

export function RoleNamesProvider({ children }: { children: ReactNode }) {
  const roles = useRoles(useTenantScope())
  const names = useMemo(() => roles.data && new Map(roles.data.map((role) => [role.id, role.name])), [roles.data])
  return <RoleNamesContext value={names ?? (roles.isError ? 'failed' : undefined)}>{children}</RoleNamesContext>
}

export const useRoleNames = () => use(RoleNamesContext)
