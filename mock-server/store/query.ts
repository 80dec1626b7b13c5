/**
 * The list endpoints' evaluation: search terms, sort order and paging over one key space (a ZPA microtenant, a
 * customer's ZCC or ZDX keys). `listKeys` is the generic part; each product names its sort fields' comparators.
 */
import type { ApiKeySortField, SortOrder } from '../../src/contract/api-key'
import type { OrderSearchOperator, SearchTerm, TextSearchOperator } from '../../src/contract/search'
import type { ZccApiKeySortField } from '../../src/contract/zcc-api-key'
import type { ZdxApiKeySortField } from '../../src/contract/zdx-api-key'
import { compareDecimal } from './ids'
import { DAY_SECONDS } from './activity'
import {
  toComparableName,
  type ApiKeyRecord,
  type KeySpace,
  type MicrotenantSpace,
  type StoredApiKey,
  type StoredRole,
  type StoredZccKey,
  type StoredZdxKey,
} from './model'

export type ListRequest<SortField extends string = ApiKeySortField> = {
  page: number
  pageSize: number
  terms: readonly SearchTerm[]
  sortBy?: SortField
  sortOrder?: SortOrder
  /** Only the keys with no use in the last N days of the tenant's clock (never-used ones included). */
  notUsedForDays?: number
}

export type ListResult<Api = ApiKeyRecord> = { totalCount: number; totalPages: number; list: Api[] }

/**
 * The keys' last uses (activity log), for `sortBy=lastUsedTime` and `notUsedForDays`. Views built from them are keyed
 * with `version`, which changes when a last use does: a call does not drop the space's other views.
 */
export type Usage = { lastUsed: (keyId: string) => number | null; version: number; now: number }

type Compare<K = StoredApiKey> = (a: K, b: K) => number

/** What search terms read of a key: the fields every product's key has, and those only some have (a route refuses terms on a field its product lacks). */
type SearchableKey = {
  comparableName: string
  api: Pick<ApiKeyRecord, 'id' | 'creationTime' | 'modifiedTime'> &
    Partial<Pick<ApiKeyRecord, 'clientId' | 'enabled' | 'tokenExpiryTimeInSec' | 'roleId' | 'isLocked' | 'readOnly'>>
}

/** A ZPA or ZCC key: a client id, a status and a validity. */
type CredentialKey = SearchableKey & { api: Pick<ApiKeyRecord, 'clientId' | 'enabled' | 'tokenExpiryTimeInSec'> }

/** The fields every product's list sorts by the same way. */
type SharedSortField = 'name' | 'lastUsedTime'

/** Sorted by `sortBy` (name by default), filtered by every term, one page of it. */
export function listKeys<K extends SearchableKey, F extends string>(
  space: KeySpace<K>,
  request: ListRequest<F>,
  compareBy: (sortBy: Exclude<F, SharedSortField>) => Compare<K>,
  usage: Usage,
): ListResult<K['api']> {
  const sortBy = request.sortBy ?? 'name'
  const sortOrder = request.sortOrder ?? 'ASC'
  const byUse = sortBy === 'lastUsedTime'
  const sortKey = `${sortBy} ${sortOrder}${byUse ? ` @${usage.version}` : ''}`
  const compareKeys = byUse ? withTies(byLastUse(usage), sortOrder) : comparator(sortBy, sortOrder, compareBy)
  const sorted = space.view(sortKey, () => [...space.keys.values()].toSorted(compareKeys))
  const searchKey = `${sortKey} ${JSON.stringify(request.terms)}`
  const searched = request.terms.length === 0 ? sorted : space.view(searchKey, () => sorted.filter(matcher(request.terms)))
  let matching = searched
  if (request.notUsedForDays !== undefined) {
    // Used before this (or never): a whole second, so that one view serves the requests of that second.
    const before = usage.now - request.notUsedForDays * DAY_SECONDS
    matching = space.view(`${searchKey} unused<${before} @${usage.version}`, () =>
      searched.filter((key) => (usage.lastUsed(key.api.id) ?? -Infinity) < before),
    )
  }
  const start = (request.page - 1) * request.pageSize
  return {
    totalCount: matching.length,
    totalPages: Math.ceil(matching.length / request.pageSize),
    list: matching.slice(start, start + request.pageSize).map((key) => key.api),
  }
}

/** Never used sorts as the oldest use. */
const byLastUse =
  ({ lastUsed }: Usage): Compare<SearchableKey> =>
  (a, b) =>
    (lastUsed(a.api.id) ?? -Infinity) - (lastUsed(b.api.id) ?? -Infinity)

export function listApiKeys(space: MicrotenantSpace, roles: readonly StoredRole[], request: ListRequest, usage: Usage): ListResult {
  return listKeys(space, request, (sortBy) => primaryComparator(sortBy, roles), usage)
}

export function listZccKeys(space: KeySpace<StoredZccKey>, request: ListRequest<ZccApiKeySortField>, usage: Usage): ListResult<StoredZccKey['api']> {
  return listKeys(space, request, zccComparator, usage)
}

function zccComparator(sortBy: Exclude<ZccApiKeySortField, SharedSortField>): Compare<StoredZccKey> {
  return sortBy === 'role' ? (a, b) => compareText(a.api.role, b.api.role) : commonComparator(sortBy)
}

export function listZdxKeys(space: KeySpace<StoredZdxKey>, request: ListRequest<ZdxApiKeySortField>, usage: Usage): ListResult<StoredZdxKey['api']> {
  return listKeys(space, request, zdxComparator, usage)
}

function zdxComparator(sortBy: Exclude<ZdxApiKeySortField, SharedSortField>): Compare<StoredZdxKey> {
  switch (sortBy) {
    case 'roleName':
    case 'createdBy':
      return (a, b) => compareText(a.api[sortBy].toLowerCase(), b.api[sortBy].toLowerCase())
    case 'id':
    case 'creationTime':
    case 'modifiedTime':
      return (a, b) => compareDecimal(a.api[sortBy], b.api[sortBy])
  }
}

/** The fields ZPA and ZCC keys share, compared alike whatever the product. */
function commonComparator(sortBy: 'clientId' | 'enabled' | 'tokenExpiryTimeInSec' | 'creationTime' | 'modifiedTime'): Compare<CredentialKey> {
  switch (sortBy) {
    case 'clientId':
      return (a, b) => compareText(a.api.clientId, b.api.clientId)
    case 'enabled':
      return (a, b) => Number(a.api.enabled) - Number(b.api.enabled)
    case 'tokenExpiryTimeInSec':
    case 'creationTime':
    case 'modifiedTime':
      return (a, b) => compareDecimal(a.api[sortBy], b.api[sortBy])
  }
}

const byName: Compare<SearchableKey> = (a, b) =>
  a.comparableName < b.comparableName ? -1 : a.comparableName > b.comparableName ? 1 : compareDecimal(a.api.id, b.api.id)

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Sorts by the field, then by name (case-insensitive) and id, always ascending, so pages are stable. */
function comparator<K extends SearchableKey, F extends string>(
  sortBy: F | 'name',
  sortOrder: SortOrder,
  compareBy: (sortBy: Exclude<F, SharedSortField>) => Compare<K>,
): Compare<K> {
  if (sortBy === 'name') return sortOrder === 'ASC' ? byName : (a, b) => byName(b, a)
  return withTies(compareBy(sortBy as Exclude<F, SharedSortField>), sortOrder)
}

function withTies<K extends SearchableKey>(primary: Compare<K>, sortOrder: SortOrder): Compare<K> {
  const direction = sortOrder === 'ASC' ? 1 : -1
  return (a, b) => direction * primary(a, b) || byName(a, b)
}

function primaryComparator(sortBy: Exclude<ApiKeySortField, SharedSortField>, roles: readonly StoredRole[]): Compare {
  if (sortBy !== 'roleId') return commonComparator(sortBy)
  // The Role column shows the role's name, so it sorts by that name.
  const roleNames = new Map(roles.map((role) => [role.id, role.name.toLowerCase()]))
  const nameOf = (key: StoredApiKey) => roleNames.get(key.api.roleId) ?? ''
  return (a, b) => compareText(nameOf(a), nameOf(b))
}

const ORDER_TESTS: Record<OrderSearchOperator, (order: number) => boolean> = {
  EQ: (order) => order === 0,
  NQ: (order) => order !== 0,
  GT: (order) => order > 0,
  LT: (order) => order < 0,
  GE: (order) => order >= 0,
  LE: (order) => order <= 0,
}

/** Text operators, over text already made comparable (NFC, lower case): the real API's LIKE ignores case. */
const TEXT_TESTS: Record<TextSearchOperator, (text: string, value: string) => boolean> = {
  LIKE: (text, value) => text.includes(value),
  CONTAINS: (text, value) => text.includes(value),
  STARTSWITH: (text, value) => text.startsWith(value),
  ENDSWITH: (text, value) => text.endsWith(value),
}

const isTextOperator = (op: string): op is TextSearchOperator => Object.hasOwn(TEXT_TESTS, op)

/** All terms must hold (`AND`). */
function matcher(terms: readonly SearchTerm[]): (key: SearchableKey) => boolean {
  const tests = terms.map(termMatcher)
  return (key) => tests.every((test) => test(key))
}

function termMatcher(term: SearchTerm): (key: SearchableKey) => boolean {
  switch (term.field) {
    case 'name':
    case 'clientId': {
      const value = toComparableName(term.value)
      const text = term.field === 'name' ? (key: SearchableKey) => key.comparableName : (key: SearchableKey) => toComparableName(key.api.clientId ?? '')
      const { op } = term
      if (isTextOperator(op)) {
        const test = TEXT_TESTS[op]
        return (key) => test(text(key), value)
      }
      const test = ORDER_TESTS[op]
      return (key) => test(compareText(text(key), value))
    }
    case 'enabled':
    case 'isLocked':
    case 'readOnly': {
      const { field, value } = term
      const test = ORDER_TESTS[term.op]
      return (key) => test(key.api[field] === value ? 0 : 1)
    }
    case 'roleId':
    case 'tokenExpiryTimeInSec':
    case 'creationTime': {
      const { field, value } = term
      const test = ORDER_TESTS[term.op]
      return (key) => test(compareDecimal(key.api[field] ?? '', value))
    }
  }
}
