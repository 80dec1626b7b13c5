import * as z from 'zod/mini'
import { countString, epochString, idString } from './primitives'

/** A class of objects a permission covers (zscaler-sdk-python ClassType, zscaler-sdk-go ClassType). */
export const roleClassType = z.object({
  id: idString,
  aclClass: z.string(),
  friendlyName: z.string(),
  localScopeMask: z.optional(z.string()),
})

/** One permission of a role (zscaler-sdk-python Permissions, zscaler-sdk-go Permission). */
export const rolePermission = z.object({
  id: idString,
  permissionMask: z.string(),
  classType: roleClassType,
  role: z.optional(idString),
  customerId: z.optional(idString),
})

/** A group of class permissions (zscaler-sdk-python ClassPermissionGroups, zscaler-sdk-go ClassPermissionGroup). */
export const roleClassPermissionGroup = z.object({
  id: idString,
  name: z.string(),
  hidden: z.boolean(),
  internal: z.boolean(),
  localScopePermissionGroup: z.boolean(),
  classPermissions: z.array(
    z.object({
      permission: z.object({ type: z.string(), mask: z.optional(z.string()), maxMask: z.optional(z.string()) }),
      classType: roleClassType,
    }),
  ),
})

/** A role as GET /roles and GET /roles/{id} return it: every field the official SDKs' role models read. */
export const role = z.object({
  id: idString,
  name: z.string(),
  description: z.optional(z.string()),
  creationTime: epochString,
  modifiedTime: epochString,
  modifiedBy: idString,
  microtenantId: idString,
  microtenantName: z.string(),
  customRole: z.boolean(),
  systemRole: z.boolean(),
  restrictedRole: z.boolean(),
  bypassRemoteAssistanceCheck: z.boolean(),
  /** The Go SDK's spelling (zscaler-sdk-go RoleController.BypassAccestorAccessCheck). */
  bypassAccestorAccessCheck: z.boolean(),
  /** How many admins use the role, as a string. */
  users: countString,
  /** How many keys use the role, as a string. */
  apiKeys: countString,
  newAuditMessage: z.string(),
  oldAuditMessage: z.string(),
  permissions: z.array(rolePermission),
  classPermissionGroups: z.array(roleClassPermissionGroup),
})
export type Role = z.infer<typeof role>

/** GET /roles answers with a bare array, not an envelope. */
export const roleList = z.array(role)

/** The predefined role every tenant has. */
export const API_FULL_ACCESS_ROLE_ID = '28'
