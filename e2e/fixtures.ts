import { test as base, expect, type APIRequestContext, type BrowserContext } from '@playwright/test'
import { apiKeyPage, type ApiKey } from '../src/contract/api-key'
import { createdTenant, fault, tenantSettings, type CreatedTenant, type CreateFaultInput, type TenantPreset } from '../src/contract/mock-control'
import { pagePreferences, type PagePreferences, type PreferencePage } from '../src/contract/preferences'
import { roleList, type Role } from '../src/contract/role'

/** The seeded demo customer that `/portal/session` signs a fresh browser into. */
export const DEMO_CUSTOMER_ID = '216196257331281920'
export const ENGINEERING_MICROTENANT_ID = '72057594038647050'

interface TenantFixtures {
  /** Fails the test on any uncaught page error or console error (React reports hydration mismatches there). */
  pageErrors: void
  /**
   * The seed the test's tenant starts from; override with `test.use({ tenantPreset: 'empty' })`.
   * `'demo'` uses the shared demo customer instead of a fresh one: for read-only tests of its exact ids.
   */
  tenantPreset: TenantPreset | 'demo'
  /** A fresh customer of the mock, bound to this test's browser context only. */
  tenant: CreatedTenant
  /** The mock API as this test's tenant sees it, through the context's session cookie. */
  api: TenantApi
}

/**
 * The browser's own line for a request answered 4xx or 5xx, or cut off, which tests cause on purpose (faults,
 * refusals, a lost connection): not the page's error. Everything else the console reports as an error is.
 */
const FAILED_REQUEST_LOG = /^Failed to load resource: (the server responded with a status of [45]\d\d|net::ERR_[A-Z_]+)/

/** The page errors and console errors of a context's pages from now on: what fails a test. */
export function collectPageErrors(context: BrowserContext): string[] {
  const errors: string[] = []
  context.on('console', (message) => {
    if (message.type() === 'error' && !FAILED_REQUEST_LOG.test(message.text())) errors.push(`console: ${message.text()}`)
  })
  context.on('weberror', (error) => errors.push(`page error: ${error.error().message}`))
  return errors
}

export const test = base.extend<TenantFixtures>({
  pageErrors: [
    async ({ context }, use) => {
      const errors = collectPageErrors(context)
      await use()
      expect(errors, 'errors in the page').toEqual([])
    },
    { auto: true },
  ],
  tenantPreset: ['default', { option: true }],
  tenant: [
    async ({ context, tenantPreset }, use) => {
      if (tenantPreset === 'demo') {
        const session = await context.request.get('/portal/session')
        const body = (await session.json()) as { customerId: string; microtenants: { id: string; name: string }[] }
        await use({ customerId: body.customerId, preset: 'default', microtenants: body.microtenants })
        return
      }
      // context.request shares the context's cookies, so the session cookie it gets binds the page too.
      const response = await context.request.post('/__mock/tenants', { data: { preset: tenantPreset } })
      expect(response.status(), await response.text()).toBe(201)
      await use(createdTenant.parse(await response.json()))
    },
    { auto: true },
  ],
  api: async ({ context, tenant }, use) => {
    await use(new TenantApi(context.request, tenant.customerId))
  },
})

/** Reads the mock API the way an outside client would, to compare the page with it. */
export class TenantApi {
  constructor(
    private readonly request: APIRequestContext,
    readonly customerId: string,
  ) {}

  get base() {
    return `/mgmtconfig/v1/admin/customers/${this.customerId}`
  }

  async list(params: Record<string, string | number> = {}): Promise<{ totalCount: number; list: ApiKey[] }> {
    const query = new URLSearchParams(Object.entries({ page: 1, pagesize: 20, ...params }).map(([k, v]) => [k, String(v)]))
    const response = await this.request.get(`${this.base}/apiKeys?${query}`)
    expect(response.status(), await response.text()).toBe(200)
    const page = apiKeyPage.parse(await response.json())
    return { totalCount: Number(page.totalCount), list: page.list }
  }

  /** Injects a fault into this tenant's API (POST /__mock/faults). A tenant with faults gets no server render. */
  async injectFault(input: CreateFaultInput): Promise<void> {
    const response = await this.request.post('/__mock/faults', { data: input })
    expect(response.status(), await response.text()).toBe(201)
    fault.parse(await response.json())
  }

  /**
   * Switches the server render off for this tenant (PUT /__mock/settings): the browser renders the first view from
   * its own requests, which page.route can then answer.
   */
  async renderInBrowser(): Promise<void> {
    const response = await this.request.put('/__mock/settings', { data: { serverRender: false } })
    expect(response.status(), await response.text()).toBe(200)
    expect(tenantSettings.parse(await response.json())).toMatchObject({ serverRender: false })
  }

  /** PUT /portal/preferences/{page}: the admin's preferences for a page, as another browser would have saved them. */
  async savePreferences(preferences: PagePreferences, microtenantId = '0', page: PreferencePage = 'zpa-api-keys'): Promise<void> {
    const response = await this.request.put(`/portal/preferences/${page}?microtenantId=${microtenantId}`, { data: preferences })
    expect(response.status(), await response.text()).toBe(204)
  }

  async preferences(microtenantId = '0', page: PreferencePage = 'zpa-api-keys'): Promise<PagePreferences> {
    const response = await this.request.get(`/portal/preferences/${page}?microtenantId=${microtenantId}`)
    expect(response.status(), await response.text()).toBe(200)
    return pagePreferences.parse(await response.json())
  }

  async roles(microtenantId?: string): Promise<Role[]> {
    const response = await this.request.get(`${this.base}/roles${microtenantId ? `?microtenantId=${microtenantId}` : ''}`)
    return roleList.parse(await response.json())
  }
}

export { expect }
