/**
 * GET /openapi.json: an OpenAPI 3.1 document of the mock's API. Every schema in it is generated from
 * the contract's zod schemas (JSON Schema draft 2020-12, the dialect of OpenAPI 3.1): requests as the
 * server accepts them (`io: 'input'`), responses as it sends them. Only the prose is written here.
 */
import * as z from 'zod/mini'
import { activityEvent, auditLogAdmins, auditLogPage, keyActivity, syntheticActivityInput } from '../src/contract/activity'
import { apiKey, apiKeyPage, createApiKeyInput, createdApiKey, updateApiKeyInput } from '../src/contract/api-key'
import { apiErrorBody } from '../src/contract/errors'
import { listApiKeysQuery } from '../src/contract/list-query'
import {
  advanceClockInput,
  clockState,
  createdTenant,
  createFaultInput,
  createTenantInput,
  fault,
  faultList,
  tenantSettings,
  tenantSettingsInput,
} from '../src/contract/mock-control'
import { pagePreferences, preferencePages, timeZoneInput } from '../src/contract/preferences'
import { idString } from '../src/contract/primitives'
import { role, roleList } from '../src/contract/role'
import { GRACE_PERIOD_MAX, rotateSecretInput } from '../src/contract/rotation'
import { portalSession } from '../src/contract/session'
import { signInForm, signInResponse } from '../src/contract/signin'
import {
  createdZccApiKey,
  createZccApiKeyInput,
  listZccApiKeysQuery,
  updateZccApiKeyInput,
  zccApiKey,
  zccApiKeyPage,
  zccLoginInput,
  zccLoginResponse,
} from '../src/contract/zcc-api-key'
import {
  zccDevice,
  zccDeviceDetails,
  zccDeviceDetailsList,
  zccDeviceList,
  zccGetDeviceDetailsQuery,
  zccGetDevicesQuery,
  zccRemoveDevicesInput,
  zccRemoveDevicesResponse,
} from '../src/contract/zcc-devices'
import {
  createZdxApiKeyInput,
  listZdxApiKeysQuery,
  updateZdxApiKeyInput,
  zdxApiKey,
  zdxApiKeyPage,
  zdxApiKeyWithSecret,
  zdxJwks,
  zdxRoleList,
  zdxTokenRequest,
  zdxTokenResponse,
  zdxTokenValidation,
} from '../src/contract/zdx-api-key'
import { SESSION_COOKIE } from './auth'
import { CUSTOMER_BASE, ZCC_CUSTOMER_BASE, ZDX_CUSTOMER_BASE } from './paths'
import { ZDX_RATE_LIMITS } from './rate-limits'
import { AUDIT_CSV_COLUMNS, auditExportQuery, auditLogQuery } from './routes/activity'
import { ZCC_TOKEN_HEADER } from './zcc-tokens'

type JsonSchema = Record<string, unknown>
type Parameter = { name: string; in: 'path' | 'query' | 'header'; required: boolean; description?: string; schema: JsonSchema }
type Response = { description: string; headers?: Record<string, unknown>; content?: Record<string, { schema: JsonSchema }> }
type Operation = {
  operationId: string
  summary: string
  tags: string[]
  description?: string
  security?: Record<string, string[]>[]
  parameters?: Parameter[]
  requestBody?: { required: boolean; content: Record<string, { schema: JsonSchema }> }
  responses: Record<string, Response | { $ref: string }>
}

const SCHEMAS = '#/components/schemas/'
const uri = (name: string) => `${SCHEMAS}${name}`
const ref = (name: string) => ({ $ref: uri(name) })

/** Components as the server sends them (`io: 'output'`). */
const RESPONSE_SCHEMAS: Record<string, z.ZodMiniType> = {
  ApiKey: apiKey,
  CreatedApiKey: createdApiKey,
  ApiKeyPage: apiKeyPage,
  Role: role,
  RoleList: roleList,
  ApiError: apiErrorBody,
  SignInResponse: signInResponse,
  CreatedTenant: createdTenant,
  Fault: fault,
  FaultList: faultList,
  ClockState: clockState,
  PortalSession: portalSession,
  PagePreferences: pagePreferences,
  TenantSettings: tenantSettings,
  ZccApiKey: zccApiKey,
  CreatedZccApiKey: createdZccApiKey,
  ZccApiKeyPage: zccApiKeyPage,
  ZccLoginResponse: zccLoginResponse,
  ZccDevice: zccDevice,
  ZccDeviceList: zccDeviceList,
  ZccDeviceDetails: zccDeviceDetails,
  ZccDeviceDetailsList: zccDeviceDetailsList,
  ZccRemoveDevicesResponse: zccRemoveDevicesResponse,
  ZdxApiKey: zdxApiKey,
  ZdxApiKeyWithSecret: zdxApiKeyWithSecret,
  ZdxApiKeyPage: zdxApiKeyPage,
  ZdxRoleList: zdxRoleList,
  ZdxTokenResponse: zdxTokenResponse,
  ZdxTokenValidation: zdxTokenValidation,
  ZdxJwks: zdxJwks,
  ActivityEvent: activityEvent,
  KeyActivity: keyActivity,
  AuditLogPage: auditLogPage,
  AuditLogAdmins: auditLogAdmins,
}

/** Components as the server accepts them (`io: 'input'`: before defaults and transforms). */
const REQUEST_SCHEMAS: Record<string, z.ZodMiniType> = {
  CreateApiKeyInput: createApiKeyInput,
  UpdateApiKeyInput: updateApiKeyInput,
  SignInForm: signInForm,
  CreateTenantInput: createTenantInput,
  CreateFaultInput: createFaultInput,
  AdvanceClockInput: advanceClockInput,
  // Absent parts take their defaults: what the server keeps, and GET answers, is PagePreferences.
  PagePreferencesInput: pagePreferences,
  TimeZoneInput: timeZoneInput,
  TenantSettingsInput: tenantSettingsInput,
  CreateZccApiKeyInput: createZccApiKeyInput,
  UpdateZccApiKeyInput: updateZccApiKeyInput,
  ZccLoginInput: zccLoginInput,
  ZccRemoveDevicesInput: zccRemoveDevicesInput,
  CreateZdxApiKeyInput: createZdxApiKeyInput,
  UpdateZdxApiKeyInput: updateZdxApiKeyInput,
  ZdxTokenRequest: zdxTokenRequest,
  SyntheticActivityInput: syntheticActivityInput,
  RotateSecretInput: rotateSecretInput,
}

/** One direction's components; a schema used inside another (ApiKey in ApiKeyPage) becomes a `$ref`. */
function generate(schemas: Record<string, z.ZodMiniType>, io: 'input' | 'output'): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>()
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id })
  const generated = z.toJSONSchema(registry, { io, uri }).schemas
  // Inside an OpenAPI document the dialect is the document's, and the component's name is its identity.
  return Object.fromEntries(Object.entries(generated).map(([name, { $schema: _dialect, $id: _id, ...schema }]) => [name, schema]))
}

const componentSchemas = () => ({ ...generate(RESPONSE_SCHEMAS, 'output'), ...generate(REQUEST_SCHEMAS, 'input') })

/** A schema used inline (a parameter's), without the dialect header. */
function inlineSchema(schema: z.ZodMiniType, io: 'input' | 'output' = 'input'): JsonSchema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io })
  return json
}

const QUERY_DESCRIPTIONS: Record<string, string> = {
  page: '1-based page number (default 1); a page past the end answers an empty list',
  pagesize: 'keys per page, 1 to 500 (default 20)',
  pageSize: 'the same as pagesize',
  search:
    'terms `field OP value` joined by AND, with spaces or + between the parts: EQ and NQ (also spelled NE) on every field; GT, LT, GE, LE on numbers and times; LIKE (or CONTAINS), STARTSWITH, ENDSWITH on name and clientId, ignoring case',
  sortBy: 'the field to sort by (default name)',
  sortOrder: 'ASC (default) or DESC',
  microtenantId: 'the microtenant to act in; absent, Default (0), or a bearer token’s own microtenant',
  notUsedForDays: 'only the keys with no sign-in or call in the last N days of the tenant’s mock clock (never-used keys included), 1 to 3650',
}

/** A query's parameters: one per property of the contract's query schema. */
function queryParameters(query: z.ZodMiniType, descriptions: Record<string, string> = QUERY_DESCRIPTIONS): Parameter[] {
  const { properties = {}, required = [] } = inlineSchema(query) as { properties?: Record<string, JsonSchema>; required?: string[] }
  return Object.entries(properties).map(([name, schema]) => ({
    name,
    in: 'query',
    required: required.includes(name),
    description: descriptions[name],
    schema,
  }))
}

const listQueryParameters = () => queryParameters(listApiKeysQuery)

const json = (schema: JsonSchema) => ({ 'application/json': { schema } })
const errorResponse = (description: string, headers?: Record<string, unknown>): Response => ({
  description,
  ...(headers ? { headers } : {}),
  content: json(ref('ApiError')),
})

const retryAfterSeconds = {
  'Retry-After': { description: 'seconds to wait before retrying', schema: { type: 'string', pattern: '^\\d+$' } },
}

const ERROR_RESPONSES = {
  BadRequest: errorResponse('invalid.resource.argument (the field names in `params`) or filtering.input.invalid.operand'),
  Unauthorized: errorResponse('access.denied: no session or bearer token, an expired or ended token, or another customer'),
  Forbidden: errorResponse('resource.access.forbidden: a read-only key, or a token whose role only allows reading'),
  NotFound: errorResponse('resource.not.found: no such key in the microtenant (or page or microtenant, for preferences)'),
  Conflict: errorResponse('resource.already.exists: the name is taken in the microtenant (ignoring case)'),
  UnsupportedMediaType: errorResponse('unsupported.media.type: the body is not of the expected type'),
  TooManyRequests: errorResponse('too.many.requests: the tenant’s rate limit is spent (only with the rateLimits setting on)', {
    'retry-after': { description: 'how long to wait before retrying, in seconds, like `13s`', schema: { type: 'string', pattern: '^\\d+s$' } },
  }),
  ServiceUnavailable: errorResponse('retryable.server.error: an outage (injected through /__mock/faults)', retryAfterSeconds),
  ZccTooManyRequests: errorResponse('too.many.requests: the API key’s 100 calls of the hour are spent (only with the rateLimits setting on)', {
    'X-Rate-Limit-Remaining': { description: 'calls left in the hour: 0', schema: { type: 'string', pattern: '^\\d+$' } },
    'X-Rate-Limit-Retry-After-Seconds': { description: 'seconds until the oldest call of the hour leaves it', schema: { type: 'string', pattern: '^\\d+$' } },
  }),
  ZdxTooManyRequests: errorResponse(`too.many.requests: the tenant’s ${ZDX_RATE_LIMITS.calls} calls of the second are spent (only with the rateLimits setting on)`, {
    'RateLimit-Limit': { description: `calls a second: ${ZDX_RATE_LIMITS.calls}`, schema: { type: 'string', pattern: '^\\d+$' } },
    'RateLimit-Remaining': { description: 'calls left in the second: 0', schema: { type: 'string', pattern: '^\\d+$' } },
    'RateLimit-Reset': { description: 'seconds until a call leaves the window', schema: { type: 'string', pattern: '^\\d+$' } },
    ...retryAfterSeconds,
  }),
} satisfies Record<string, Response>

type ErrorName = keyof typeof ERROR_RESPONSES
const ERROR_STATUS: Record<ErrorName, string> = {
  BadRequest: '400',
  Unauthorized: '401',
  Forbidden: '403',
  NotFound: '404',
  Conflict: '409',
  UnsupportedMediaType: '415',
  TooManyRequests: '429',
  ServiceUnavailable: '503',
  ZccTooManyRequests: '429',
  ZdxTooManyRequests: '429',
}
const errors = (...names: ErrorName[]) =>
  Object.fromEntries(names.map((name) => [ERROR_STATUS[name], { $ref: `#/components/responses/${name}` }]))

const pathParameter = (name: string, description: string): Parameter => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: inlineSchema(idString),
})
const customerId = pathParameter('customerId', 'the customer (tenant) id, an int64 as a decimal string')
const keyId = pathParameter('id', 'the API key id, an int64 as a decimal string')
const roleId = pathParameter('id', 'the role id, an int64 as a decimal string (`28` is API Full Access)')

/** GET {product base}/apiKeys/{id}/activity: the same operation for each product. */
function keyActivityOperation(operationId: string, product: string, tags: string[], parameters: Parameter[], extra: { security?: Record<string, string[]>[]; errors: ErrorName[] }): Operation {
  return {
    operationId,
    summary: `A ${product} API key’s activity: its API calls per hour over the last 7 days of the tenant’s mock clock (succeeded, 401/403, 429) and its newest events`,
    description:
      'Events are admin changes (create, update, unlock, rotate, delete) and the key’s sign-ins (succeeded, failed, the lock three failures cause), ' +
      'newest first, at most 200. A call is counted by its status: 401 and 403 refused, 429 rate-limited, any other below 500 succeeded; ' +
      'a call with a token the server issued for the key but no longer takes (expired, signed out, key disabled) is refused. ' +
      'The log keeps 30 days and at most 1000 events per key; it never holds a secret.',
    tags,
    ...(extra.security ? { security: extra.security } : {}),
    parameters,
    responses: { '200': { description: 'the key’s activity', content: json(ref('KeyActivity')) }, ...errors(...extra.errors) },
  }
}
/** The tag of the rotation calls (issue #17): the mock's own, in neither product's API. */
const ROTATION_TAG = 'Secret rotation (mock extension)'
const ROTATION_NOTE = 'The mock’s own extension (issue #17), not part of the ZPA or ZCC API.'

/** POST …/apiKeys/{id}/rotateSecret and DELETE …/apiKeys/{id}/previousSecret of one product (rotation.ts). */
function rotationPaths(
  keyPath: string,
  product: { name: string; operationPrefix: string; key: string; createdKey: string },
  extra: { parameters: Parameter[]; security?: Record<string, string[]>[]; errors: ErrorName[] },
): Record<string, Record<string, Operation>> {
  const security = extra.security ? { security: extra.security } : {}
  return {
    [`${keyPath}/rotateSecret`]: {
      post: {
        operationId: `${product.operationPrefix}RotateSecret`,
        summary: `Give a ${product.name} API key a new secret; the old one still signs in for \`gracePeriodInSec\` seconds`,
        description:
          `${ROTATION_NOTE} The new secret is in the answer only, and signs in at once. The one it replaces signs in (and its ` +
          `tokens last) until \`previousSecretValidUntil\` of the tenant’s mock clock (exclusive): 0 to ${GRACE_PERIOD_MAX} seconds, ` +
          '0 (or no body) ends it now. A rotation during a grace period ends the older secret at once. Audit log: `rotate`.',
        tags: [ROTATION_TAG],
        ...security,
        parameters: extra.parameters,
        requestBody: { required: false, content: json(ref('RotateSecretInput')) },
        responses: {
          '200': { description: 'the key with its new `clientSecret`, the only time it is shown', content: json(ref(product.createdKey)) },
          ...errors(...extra.errors, 'BadRequest', 'UnsupportedMediaType'),
        },
      },
    },
    [`${keyPath}/previousSecret`]: {
      delete: {
        operationId: `${product.operationPrefix}EndGrace`,
        summary: `End Grace Now: the secret a rotation replaced stops signing in, and its tokens end`,
        description: `${ROTATION_NOTE} Idempotent: a key with no old secret in grace answers the same, and nothing is written. Audit log: \`rotate\`.`,
        tags: [ROTATION_TAG],
        ...security,
        parameters: extra.parameters,
        responses: { '200': { description: 'the key, `previousSecretValidUntil` null', content: json(ref(product.key)) }, ...errors(...extra.errors) },
      },
    },
  }
}

function apiPaths(): Record<string, Record<string, Operation>> {
  const base = CUSTOMER_BASE.replace(':customerId', '{customerId}')
  const tags = ['API keys']
  const listQuery = listQueryParameters()
  const microtenantId = listQuery.find((parameter) => parameter.name === 'microtenantId')!
  return {
    [`${base}/apiKeys`]: {
      get: {
        operationId: 'listApiKeys',
        summary: 'List the API keys of a microtenant, a page at a time',
        tags,
        parameters: [customerId, ...listQuery],
        responses: { '200': { description: 'a page of keys; counts are strings', content: json(ref('ApiKeyPage')) }, ...errors('BadRequest', 'Unauthorized', 'TooManyRequests', 'ServiceUnavailable') },
      },
      post: {
        operationId: 'createApiKey',
        summary: 'Create an API key; the answer holds its client secret, the only time it is shown',
        tags,
        parameters: [customerId, microtenantId],
        requestBody: { required: true, content: json(ref('CreateApiKeyInput')) },
        responses: {
          '201': { description: 'the new key, with `clientSecret`', content: json(ref('CreatedApiKey')) },
          ...errors('BadRequest', 'Unauthorized', 'Forbidden', 'Conflict', 'UnsupportedMediaType', 'TooManyRequests', 'ServiceUnavailable'),
        },
      },
    },
    [`${base}/apiKeys/{id}`]: {
      get: {
        operationId: 'getApiKey',
        summary: 'One API key (never its secret)',
        tags,
        parameters: [customerId, keyId, microtenantId],
        responses: { '200': { description: 'the key', content: json(ref('ApiKey')) }, ...errors('Unauthorized', 'NotFound', 'TooManyRequests', 'ServiceUnavailable') },
      },
      put: {
        operationId: 'updateApiKey',
        summary: 'Change an API key’s editable fields; `isLocked: false` unlocks it',
        description:
          'The body is the whole object or any part of it (the official SDKs send only the fields they change): absent fields ' +
          'keep their values, present ones are checked as on create, fields the server owns are ignored. A body naming no ' +
          'editable field changes nothing (not even `modifiedTime`). `isLocked: true` is 400.',
        tags,
        parameters: [customerId, keyId, microtenantId],
        requestBody: { required: true, content: json(ref('UpdateApiKeyInput')) },
        responses: {
          '204': { description: 'updated' },
          ...errors('BadRequest', 'Unauthorized', 'Forbidden', 'NotFound', 'Conflict', 'UnsupportedMediaType', 'TooManyRequests', 'ServiceUnavailable'),
        },
      },
      delete: {
        operationId: 'deleteApiKey',
        summary: 'Delete an API key; its bearer tokens stop working at once',
        tags,
        parameters: [customerId, keyId, microtenantId],
        responses: { '204': { description: 'deleted' }, ...errors('Unauthorized', 'Forbidden', 'NotFound', 'TooManyRequests', 'ServiceUnavailable') },
      },
    },
    [`${base}/apiKeys/{id}/activity`]: {
      get: keyActivityOperation('getApiKeyActivity', 'Private Access', tags, [customerId, keyId, microtenantId], {
        errors: ['Unauthorized', 'NotFound', 'TooManyRequests', 'ServiceUnavailable'],
      }),
    },
    ...rotationPaths(
      `${base}/apiKeys/{id}`,
      { name: 'Private Access', operationPrefix: 'apiKey', key: 'ApiKey', createdKey: 'CreatedApiKey' },
      { parameters: [customerId, keyId, microtenantId], errors: ['Unauthorized', 'Forbidden', 'NotFound', 'TooManyRequests', 'ServiceUnavailable'] },
    ),
    [`${base}/roles`]: {
      get: {
        operationId: 'listRoles',
        summary: 'The customer’s roles, each with how many keys of the microtenant use it',
        tags: ['Roles'],
        parameters: [customerId, microtenantId],
        responses: { '200': { description: 'a bare array', content: json(ref('RoleList')) }, ...errors('Unauthorized', 'TooManyRequests', 'ServiceUnavailable') },
      },
    },
    [`${base}/roles/{id}`]: {
      get: {
        operationId: 'getRole',
        summary: 'One of the customer’s roles, as the list shows it; another customer’s role is 404',
        tags: ['Roles'],
        parameters: [customerId, roleId, microtenantId],
        responses: { '200': { description: 'the role', content: json(ref('Role')) }, ...errors('Unauthorized', 'NotFound', 'TooManyRequests', 'ServiceUnavailable') },
      },
    },
    '/signin': {
      post: {
        operationId: 'signIn',
        summary: 'Trade an API key’s client id and secret for a bearer token',
        description:
          'The token lasts the key’s `tokenExpiryTimeInSec`. The secret is the key’s current one, or the one a rotation replaced ' +
          'while its grace lasts (a token from that one ends with the grace). The third consecutive failure locks the key for 30 minutes; ' +
          'a wrong secret, a disabled or a locked key are all 401 invalid.client.credentials.',
        tags: ['Sign-in'],
        security: [],
        requestBody: { required: true, content: { 'application/x-www-form-urlencoded': { schema: ref('SignInForm') } } },
        responses: {
          '200': { description: 'a bearer token', content: json(ref('SignInResponse')) },
          ...errors('BadRequest', 'UnsupportedMediaType', 'ServiceUnavailable'),
          '401': errorResponse('invalid.client.credentials: unknown client id, wrong secret, disabled or locked key'),
        },
      },
    },
    '/signout': {
      post: {
        operationId: 'signOut',
        summary: 'End the bearer token',
        tags: ['Sign-in'],
        security: [{ bearerToken: [] }],
        responses: { '200': { description: 'the token no longer works' }, ...errors('Unauthorized', 'ServiceUnavailable') },
      },
    },
  }
}


const ZCC_QUERY_DESCRIPTIONS: Record<string, string> = {
  ...QUERY_DESCRIPTIONS,
  sortBy: 'the field to sort by (default name); ties go by name, then id',
  page: '1-based page number (default 1); a page past the end answers an empty list',
  pageSize: 'devices per page, 1 to 5000 (default 50)',
  username: 'only the devices of this enrolled user (ignoring case)',
  osType: 'only this operating system: 1 iOS, 2 Android, 3 Windows, 4 macOS, 5 Linux (or its name: ios, android, windows, macos, linux)',
  udid: 'the device’s unique id',
}

function zccPaths(): Record<string, Record<string, Operation>> {
  const base = ZCC_CUSTOMER_BASE.replace(':customerId', '{customerId}')
  const tags = ['Client Connector API keys']
  const security = [{ portalSession: [] }]
  const publicTags = ['Client Connector public API']
  const publicSecurity = [{ zccAuthToken: [] }]
  const listQuery = queryParameters(listZccApiKeysQuery, {
    ...ZCC_QUERY_DESCRIPTIONS,
    pageSize: 'the same as pagesize',
    search: 'terms `field OP value` joined by AND (as on ZPA) over name, clientId, enabled, tokenExpiryTimeInSec and creationTime',
  })
  const deviceQuery = queryParameters(zccGetDevicesQuery, ZCC_QUERY_DESCRIPTIONS)
  const detailsQuery = queryParameters(zccGetDeviceDetailsQuery, ZCC_QUERY_DESCRIPTIONS)
  return {
    [`${base}/apiKeys`]: {
      get: {
        operationId: 'listZccApiKeys',
        summary: 'List the customer’s Client Connector API keys, a page at a time (ZCC has no microtenants)',
        tags,
        security,
        parameters: [customerId, ...listQuery],
        responses: { '200': { description: 'a page of keys; counts are strings', content: json(ref('ZccApiKeyPage')) }, ...errors('BadRequest', 'Unauthorized', 'ServiceUnavailable') },
      },
      post: {
        operationId: 'createZccApiKey',
        summary: 'Create a Client Connector API key; the answer holds its client secret, the only time it is shown',
        tags,
        security,
        parameters: [customerId],
        requestBody: { required: true, content: json(ref('CreateZccApiKeyInput')) },
        responses: {
          '201': { description: 'the new key, with `clientSecret`', content: json(ref('CreatedZccApiKey')) },
          ...errors('BadRequest', 'Unauthorized', 'Conflict', 'UnsupportedMediaType', 'ServiceUnavailable'),
        },
      },
    },
    [`${base}/apiKeys/{id}`]: {
      get: {
        operationId: 'getZccApiKey',
        summary: 'One Client Connector API key (never its secret)',
        tags,
        security,
        parameters: [customerId, keyId],
        responses: { '200': { description: 'the key', content: json(ref('ZccApiKey')) }, ...errors('Unauthorized', 'NotFound', 'ServiceUnavailable') },
      },
      put: {
        operationId: 'updateZccApiKey',
        summary: 'Change a Client Connector API key: the whole object or a part of it, absent fields keep their values',
        tags,
        security,
        parameters: [customerId, keyId],
        requestBody: { required: true, content: json(ref('UpdateZccApiKeyInput')) },
        responses: {
          '204': { description: 'updated; disabling the key ends its tokens' },
          ...errors('BadRequest', 'Unauthorized', 'NotFound', 'Conflict', 'UnsupportedMediaType', 'ServiceUnavailable'),
        },
      },
      delete: {
        operationId: 'deleteZccApiKey',
        summary: 'Delete a Client Connector API key; its tokens stop working at once',
        tags,
        security,
        parameters: [customerId, keyId],
        responses: { '204': { description: 'deleted' }, ...errors('Unauthorized', 'NotFound', 'ServiceUnavailable') },
      },
    },
    [`${base}/apiKeys/{id}/activity`]: {
      get: keyActivityOperation('getZccApiKeyActivity', 'Client Connector', tags, [customerId, keyId], { security, errors: ['Unauthorized', 'NotFound', 'ServiceUnavailable'] }),
    },
    ...rotationPaths(
      `${base}/apiKeys/{id}`,
      { name: 'Client Connector', operationPrefix: 'zccApiKey', key: 'ZccApiKey', createdKey: 'CreatedZccApiKey' },
      { parameters: [customerId, keyId], security, errors: ['Unauthorized', 'NotFound', 'ServiceUnavailable'] },
    ),
    '/papi/auth/v1/login': {
      post: {
        operationId: 'zccLogin',
        summary: 'Trade a Client Connector API key’s client id and secret for a JWT (sent back in the auth-token header)',
        description:
          'The JWT’s `exp` is now (the tenant’s mock clock) plus the key’s `tokenExpiryTimeInSec`. The secret is the key’s current one, or the one a ' +
          'rotation replaced while its grace lasts (a JWT from that one ends with the grace). A ZPA client id is unknown here.',
        tags: publicTags,
        security: [],
        requestBody: { required: true, content: json(ref('ZccLoginInput')) },
        responses: {
          '200': { description: 'the token', content: json(ref('ZccLoginResponse')) },
          ...errors('BadRequest', 'UnsupportedMediaType', 'ServiceUnavailable'),
          '401': errorResponse('invalid.client.credentials: unknown, wrong, disabled or deleted key'),
        },
      },
    },
    '/papi/public/v1/getDevices': {
      get: {
        operationId: 'zccGetDevices',
        summary: 'The customer’s enrolled devices (removed ones left out), a page at a time, as a bare array',
        tags: publicTags,
        security: publicSecurity,
        parameters: deviceQuery,
        responses: { '200': { description: 'the devices', content: json(ref('ZccDeviceList')) }, ...errors('BadRequest', 'Unauthorized', 'ZccTooManyRequests', 'ServiceUnavailable') },
      },
    },
    '/papi/public/v1/getDeviceDetails': {
      get: {
        operationId: 'zccGetDeviceDetails',
        summary: 'One enrolled device’s details (an array of one, as the official SDKs read it)',
        tags: publicTags,
        security: publicSecurity,
        parameters: detailsQuery,
        responses: {
          '200': { description: 'the device’s details', content: json(ref('ZccDeviceDetailsList')) },
          ...errors('BadRequest', 'Unauthorized', 'NotFound', 'ZccTooManyRequests', 'ServiceUnavailable'),
        },
      },
    },
    '/papi/public/v1/removeDevices': {
      post: {
        operationId: 'zccRemoveDevices',
        summary: 'Remove enrolled devices (they leave getDevices); a Read key may not (403)',
        tags: publicTags,
        security: publicSecurity,
        requestBody: { required: true, content: json(ref('ZccRemoveDevicesInput')) },
        responses: {
          '200': { description: 'how many devices were removed', content: json(ref('ZccRemoveDevicesResponse')) },
          ...errors('BadRequest', 'Unauthorized', 'Forbidden', 'UnsupportedMediaType', 'ZccTooManyRequests', 'ServiceUnavailable'),
        },
      },
    },
  }
}

const rateLimitHeaders = {
  'RateLimit-Limit': { description: 'with the rateLimits setting on: calls a second', schema: { type: 'string' } },
  'RateLimit-Remaining': { description: 'with the rateLimits setting on: calls left in the second', schema: { type: 'string' } },
  'RateLimit-Reset': { description: 'with the rateLimits setting on: seconds until a call leaves the window', schema: { type: 'string' } },
}

function zdxPaths(): Record<string, Record<string, Operation>> {
  const base = ZDX_CUSTOMER_BASE.replace(':customerId', '{customerId}')
  const tags = ['Digital Experience API keys']
  const security = [{ portalSession: [] }]
  const publicTags = ['Digital Experience public API']
  const listQuery = queryParameters(listZdxApiKeysQuery, {
    ...QUERY_DESCRIPTIONS,
    pageSize: 'the same as pagesize',
    sortBy: 'the field to sort by (default name); ties go by name, then id',
    search: 'terms `field OP value` joined by AND (as on ZPA) over name, roleId and creationTime',
  })
  const noStore = { 'Cache-Control': { description: 'no-store: the answer holds a secret', schema: { type: 'string' } } }
  return {
    [`${base}/apiKeys`]: {
      get: {
        operationId: 'listZdxApiKeys',
        summary: 'List the customer’s Digital Experience API keys, a page at a time (never their secrets; ZDX has no microtenants)',
        tags,
        security,
        parameters: [customerId, ...listQuery],
        responses: { '200': { description: 'a page of keys; counts are strings', content: json(ref('ZdxApiKeyPage')) }, ...errors('BadRequest', 'Unauthorized', 'ServiceUnavailable') },
      },
      post: {
        operationId: 'createZdxApiKey',
        summary: 'Create a Digital Experience API key (Name, role); the answer holds its Key Secret',
        tags,
        security,
        parameters: [customerId],
        requestBody: { required: true, content: json(ref('CreateZdxApiKeyInput')) },
        responses: {
          '201': { description: 'the new key, with `keySecret`', headers: noStore, content: json(ref('ZdxApiKeyWithSecret')) },
          ...errors('BadRequest', 'Unauthorized', 'Conflict', 'UnsupportedMediaType', 'ServiceUnavailable'),
        },
      },
    },
    [`${base}/apiKeys/{id}`]: {
      get: {
        operationId: 'getZdxApiKey',
        summary: 'One Digital Experience API key (without its secret)',
        tags,
        security,
        parameters: [customerId, keyId],
        responses: { '200': { description: 'the key', content: json(ref('ZdxApiKey')) }, ...errors('Unauthorized', 'NotFound', 'ServiceUnavailable') },
      },
      put: {
        operationId: 'updateZdxApiKey',
        summary: 'Change a Digital Experience API key’s name, role or both (Edit API Key); absent fields keep their values',
        tags,
        security,
        parameters: [customerId, keyId],
        requestBody: { required: true, content: json(ref('UpdateZdxApiKeyInput')) },
        responses: { '204': { description: 'updated' }, ...errors('BadRequest', 'Unauthorized', 'NotFound', 'Conflict', 'UnsupportedMediaType', 'ServiceUnavailable') },
      },
      delete: {
        operationId: 'deleteZdxApiKey',
        summary: 'Delete a Digital Experience API key; its tokens stop working at once',
        tags,
        security,
        parameters: [customerId, keyId],
        responses: { '204': { description: 'deleted' }, ...errors('Unauthorized', 'NotFound', 'ServiceUnavailable') },
      },
    },
    [`${base}/apiKeys/{id}/secret`]: {
      get: {
        operationId: 'viewZdxApiKey',
        summary: 'The key with its Key Secret, as View shows it (ZDX keeps secrets encrypted, so they can be seen again)',
        tags,
        security,
        parameters: [customerId, keyId],
        responses: { '200': { description: 'the key, with `keySecret`', headers: noStore, content: json(ref('ZdxApiKeyWithSecret')) }, ...errors('Unauthorized', 'NotFound', 'ServiceUnavailable') },
      },
    },
    [`${base}/apiKeys/{id}/activity`]: {
      get: keyActivityOperation('getZdxApiKeyActivity', 'Digital Experience', tags, [customerId, keyId], { security, errors: ['Unauthorized', 'NotFound', 'ServiceUnavailable'] }),
    },
    [`${base}/roles`]: {
      get: {
        operationId: 'listZdxRoles',
        summary: 'The customer’s ZDX admin roles (Select Role), each with how many keys use it',
        tags,
        security,
        parameters: [customerId],
        responses: { '200': { description: 'a bare array', content: json(ref('ZdxRoleList')) }, ...errors('Unauthorized', 'ServiceUnavailable') },
      },
    },
    '/v1/oauth/token': {
      post: {
        operationId: 'zdxToken',
        summary: 'Trade a signed proof of a ZDX key’s secret for a JWT (ES256, an hour)',
        description:
          '`key_secret` is the lowercase hex SHA-256 of `<secret>:<timestamp>`, `timestamp` epoch seconds. 401 ' +
          'invalid.client.credentials for an unknown or deleted Key ID, a wrong hash, a timestamp more than 15 minutes ' +
          'from the tenant’s mock clock, or a key and timestamp that already got a token (replay).',
        tags: publicTags,
        security: [],
        requestBody: { required: true, content: json(ref('ZdxTokenRequest')) },
        responses: {
          '200': { description: 'the token', headers: rateLimitHeaders, content: json(ref('ZdxTokenResponse')) },
          ...errors('BadRequest', 'UnsupportedMediaType', 'ZdxTooManyRequests', 'ServiceUnavailable'),
          '401': errorResponse('invalid.client.credentials: unknown or deleted key, wrong hash, stale or replayed timestamp'),
        },
      },
    },
    '/v1/oauth/validate': {
      get: {
        operationId: 'zdxValidate',
        summary: 'Whether the bearer token is a live ZDX token',
        tags: publicTags,
        security: [{ zdxBearerToken: [] }],
        responses: {
          '200': { description: 'it is', headers: rateLimitHeaders, content: json(ref('ZdxTokenValidation')) },
          ...errors('Unauthorized', 'ZdxTooManyRequests', 'ServiceUnavailable'),
        },
      },
    },
    '/v1/oauth/jwks': {
      get: {
        operationId: 'zdxJwks',
        summary: 'The JSON Web Key Set whose key verifies the ZDX tokens (EC P-256, ES256)',
        tags: publicTags,
        security: [],
        responses: { '200': { description: 'the key set', content: json(ref('ZdxJwks')) } },
      },
    },
  }
}

const noContent = (description: string) => ({ '204': { description } })

const AUDIT_QUERY_DESCRIPTIONS: Record<string, string> = {
  page: '1-based page number (default 1); a page past the end answers an empty list',
  pagesize: 'entries per page, 1 to 500 (default 20)',
  pageSize: 'the same as pagesize',
  from: 'only entries at or after this time (epoch seconds)',
  to: 'only entries at or before this time (epoch seconds); not before `from`',
  admin: 'only the entries of this admin (their name, exactly)',
  action: 'only this action',
  product: 'only the keys of this product',
  format: 'csv or json',
}

function portalPaths(): Record<string, Record<string, Operation>> {
  const tags = ['Portal']
  const security = [{ portalSession: [] }]
  const page: Parameter = {
    name: 'page',
    in: 'path',
    required: true,
    description: 'the page the preferences belong to',
    schema: inlineSchema(z.enum(preferencePages)),
  }
  const microtenantId: Parameter = {
    name: 'microtenantId',
    in: 'query',
    required: false,
    description: 'the microtenant whose page it is; absent, Default (0)',
    schema: inlineSchema(idString),
  }
  return {
    '/portal/session': {
      get: {
        operationId: 'getPortalSession',
        summary: 'Who the portal cookie belongs to; without a valid cookie, the mock signs the browser in as the demo admin',
        tags,
        security: [],
        parameters: [
          {
            name: 'Accept-Language',
            in: 'header',
            required: false,
            description: 'its first language, if the server knows it, is the session’s `locale` (else en-US)',
            schema: { type: 'string' },
          },
        ],
        responses: { '200': { description: 'the session, with the admin’s time zone and locale', content: json(ref('PortalSession')) } },
      },
    },
    '/portal/preferences/{page}': {
      get: {
        operationId: 'getPreferences',
        summary: 'The admin’s preferences for a microtenant’s page (the defaults when none were saved)',
        tags,
        security,
        parameters: [page, microtenantId],
        responses: { '200': { description: 'the preferences', content: json(ref('PagePreferences')) }, ...errors('BadRequest', 'Unauthorized', 'NotFound', 'ServiceUnavailable') },
      },
      put: {
        operationId: 'putPreferences',
        summary: 'Replace the admin’s preferences for a microtenant’s page',
        tags,
        security,
        parameters: [page, microtenantId],
        requestBody: { required: true, content: json(ref('PagePreferencesInput')) },
        responses: { ...noContent('kept (durable)'), ...errors('BadRequest', 'Unauthorized', 'NotFound', 'UnsupportedMediaType', 'ServiceUnavailable') },
      },
    },
    '/portal/auditLogs': {
      get: {
        operationId: 'listAuditLogs',
        summary: 'The audit log: every change an admin (or an API client) made to a key of any product, newest first, a page at a time',
        description: 'Before and after hold the changed values only (create: after; delete: before); never a secret. Kept for 30 days of the tenant’s mock clock.',
        tags,
        security,
        parameters: queryParameters(auditLogQuery, AUDIT_QUERY_DESCRIPTIONS),
        responses: { '200': { description: 'a page of entries; counts are strings', content: json(ref('AuditLogPage')) }, ...errors('BadRequest', 'Unauthorized', 'ServiceUnavailable') },
      },
    },
    '/portal/auditLogs/export': {
      get: {
        operationId: 'exportAuditLogs',
        summary: 'Every entry the filters let through, as a download (Content-Disposition: attachment)',
        description:
          `CSV: a header row (${AUDIT_CSV_COLUMNS.join(', ')}), Time in ISO 8601 UTC, Admin as the page names it (an API client as "API client <address>"), Before and After as the page writes them ("Name: x; Status: Enabled"); RFC 4180 quoting, CRLF, a UTF-8 ` +
          'byte order mark, and a cell that a spreadsheet would run as a formula (= + - @) starts with an apostrophe. JSON: an array of entries.',
        tags,
        security,
        parameters: queryParameters(auditExportQuery, AUDIT_QUERY_DESCRIPTIONS),
        responses: {
          '200': {
            description: 'the file',
            headers: { 'Content-Disposition': { description: 'attachment; filename="audit-logs-<date>.<format>"', schema: { type: 'string' } } },
            content: { 'text/csv': { schema: { type: 'string' } }, 'application/json': { schema: { type: 'array', items: ref('ActivityEvent') } } },
          },
          ...errors('BadRequest', 'Unauthorized', 'ServiceUnavailable'),
        },
      },
    },
    '/portal/auditLogs/admins': {
      get: {
        operationId: 'listAuditLogAdmins',
        summary: 'The admins and API clients who appear in the audit log (the Admin filter’s choices)',
        tags,
        security,
        responses: { '200': { description: 'a bare array', content: json(ref('AuditLogAdmins')) }, ...errors('Unauthorized', 'ServiceUnavailable') },
      },
    },
    '/portal/time-zone': {
      put: {
        operationId: 'setTimeZone',
        summary: 'The admin’s IANA time zone, which dates render in (the browser tells the server its own)',
        tags,
        security,
        requestBody: { required: true, content: json(ref('TimeZoneInput')) },
        responses: { ...noContent('kept (durable)'), ...errors('BadRequest', 'Unauthorized', 'UnsupportedMediaType', 'ServiceUnavailable') },
      },
    },
  }
}

function controlPaths(): Record<string, Record<string, Operation>> {
  const tags = ['Mock control']
  const security = [{ portalSession: [] }]
  return {
    '/__mock/tenants': {
      post: {
        operationId: 'createTenant',
        summary: 'A fresh customer seeded from a preset; the answer’s cookie binds the caller to it',
        tags,
        security: [],
        requestBody: { required: false, content: json(ref('CreateTenantInput')) },
        responses: {
          '201': { description: 'the new tenant', content: json(ref('CreatedTenant')) },
          ...errors('BadRequest', 'UnsupportedMediaType'),
          '503': errorResponse('retryable.server.error: the server holds as many tenants (200) or keys (400,000) as it may, and none is idle', retryAfterSeconds),
        },
      },
    },
    '/__mock/reset': {
      post: { operationId: 'resetTenant', summary: 'The caller’s tenant back to its seed (keys, clock, faults, preferences, time zone, settings, activity)', tags, security, responses: { ...noContent('reset'), ...errors('Unauthorized') } },
    },
    '/__mock/faults': {
      get: { operationId: 'listFaults', summary: 'The caller’s tenant’s faults', tags, security, responses: { '200': { description: 'the faults', content: json(ref('FaultList')) }, ...errors('Unauthorized') } },
      post: {
        operationId: 'createFault',
        summary: 'Inject a fault into the tenant’s matching requests',
        tags,
        security,
        requestBody: { required: true, content: json(ref('CreateFaultInput')) },
        responses: { '201': { description: 'the fault, with its id', content: json(ref('Fault')) }, ...errors('BadRequest', 'Unauthorized', 'UnsupportedMediaType') },
      },
      delete: { operationId: 'clearFaults', summary: 'Remove every fault of the tenant', tags, security, responses: { ...noContent('cleared'), ...errors('Unauthorized') } },
    },
    '/__mock/faults/{faultId}': {
      delete: {
        operationId: 'deleteFault',
        summary: 'Remove one fault',
        tags,
        security,
        parameters: [{ name: 'faultId', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { ...noContent('removed'), ...errors('Unauthorized', 'NotFound') },
      },
    },
    '/__mock/clock': {
      get: { operationId: 'getClock', summary: 'The tenant’s mock time', tags, security, responses: { '200': { description: 'the clock', content: json(ref('ClockState')) }, ...errors('Unauthorized') } },
      post: {
        operationId: 'advanceClock',
        summary: 'Move the tenant’s mock clock forward (token expiry, sign-in locks)',
        tags,
        security,
        requestBody: { required: true, content: json(ref('AdvanceClockInput')) },
        responses: { '200': { description: 'the clock after the move', content: json(ref('ClockState')) }, ...errors('BadRequest', 'Unauthorized', 'UnsupportedMediaType') },
      },
    },
    '/__mock/activity': {
      post: {
        operationId: 'addSyntheticActivity',
        summary: 'Write a synthetic history for a key: its totals spread over the last `days` of the tenant’s clock (never before the key’s creation: a key made now gets it in the current hour) by a daily rhythm (deterministic), durable before the answer',
        tags,
        security,
        requestBody: { required: true, content: json(ref('SyntheticActivityInput')) },
        responses: {
          '201': { description: 'the key’s activity with the history added', content: json(ref('KeyActivity')) },
          ...errors('BadRequest', 'Unauthorized', 'NotFound', 'UnsupportedMediaType'),
        },
      },
    },
    '/__mock/settings': {
      get: { operationId: 'getTenantSettings', summary: 'The tenant’s switches', tags, security, responses: { '200': { description: 'the settings', content: json(ref('TenantSettings')) }, ...errors('Unauthorized') } },
      put: {
        operationId: 'updateTenantSettings',
        summary:
          'Change the switches the body names (serverRender: whether the server renders the page’s first view; ' +
          'rateLimits: whether each product’s documented rate limits apply: ZPA’s customer API, 20 GET and 10 writes per 10 s, ' +
          'the ZCC public API, 100 calls an hour per key, and the ZDX public API, 5 calls a second, each then 429)',
        tags,
        security,
        requestBody: { required: true, content: json(ref('TenantSettingsInput')) },
        responses: { '200': { description: 'all the settings after the change', content: json(ref('TenantSettings')) }, ...errors('BadRequest', 'Unauthorized', 'UnsupportedMediaType') },
      },
    },
  }
}

/** The document; with `control`, the /__mock paths too (they exist only then). */
export function openApiDocument({ control }: { control: boolean }) {
  return {
    openapi: '3.1.1',
    info: {
      title: 'ZPA management API: API keys (mock)',
      version: '1.0.0',
      description:
        'The API keys part of the Zscaler Private Access management API, as this mock serves it. Ids are int64 decimal strings; ' +
        'errors are `{id, reason, params?}`. Sign in at POST /signin for a bearer token, or use the portal session cookie.',
    },
    servers: [{ url: '/' }],
    security: [{ bearerToken: [] }, { portalSession: [] }],
    tags: [
      { name: 'API keys' },
      { name: 'Roles' },
      { name: 'Sign-in' },
      { name: ROTATION_TAG, description: `${ROTATION_NOTE} Rotate a Private Access or Client Connector key’s secret with a grace period, and end the grace early.` },
      { name: 'Client Connector API keys', description: 'The Client Connector API page’s own calls (the mock’s own), under the portal session' },
      { name: 'Client Connector public API', description: 'What a Client Connector API key is for: login, then devices with the auth-token header' },
      { name: 'Digital Experience API keys', description: 'The Digital Experience API page’s own calls (the mock’s own), under the portal session' },
      { name: 'Digital Experience public API', description: 'What a Digital Experience API key is for: a signed token request, then the token' },
      { name: 'Portal', description: 'The page’s own calls: the session, and the admin’s preferences and time zone' },
      ...(control ? [{ name: 'Mock control', description: 'Tests and demos only; off with --no-control' }] : []),
    ],
    paths: { ...apiPaths(), ...zccPaths(), ...zdxPaths(), ...portalPaths(), ...(control ? controlPaths() : {}) },
    components: {
      schemas: componentSchemas(),
      responses: ERROR_RESPONSES,
      securitySchemes: {
        bearerToken: { type: 'http', scheme: 'bearer', description: 'the access_token of POST /signin' },
        zccAuthToken: { type: 'apiKey', in: 'header', name: ZCC_TOKEN_HEADER, description: 'the jwtToken of POST /papi/auth/v1/login' },
        zdxBearerToken: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'the token of POST /v1/oauth/token' },
        portalSession: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'the portal session (GET /portal/session or POST /__mock/tenants)' },
      },
    },
  }
}
