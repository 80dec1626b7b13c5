import { createContext, use, useMemo, type ReactNode } from 'react'
import { useRoles } from './api/get-roles'
import { useTenantScope } from './tenant-scope'

/** Role id → name, looked up once per table rather than once per row (a 500-row page has 500 Role cells). */
const RoleNamesContext = createContext<ReadonlyMap<string, string> | undefined>(undefined)

export function RoleNamesProvider({ children }: { children: ReactNode }) {
  const roles = useRoles(useTenantScope())
  const names = useMemo(() => roles.data && new Map(roles.data.map((role) => [role.id, role.name])), [roles.data])
  return <RoleNamesContext value={names}>{children}</RoleNamesContext>
}

/** Undefined while the roles load. */
export const useRoleNames = () => use(RoleNamesContext)
