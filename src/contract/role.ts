import * as z from 'zod/mini'
import { countString, idString } from './primitives'

export const role = z.object({
  id: idString,
  name: z.string(),
  description: z.optional(z.string()),
  customRole: z.boolean(),
  systemRole: z.boolean(),
  restrictedRole: z.boolean(),
  /** How many keys use the role, as a string. */
  apiKeys: countString,
})
export type Role = z.infer<typeof role>

/** GET /roles answers with a bare array, not an envelope. */
export const roleList = z.array(role)

/** The predefined role every tenant has. */
export const API_FULL_ACCESS_ROLE_ID = '28'
