import type { ApiKey } from '../contract/api-key'

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
    ...overrides,
  }
}

/** A JSON answer as the API sends it. */
export const jsonResponse = (status: number, body: unknown) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
