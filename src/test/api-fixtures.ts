import { unusedApiKeyFields, type ApiKey } from '../contract/api-key'
import type { Role } from '../contract/role'
import type { ZdxApiKey, ZdxRole } from '../contract/zdx-api-key'

/** A well-formed API key as the API returns it; ids above 2^53, like the real ones. */
export function apiKeyFixture(overrides: Partial<ApiKey> = {}): ApiKey {
  return {
    id: '145283994705985775',
    name: 'siem-export',
    clientId: 'MTQ1MjgzOTk0NzA1OTg1Nzc1LWVhN2I4ZDNmLTJmNWMtNGYxYS1hMGM3LTM4ZWM4ZDljMWM0Zg==',
    enabled: true,
    tokenExpiryTimeInSec: '3600',
    roleId: '28',
    isLocked: false,
    readOnly: false,
    zscalerManaged: false,
    creationTime: '1744752949',
    modifiedTime: '1744752949',
    modifiedBy: '216196257331282437',
    customerId: '216196257331281920',
    microtenantId: '0',
    microtenantName: 'Default',
    ...unusedApiKeyFields,
    lastUsedTime: null,
    previousSecretValidUntil: null,
    ...overrides,
  }
}

/** A well-formed role as GET /roles lists it (a custom one unless the overrides say otherwise). */
export function roleFixture(overrides: Partial<Role> & Pick<Role, 'id' | 'name'>): Role {
  return {
    creationTime: '1700000000',
    modifiedTime: '1700000000',
    modifiedBy: '216196257331282437',
    microtenantId: '0',
    microtenantName: 'Default',
    customRole: true,
    systemRole: false,
    restrictedRole: false,
    bypassRemoteAssistanceCheck: false,
    bypassAccestorAccessCheck: false,
    users: '0',
    apiKeys: '0',
    newAuditMessage: '',
    oldAuditMessage: '',
    permissions: [],
    classPermissionGroups: [],
    ...overrides,
  }
}

/** A JSON answer as the API sends it. */
export const jsonResponse = (status: number, body: unknown) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })

/** Two of the ZDX admin roles as GET …/roles lists them, one read-only. */
export const zdxRolesFixture: ZdxRole[] = [
  { id: '50001', name: 'Super Admin', description: 'Predefined: full access to every ZDX module, API included', readOnly: false, apiKeys: '1' },
  { id: '50002', name: 'Read Only Admin', description: 'Predefined: may view every ZDX module, change nothing', readOnly: true, apiKeys: '5' },
]

/** A ZDX key as the management API lists it (never its secret), of the Read Only Admin role. */
export const zdxApiKeyFixture = (overrides: Partial<ZdxApiKey> = {}): ZdxApiKey => ({
  id: '580619145501874225',
  name: 'grafana-dashboards',
  roleId: '50002',
  roleName: 'Read Only Admin',
  createdBy: 'demo-admin',
  creationTime: '1767225600',
  modifiedTime: '1767225600',
  modifiedBy: '216196257331281921',
  customerId: '216196257331281920',
  lastUsedTime: null,
  ...overrides,
})
