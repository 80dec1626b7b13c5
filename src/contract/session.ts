import * as z from 'zod/mini'
import { idString } from './primitives'

export const microtenant = z.object({ id: idString, name: z.string() })
export type Microtenant = z.infer<typeof microtenant>

/**
 * GET /portal/session: who the portal cookie belongs to. The mock signs the browser in as the
 * tenant's admin when it has no valid cookie yet (the real portal would show its login page).
 */
export const portalSession = z.object({
  customerId: idString,
  customerName: z.string(),
  adminId: idString,
  adminName: z.string(),
  microtenants: z.array(microtenant).check(z.minLength(1)),
})
export type PortalSession = z.infer<typeof portalSession>
