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
  /**
   * How the page writes dates: the admin's IANA time zone, kept by the server (the browser tells it its own with
   * PUT /portal/time-zone; "UTC" until then), and the locale of the request's Accept-Language. The server's first
   * view and the browser use the same two, so the markup hydrates as it was rendered.
   */
  timeZone: z.string(),
  locale: z.string(),
  /**
   * How far the tenant's mock clock is ahead of real time (POST /__mock/clock moves it): the page adds it to the
   * browser's clock when it writes a time relative to now ("5 minutes ago").
   */
  clockOffsetSeconds: z.number().check(z.int()),
})
export type PortalSession = z.infer<typeof portalSession>
