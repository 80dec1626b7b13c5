import { createLoader } from 'nuqs'
import { expect, test } from 'vitest'
import { settleView } from '../../../components/data-table/table-view'
import { listParamsForView, tableViewParsers } from './use-table-view'

const viewOf = (search: string) => createLoader(tableViewParsers)(search)

test('rows per page: the URL\'s, else the admin\'s preferred, else 20; a preference that is no page size is ignored', () => {
  expect(settleView(viewOf('?pageSize=100'), 50).pageSize).toBe(100)
  expect(settleView(viewOf(''), 50).pageSize).toBe(50)
  expect(settleView(viewOf(''), undefined).pageSize).toBe(20)
  expect(settleView(viewOf(''), 37).pageSize).toBe(20)
  expect(settleView(viewOf('?pageSize=37'), 200).pageSize).toBe(200)
})

test('a view in the URL becomes one list request; refused values fall back to the defaults', () => {
  expect(listParamsForView(settleView(viewOf('?status=enabled&locked=nope&sortBy=name&sortOrder=DESC&page=3'), undefined))).toEqual({
    page: 3,
    pageSize: 20,
    search: 'enabled EQ true',
    sortBy: 'name',
    sortOrder: 'DESC',
  })
  expect(listParamsForView(settleView(viewOf('?page=0&sortBy=secret&name='), undefined))).toEqual({
    page: 1,
    pageSize: 20,
    search: undefined,
    sortBy: undefined,
    sortOrder: 'ASC',
  })
})

test('"Not used for" is a URL key of the view and the list\'s notUsedForDays, beside the search; a span not offered is dropped', () => {
  expect(listParamsForView(settleView(viewOf('?notUsedForDays=30&status=enabled'), undefined))).toMatchObject({ notUsedForDays: 30, search: 'enabled EQ true' })
  expect(listParamsForView(settleView(viewOf('?notUsedForDays=31'), undefined)).notUsedForDays).toBeUndefined()
  expect(listParamsForView(settleView(viewOf('?notUsedForDays=30'), undefined)).search).toBeUndefined()
})
