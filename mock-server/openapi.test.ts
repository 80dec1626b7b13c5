/**
 * GET /openapi.json, checked strictly against the OpenAPI 3.1 rules it must follow (structure, references,
 * path parameters, security, response descriptions) and against the contract: every endpoint of SPEC §2
 * with its codes, and every schema exactly what zod generates from the contract's schemas.
 */
import { readFileSync } from 'node:fs'
import { Validator } from '@seriousme/openapi-schema-validator'
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { activityEvent, auditLogAdmins, auditLogPage, keyActivity, syntheticActivityInput } from '../src/contract/activity'
import { apiKey, apiKeyPage, createApiKeyInput, createdApiKey, updateApiKeyInput } from '../src/contract/api-key'
import { apiErrorBody } from '../src/contract/errors'
import { advanceClockInput, clockState, createFaultInput, fault, tenantSettings, tenantSettingsInput } from '../src/contract/mock-control'
import { pagePreferences, timeZoneInput } from '../src/contract/preferences'
import { roleList } from '../src/contract/role'
import { rotateSecretInput } from '../src/contract/rotation'
import { searchOperators, searchOperatorSpellings } from '../src/contract/search'
import { portalSession } from '../src/contract/session'
import { signInForm, signInResponse } from '../src/contract/signin'
import {
  createdZccApiKey,
  createZccApiKeyInput,
  updateZccApiKeyInput,
  zccApiKey,
  zccApiKeyPage,
  zccLoginInput,
  zccLoginResponse,
} from '../src/contract/zcc-api-key'
import { zccDeviceDetailsList, zccDeviceList, zccRemoveDevicesInput, zccRemoveDevicesResponse } from '../src/contract/zcc-devices'
import {
  createZdxApiKeyInput,
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
import { jsonOf, memoryApp } from './testing'

type Json = Record<string, unknown>
type Operation = {
  operationId: string
  tags?: string[]
  security?: Record<string, string[]>[]
  parameters?: { name: string; in: string; required?: boolean; schema?: Json }[]
  requestBody?: { content: Record<string, { schema: Json }> }
  responses: Record<string, Json>
}
type Document = {
  openapi: string
  info: { title: string; version: string }
  paths: Record<string, Record<string, Operation>>
  components: { schemas: Record<string, Json>; responses: Record<string, Json>; securitySchemes: Record<string, Json> }
  security?: Record<string, string[]>[]
  tags?: { name: string }[]
}

const served = new Map<boolean, Promise<string>>()

/** The document a server with control on or off serves (fetched once each; every caller gets its own copy). */
async function fetchDocument(control = true): Promise<Document> {
  if (!served.has(control)) {
    served.set(
      control,
      memoryApp({ control }).then(async ({ app }) => {
        const response = await app.request('/openapi.json')
        if (!response.headers.get('Content-Type')?.startsWith('application/json')) throw new Error('/openapi.json is not JSON')
        return JSON.stringify(await jsonOf(response, 200))
      }),
    )
  }
  return JSON.parse(await served.get(control)!) as Document
}

const BASE = '/mgmtconfig/v1/admin/customers/{customerId}'
const ZCC = '/zcc/v1/admin/customers/{customerId}'
const ZDX = '/zdx/v1/admin/customers/{customerId}'
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']

/** The JSON value a local reference (`#/a/b`) points at. */
function resolvePointer(document: Document, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined
  let node: unknown = document
  for (const token of ref.slice(2).split('/')) {
    const key = token.replaceAll('~1', '/').replaceAll('~0', '~')
    node = node !== null && typeof node === 'object' ? (node as Json)[key] : undefined
  }
  return node
}

/** Every `$ref` anywhere in the value, with where it is. */
function references(value: unknown, at = '#'): { at: string; ref: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => references(item, `${at}/${index}`))
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, child]) =>
    key === '$ref' && typeof child === 'string' ? [{ at, ref: child }] : references(child, `${at}/${key}`),
  )
}

/** The value with every reference replaced by what it points at. */
function dereference(document: Document, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => dereference(document, item))
  if (value === null || typeof value !== 'object') return value
  const ref = (value as Json).$ref
  if (typeof ref === 'string') return dereference(document, resolvePointer(document, ref))
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, dereference(document, child)]))
}

const contentOf = (response: unknown) => (response as { content?: Record<string, { schema: Json }> } | undefined)?.content

const contractSchema = (schema: z.ZodMiniType, io: 'input' | 'output') => {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io })
  return json
}

const operations = (document: Document) =>
  Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => HTTP_METHODS.includes(method))
      .map(([method, operation]) => ({ path, method, operation })),
  )

/** A route as `METHOD /path/{}`: parameters compared by place, not name (Hono's `:id` is the document's `{faultId}`). */
const routeShape = (method: string, path: string) => `${method.toUpperCase()} ${path.replace(/:\w+|\{\w+\}/g, '{}')}`

/** What in the document breaks the OpenAPI 3.1 rules checked here; empty when none does. */
function violations(document: Document): string[] {
  const found: string[] = []
  const check = (ok: boolean, problem: string) => {
    if (!ok) found.push(problem)
  }
  check(/^3\.1\.\d+$/.test(document.openapi), `openapi is ${document.openapi}, not 3.1.x`)
  check(typeof document.info?.title === 'string' && typeof document.info?.version === 'string', 'info needs a title and a version')
  for (const { at, ref } of references(document)) check(typeof resolvePointer(document, ref) === 'object', `${at}: ${ref} does not resolve`)
  const schemes = document.components.securitySchemes
  const knownScheme = (requirement: Record<string, string[]>) => Object.keys(requirement).every((name) => name in schemes)
  for (const [name, scheme] of Object.entries(schemes)) {
    check(['apiKey', 'http', 'mutualTLS', 'oauth2', 'openIdConnect'].includes(String(scheme.type)), `security scheme ${name}: bad type`)
  }
  for (const requirement of document.security ?? []) check(knownScheme(requirement), 'security names an unknown scheme')
  for (const [name, schema] of Object.entries(document.components.schemas)) {
    check(/^[\w.-]+$/.test(name), `schema name ${name}`)
    // Component schemas take the document's dialect; an `$id` with a fragment is not allowed in 2020-12.
    check(!('$schema' in schema) && !('$id' in schema), `schema ${name} carries $schema or $id`)
  }

  const declaredTags = new Set(document.tags?.map((tag) => tag.name))
  const operationIds = new Set<string>()
  for (const { path, method, operation } of operations(document)) {
    const where = `${method.toUpperCase()} ${path}`
    check(path.startsWith('/'), `${where}: a path starts with /`)
    check(typeof operation.operationId === 'string' && !operationIds.has(operation.operationId), `${where}: operationId missing or not unique`)
    operationIds.add(operation.operationId)
    for (const tag of operation.tags ?? []) check(declaredTags.has(tag), `${where}: undeclared tag ${tag}`)
    for (const requirement of operation.security ?? []) check(knownScheme(requirement), `${where}: unknown security scheme`)

    const parameters = operation.parameters ?? []
    const seen = new Set(parameters.map((parameter) => `${parameter.in}:${parameter.name}`))
    check(seen.size === parameters.length, `${where}: parameters are not unique`)
    for (const parameter of parameters) {
      check(['query', 'header', 'path', 'cookie'].includes(parameter.in), `${where}: ${parameter.name} is in ${parameter.in}`)
      check(typeof parameter.schema === 'object', `${where}: ${parameter.name} has no schema`)
      if (parameter.in === 'path') {
        check(parameter.required === true, `${where}: path parameter ${parameter.name} is not required`)
        check(path.includes(`{${parameter.name}}`), `${where}: path parameter ${parameter.name} is not in the path`)
      }
    }
    for (const [, name] of path.matchAll(/\{(\w+)\}/g)) check(seen.has(`path:${name}`), `${where}: {${name}} is not declared`)

    for (const [mediaType, content] of Object.entries(operation.requestBody?.content ?? {})) {
      check(/^[\w.+-]+\/[\w.+-]+$/.test(mediaType), `${where}: media type ${mediaType}`)
      check(typeof content.schema === 'object', `${where}: ${mediaType} has no schema`)
    }
    check(Object.keys(operation.responses ?? {}).length > 0, `${where}: no responses`)
    for (const [status, response] of Object.entries(operation.responses ?? {})) {
      check(/^([1-5]\d\d|[1-5]XX|default)$/.test(status), `${where}: response key ${status}`)
      check(typeof (dereference(document, response) as Json | undefined)?.description === 'string', `${where} ${status}: no description`)
    }
  }
  return found
}

describe('GET /openapi.json', () => {
  it('follows the OpenAPI 3.1 rules', async () => {
    for (const control of [true, false]) expect(violations(await fetchDocument(control))).toEqual([])
  })

  it('validates with an OpenAPI 3.1 schema validator', async () => {
    const validator = new Validator()
    for (const control of [true, false]) expect(await validator.validate(await fetchDocument(control))).toEqual({ valid: true })
    expect(validator.version).toBe('3.1')
    const broken = await fetchDocument()
    ;(broken.paths as Json)['/signin'] = { post: { responses: { '200': {} } } }
    expect((await validator.validate(broken)).valid).toBe(false)
  })

  it('would say so if it did not (the check can fail)', async () => {
    const document = await fetchDocument()
    document.openapi = '3.0.3'
    delete (document.paths['/signout'].post.responses['200'] as Json).description
    document.paths['/signin'].post.responses['200'] = { description: 'x', content: { 'application/json': { schema: { $ref: '#/components/schemas/Nope' } } } }
    document.paths[`${BASE}/apiKeys/{id}`].get.parameters = []
    expect(violations(document)).toEqual([
      'openapi is 3.0.3, not 3.1.x',
      expect.stringContaining('#/components/schemas/Nope does not resolve'),
      `GET ${BASE}/apiKeys/{id}: {customerId} is not declared`,
      `GET ${BASE}/apiKeys/{id}: {id} is not declared`,
      'POST /signout 200: no description',
    ])
  })

  it.each([
    // SPEC §2: path, method, success, request schema, success schema, error codes it must document
    [`${BASE}/apiKeys`, 'get', '200', undefined, 'ApiKeyPage', ['400', '401', '429', '503']],
    [`${BASE}/apiKeys`, 'post', '201', 'CreateApiKeyInput', 'CreatedApiKey', ['400', '401', '403', '409', '415', '429']],
    [`${BASE}/apiKeys/{id}`, 'get', '200', undefined, 'ApiKey', ['401', '404', '429']],
    [`${BASE}/apiKeys/{id}`, 'put', '204', 'UpdateApiKeyInput', undefined, ['400', '401', '403', '404', '409', '415', '429']],
    [`${BASE}/apiKeys/{id}`, 'delete', '204', undefined, undefined, ['401', '403', '404', '429']],
    [`${BASE}/roles`, 'get', '200', undefined, 'RoleList', ['401', '429']],
    [`${BASE}/roles/{id}`, 'get', '200', undefined, 'Role', ['401', '404', '429']],
    ['/signin', 'post', '200', 'SignInForm', 'SignInResponse', ['400', '401', '415']],
    ['/signout', 'post', '200', undefined, undefined, ['401']],
    // SPEC §4: Client Connector, the page's management calls and the public API
    [`${ZCC}/apiKeys`, 'get', '200', undefined, 'ZccApiKeyPage', ['400', '401', '503']],
    [`${ZCC}/apiKeys`, 'post', '201', 'CreateZccApiKeyInput', 'CreatedZccApiKey', ['400', '401', '409', '415']],
    [`${ZCC}/apiKeys/{id}`, 'get', '200', undefined, 'ZccApiKey', ['401', '404']],
    [`${ZCC}/apiKeys/{id}`, 'put', '204', 'UpdateZccApiKeyInput', undefined, ['400', '401', '404', '409', '415']],
    [`${ZCC}/apiKeys/{id}`, 'delete', '204', undefined, undefined, ['401', '404']],
    ['/papi/auth/v1/login', 'post', '200', 'ZccLoginInput', 'ZccLoginResponse', ['400', '401', '415']],
    ['/papi/public/v1/getDevices', 'get', '200', undefined, 'ZccDeviceList', ['400', '401', '429']],
    ['/papi/public/v1/getDeviceDetails', 'get', '200', undefined, 'ZccDeviceDetailsList', ['400', '401', '404', '429']],
    ['/papi/public/v1/removeDevices', 'post', '200', 'ZccRemoveDevicesInput', 'ZccRemoveDevicesResponse', ['400', '401', '403', '415', '429']],
    // SPEC §4: Digital Experience, the page's management calls and the public API
    [`${ZDX}/apiKeys`, 'get', '200', undefined, 'ZdxApiKeyPage', ['400', '401', '503']],
    [`${ZDX}/apiKeys`, 'post', '201', 'CreateZdxApiKeyInput', 'ZdxApiKeyWithSecret', ['400', '401', '409', '415']],
    [`${ZDX}/apiKeys/{id}`, 'get', '200', undefined, 'ZdxApiKey', ['401', '404']],
    [`${ZDX}/apiKeys/{id}`, 'put', '204', 'UpdateZdxApiKeyInput', undefined, ['400', '401', '404', '409', '415']],
    [`${ZDX}/apiKeys/{id}`, 'delete', '204', undefined, undefined, ['401', '404']],
    [`${ZDX}/apiKeys/{id}/secret`, 'get', '200', undefined, 'ZdxApiKeyWithSecret', ['401', '404']],
    [`${ZDX}/roles`, 'get', '200', undefined, 'ZdxRoleList', ['401']],
    ['/v1/oauth/token', 'post', '200', 'ZdxTokenRequest', 'ZdxTokenResponse', ['400', '401', '415', '429', '503']],
    ['/v1/oauth/validate', 'get', '200', undefined, 'ZdxTokenValidation', ['401', '429']],
    ['/v1/oauth/jwks', 'get', '200', undefined, 'ZdxJwks', []],
    // SPEC §5: the page's own calls
    ['/portal/session', 'get', '200', undefined, 'PortalSession', []],
    ['/portal/preferences/{page}', 'get', '200', undefined, 'PagePreferences', ['400', '401', '404']],
    ['/portal/preferences/{page}', 'put', '204', 'PagePreferencesInput', undefined, ['400', '401', '404', '415']],
    ['/portal/time-zone', 'put', '204', 'TimeZoneInput', undefined, ['400', '401', '415']],
    // Issue #16: key activity and audit logs
    [`${BASE}/apiKeys/{id}/activity`, 'get', '200', undefined, 'KeyActivity', ['401', '404', '429']],
    [`${ZCC}/apiKeys/{id}/activity`, 'get', '200', undefined, 'KeyActivity', ['401', '404']],
    [`${ZDX}/apiKeys/{id}/activity`, 'get', '200', undefined, 'KeyActivity', ['401', '404']],
    ['/portal/auditLogs', 'get', '200', undefined, 'AuditLogPage', ['400', '401']],
    ['/portal/auditLogs/admins', 'get', '200', undefined, 'AuditLogAdmins', ['401']],
    ['/__mock/activity', 'post', '201', 'SyntheticActivityInput', 'KeyActivity', ['400', '401', '404', '415']],
    // Issue #17: rotating a secret with a grace period (the mock's own)
    [`${BASE}/apiKeys/{id}/rotateSecret`, 'post', '200', 'RotateSecretInput', 'CreatedApiKey', ['400', '401', '403', '404', '415', '429', '503']],
    [`${BASE}/apiKeys/{id}/previousSecret`, 'delete', '200', undefined, 'ApiKey', ['401', '403', '404', '429', '503']],
    [`${ZCC}/apiKeys/{id}/rotateSecret`, 'post', '200', 'RotateSecretInput', 'CreatedZccApiKey', ['400', '401', '404', '415', '503']],
    [`${ZCC}/apiKeys/{id}/previousSecret`, 'delete', '200', undefined, 'ZccApiKey', ['401', '404', '503']],
    // SPEC §6
    ['/__mock/tenants', 'post', '201', 'CreateTenantInput', 'CreatedTenant', ['400', '415', '503']],
    ['/__mock/settings', 'get', '200', undefined, 'TenantSettings', ['401']],
    ['/__mock/settings', 'put', '200', 'TenantSettingsInput', 'TenantSettings', ['400', '401', '415']],
  ] as const)('documents %s %s with its codes and schemas', async (path, method, success, request, responseSchema, errorCodes) => {
    const document = await fetchDocument()
    const operation = document.paths[path]?.[method]
    const mediaType = path === '/signin' ? 'application/x-www-form-urlencoded' : 'application/json'
    const errorSchema = dereference(document, { $ref: '#/components/schemas/ApiError' })
    expect({
      success: Object.keys(operation?.responses ?? {}).includes(success),
      successSchema: contentOf(operation?.responses[success])?.['application/json'].schema ?? null,
      requestSchema: operation?.requestBody?.content[mediaType].schema ?? null,
      errors: errorCodes.map((code) => [code, contentOf(dereference(document, operation?.responses[code]))?.['application/json'].schema]),
    }).toEqual({
      success: true,
      successSchema: responseSchema ? { $ref: `#/components/schemas/${responseSchema}` } : null,
      requestSchema: request ? { $ref: `#/components/schemas/${request}` } : null,
      errors: errorCodes.map((code) => [code, errorSchema]),
    })
  })

  it('lists every query parameter of the list endpoint and scopes each key endpoint by microtenant', async () => {
    const document = await fetchDocument()
    const list = document.paths[`${BASE}/apiKeys`].get.parameters!.filter((parameter) => parameter.in === 'query')
    expect(list.map((parameter) => parameter.name).toSorted()).toEqual(['microtenantId', 'notUsedForDays', 'page', 'pageSize', 'pagesize', 'search', 'sortBy', 'sortOrder'])
    expect(list.find((parameter) => parameter.name === 'sortOrder')!.schema).toMatchObject({ enum: ['ASC', 'DESC'] })
    const customerOperations = operations(document).filter(({ path }) => path.startsWith(BASE))
    expect(customerOperations).toHaveLength(10)
    for (const { operation } of customerOperations) {
      expect(operation.parameters!.map((parameter) => parameter.name)).toEqual(expect.arrayContaining(['customerId', 'microtenantId']))
    }
    expect(document.paths['/signin'].post.security).toEqual([])
    expect(document.paths['/signout'].post.security).toEqual([{ bearerToken: [] }])
  })

  it('marks the rotation calls as the mock’s own extension, not part of the ZPA or ZCC API, and the key objects carry previousSecretValidUntil', async () => {
    const document = await fetchDocument()
    const rotation = operations(document).filter(({ path }) => path.endsWith('/rotateSecret') || path.endsWith('/previousSecret'))
    expect(rotation.map(({ method, path }) => `${method} ${path}`).toSorted()).toEqual([
      `delete ${BASE}/apiKeys/{id}/previousSecret`,
      `delete ${ZCC}/apiKeys/{id}/previousSecret`,
      `post ${BASE}/apiKeys/{id}/rotateSecret`,
      `post ${ZCC}/apiKeys/{id}/rotateSecret`,
    ])
    const [tag] = rotation[0].operation.tags ?? []
    for (const { operation } of rotation) {
      expect(operation.tags).toEqual([tag])
      expect((operation as { description?: string }).description).toContain('not part of the ZPA or ZCC API')
    }
    expect((document.tags as { name: string; description?: string }[]).find((declared) => declared.name === tag)?.description).toContain('not part of the ZPA or ZCC API')
    for (const name of ['ApiKey', 'ZccApiKey']) expect(document.components.schemas[name]).toMatchObject({ required: expect.arrayContaining(['previousSecretValidUntil']) })
    expect(rotation.find(({ method, path }) => method === 'post' && path.startsWith(BASE))!.operation.parameters!.map((parameter) => parameter.name)).toEqual(['customerId', 'id', 'microtenantId'])
  })

  it('describes every operator of the search grammar, and the spellings the SDKs send', async () => {
    const document = await fetchDocument()
    const search = document.paths[`${BASE}/apiKeys`].get.parameters!.find((parameter) => parameter.name === 'search') as { description?: string }
    const named = new Set(search.description?.match(/\b[A-Z]{2,}\b/g))
    expect([...searchOperators, ...Object.keys(searchOperatorSpellings)].filter((operator) => !named.has(operator))).toEqual([])
  })

  it.each([
    ['ApiKey', apiKey, 'output'],
    ['CreatedApiKey', createdApiKey, 'output'],
    ['ApiKeyPage', apiKeyPage, 'output'],
    ['RoleList', roleList, 'output'],
    ['ApiError', apiErrorBody, 'output'],
    ['SignInResponse', signInResponse, 'output'],
    ['CreateApiKeyInput', createApiKeyInput, 'input'],
    ['UpdateApiKeyInput', updateApiKeyInput, 'input'],
    ['SignInForm', signInForm, 'input'],
    ['CreateFaultInput', createFaultInput, 'input'],
    ['Fault', fault, 'output'],
    ['AdvanceClockInput', advanceClockInput, 'input'],
    ['ClockState', clockState, 'output'],
    ['PortalSession', portalSession, 'output'],
    ['PagePreferences', pagePreferences, 'output'],
    ['PagePreferencesInput', pagePreferences, 'input'],
    ['TimeZoneInput', timeZoneInput, 'input'],
    ['TenantSettings', tenantSettings, 'output'],
    ['TenantSettingsInput', tenantSettingsInput, 'input'],
    ['ZccApiKey', zccApiKey, 'output'],
    ['CreatedZccApiKey', createdZccApiKey, 'output'],
    ['ZccApiKeyPage', zccApiKeyPage, 'output'],
    ['CreateZccApiKeyInput', createZccApiKeyInput, 'input'],
    ['UpdateZccApiKeyInput', updateZccApiKeyInput, 'input'],
    ['ZccLoginInput', zccLoginInput, 'input'],
    ['ZccLoginResponse', zccLoginResponse, 'output'],
    ['ZccDeviceList', zccDeviceList, 'output'],
    ['ZccDeviceDetailsList', zccDeviceDetailsList, 'output'],
    ['ZccRemoveDevicesInput', zccRemoveDevicesInput, 'input'],
    ['ZccRemoveDevicesResponse', zccRemoveDevicesResponse, 'output'],
    ['ZdxApiKey', zdxApiKey, 'output'],
    ['ZdxApiKeyWithSecret', zdxApiKeyWithSecret, 'output'],
    ['ZdxApiKeyPage', zdxApiKeyPage, 'output'],
    ['ZdxRoleList', zdxRoleList, 'output'],
    ['CreateZdxApiKeyInput', createZdxApiKeyInput, 'input'],
    ['UpdateZdxApiKeyInput', updateZdxApiKeyInput, 'input'],
    ['ZdxTokenRequest', zdxTokenRequest, 'input'],
    ['ZdxTokenResponse', zdxTokenResponse, 'output'],
    ['ZdxTokenValidation', zdxTokenValidation, 'output'],
    ['ZdxJwks', zdxJwks, 'output'],
    ['ActivityEvent', activityEvent, 'output'],
    ['KeyActivity', keyActivity, 'output'],
    ['AuditLogPage', auditLogPage, 'output'],
    ['AuditLogAdmins', auditLogAdmins, 'output'],
    ['SyntheticActivityInput', syntheticActivityInput, 'input'],
    ['RotateSecretInput', rotateSecretInput, 'input'],
  ] as const)('generates %s from the contract', async (name, schema, io) => {
    const document = await fetchDocument()
    expect(dereference(document, document.components.schemas[name])).toEqual(contractSchema(schema, io))
  })

  it('documents /__mock only while control is on', async () => {
    const on = Object.keys((await fetchDocument(true)).paths)
    expect(on).toEqual(
      expect.arrayContaining(['/__mock/tenants', '/__mock/reset', '/__mock/faults', '/__mock/faults/{faultId}', '/__mock/clock', '/__mock/settings', '/__mock/activity']),
    )
    const off = Object.keys((await fetchDocument(false)).paths)
    expect(off.filter((path) => path.startsWith('/__mock'))).toEqual([])
    expect(off).toHaveLength(32)
  })

  it.each([true, false])('documents every route the app serves, and only those (control %s)', async (control) => {
    const { app } = await memoryApp({ control })
    // ALL routes are middleware and the 405 answers; /openapi.json is the document itself.
    const routes = app.routes.filter(({ method, path }) => method !== 'ALL' && path !== '/openapi.json').map(({ method, path }) => routeShape(method, path))
    const documented = operations(await fetchDocument(control)).map(({ method, path }) => routeShape(method, path))
    expect(new Set(documented)).toEqual(new Set(routes))
  })

  it('is in the repository as docs/openapi.json, exactly as served (npm run docs:api writes it)', async () => {
    const committed: unknown = JSON.parse(readFileSync(new URL('../docs/openapi.json', import.meta.url), 'utf8'))
    expect(committed).toEqual(await fetchDocument(true))
  })
})
