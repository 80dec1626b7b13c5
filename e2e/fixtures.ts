import { test as base, expect } from '@playwright/test'
import { createdTenant, type CreatedTenant, type TenantPreset } from '../src/contract/mock-control'

interface TenantFixtures {
  /** The seed the test's tenant starts from; override with `test.use({ tenantPreset: 'empty' })`. */
  tenantPreset: TenantPreset
  /** A fresh customer of the mock, bound to this test's browser context only. */
  tenant: CreatedTenant
}

export const test = base.extend<TenantFixtures>({
  tenantPreset: ['default', { option: true }],
  tenant: [
    async ({ context, tenantPreset }, use) => {
      // context.request shares the context's cookies, so the session cookie it gets binds the page too.
      const response = await context.request.post('/__mock/tenants', { data: { preset: tenantPreset } })
      expect(response.status(), await response.text()).toBe(201)
      await use(createdTenant.parse(await response.json()))
    },
    { auto: true },
  ],
})

export { expect }
