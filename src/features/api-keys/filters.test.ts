import { expect, test } from 'vitest'
import { formatSearch, parseSearch } from '../../contract/search'
import { filtersFromRecord, filtersToListParams, filtersToSearch, hasFilters, noFilters, parseFilterValue, sameFilters } from './filters'

test('no filters ask for no search', () => {
  expect(filtersToSearch(noFilters)).toBeUndefined()
  expect(filtersToSearch({ ...noFilters, name: '   ' })).toBeUndefined()
})

test('every filter becomes one term of a search the grammar accepts', () => {
  const search = filtersToSearch({
    name: 'prod east',
    nameMatch: '',
    status: 'disabled',
    roleId: '216196257331283741',
    locked: 'locked',
    createdFrom: '2026-01-01',
    createdTo: '2026-01-31',
    notUsedForDays: '30',
  })!
  const parsed = parseSearch(search)
  expect(parsed.ok).toBe(true)
  if (!parsed.ok) return
  const from = new Date(2026, 0, 1).getTime() / 1000
  const afterTo = new Date(2026, 1, 1).getTime() / 1000
  expect(parsed.terms).toEqual([
    { field: 'name', op: 'LIKE', value: 'prod east' },
    { field: 'enabled', op: 'EQ', value: false },
    { field: 'roleId', op: 'EQ', value: '216196257331283741' },
    { field: 'isLocked', op: 'EQ', value: true },
    { field: 'creationTime', op: 'GE', value: String(from) },
    // The end day is inclusive: everything before the next local midnight.
    { field: 'creationTime', op: 'LT', value: String(afterTo) },
  ])
})

test('sameFilters compares every field', () => {
  expect(sameFilters(noFilters, { ...noFilters })).toBe(true)
  expect(sameFilters(noFilters, { ...noFilters, createdTo: '2026-01-01' })).toBe(false)
})

test('a saved filter is read through the same field declarations: unknown fields dropped, refused values "any"', () => {
  expect(filtersFromRecord({ status: 'disabled', locked: 'maybe', roleId: '28', createdFrom: '2026-13', color: 'red' })).toEqual({
    ...noFilters,
    status: 'disabled',
    roleId: '28',
  })
  expect(filtersFromRecord({})).toEqual(noFilters)
})

test('the URL takes a filter value only as its field accepts it, whole', () => {
  expect(parseFilterValue('status', 'enabled')).toBe('enabled')
  expect(parseFilterValue('status', 'Enabled')).toBeUndefined()
  expect(parseFilterValue('roleId', '12345678901234567890123')).toBeUndefined()
  expect(parseFilterValue('createdTo', '2026-02-30x')).toBeUndefined()
  expect(parseFilterValue('name', '')).toBeUndefined()
})

test('Name matches as chosen: contains, starts with or ends with; a match with no name filters nothing', () => {
  expect(filtersToSearch({ ...noFilters, name: 'terra' })).toBe(formatSearch([{ field: 'name', op: 'LIKE', value: 'terra' }]))
  expect(filtersToSearch({ ...noFilters, name: 'terra', nameMatch: 'startswith' })).toBe(formatSearch([{ field: 'name', op: 'STARTSWITH', value: 'terra' }]))
  expect(filtersToSearch({ ...noFilters, name: 'prod', nameMatch: 'endswith' })).toBe(formatSearch([{ field: 'name', op: 'ENDSWITH', value: 'prod' }]))
  expect(filtersToSearch({ ...noFilters, nameMatch: 'endswith' })).toBeUndefined()
  expect(hasFilters({ ...noFilters, nameMatch: 'endswith' })).toBe(false)
})

test('"Not used for" counts as a filter and goes to the list as notUsedForDays, not into the search', () => {
  expect(hasFilters({ ...noFilters, notUsedForDays: '7' })).toBe(true)
  expect(filtersToListParams({ ...noFilters, notUsedForDays: '365' })).toEqual({ search: undefined, notUsedForDays: 365 })
  expect(filtersFromRecord({ notUsedForDays: '365' }).notUsedForDays).toBe('365')
  expect(filtersFromRecord({ notUsedForDays: '12' }).notUsedForDays).toBe('')
})
