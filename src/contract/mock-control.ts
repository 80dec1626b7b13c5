import { z } from 'zod'
import { idString } from './primitives'

/** Seeds a tenant can start from. `large` takes `size` keys in Default. */
export const tenantPresets = ['default', 'empty', 'microtenant', 'large'] as const
export type TenantPreset = (typeof tenantPresets)[number]

/** POST /__mock/tenants: a fresh customer, bound to the calling browser by the session cookie. */
export const createTenantInput = z.object({
  preset: z.enum(tenantPresets).default('default'),
  size: z.number().int().min(0).max(200_000).optional(),
})
export type CreateTenantInput = z.input<typeof createTenantInput>

export const createdTenant = z.object({
  customerId: idString,
  preset: z.enum(tenantPresets),
  microtenants: z.array(z.object({ id: idString, name: z.string() })),
})
export type CreatedTenant = z.infer<typeof createdTenant>
