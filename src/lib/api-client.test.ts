import { afterEach, describe, expect, test, vi } from 'vitest'
import { apiKeyPage } from '../contract/api-key'
import { apiKeyFixture, jsonResponse } from '../test/api-fixtures'
import { ApiError, apiRequest, buildUrl, discardEarlyRequests, NetworkError } from './api-client'

const bigId = '145283994705985775'

function answer(status: number, body: string) {
  vi.stubGlobal('fetch', vi.fn(async () => jsonResponse(status, body)))
}

afterEach(() => vi.unstubAllGlobals())

describe('apiRequest', () => {
  test('keeps int64 ids exact: they stay strings end to end', async () => {
    // As a JS number this id would become 145283994705985760.
    expect(String(Number(bigId))).not.toBe(bigId)
    const key = apiKeyFixture({ id: bigId })
    answer(200, JSON.stringify({ totalPages: '1', totalCount: '1', list: [key] }))
    const page = await apiRequest('/x', apiKeyPage)
    expect(page.list[0].id).toBe(bigId)
    expect(page.list[0].customerId).toBe('216196257331281920')
  })

  test('refuses an answer that breaks the contract', async () => {
    answer(200, JSON.stringify({ totalPages: 1, totalCount: '1', list: [] }))
    await expect(apiRequest('/x', apiKeyPage)).rejects.toThrow(/totalPages/)
  })

  test('turns an error answer into an ApiError with its body', async () => {
    answer(409, JSON.stringify({ id: 'resource.already.exists', reason: 'An API key named ci already exists', params: ['name'] }))
    const error = await apiRequest('/x', apiKeyPage).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 409, message: 'An API key named ci already exists', body: { params: ['name'] } })
  })

  test('describes an error answer that is not JSON', async () => {
    answer(502, '<html>Bad gateway</html>')
    await expect(apiRequest('/x', apiKeyPage)).rejects.toMatchObject({ status: 502, body: { id: 'unknown.error' } })
  })

  test('reports a request that got no answer as a NetworkError', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))))
    await expect(apiRequest('/x', apiKeyPage)).rejects.toBeInstanceOf(NetworkError)
  })
})

test('buildUrl leaves out empty parameters and encodes the rest', () => {
  expect(buildUrl('/k', { page: 2, search: 'name LIKE a+b', sortBy: undefined, microtenantId: '' })).toBe(
    '/k?page=2&search=name+LIKE+a%2Bb',
  )
})

const pageOf = (name: string) => JSON.stringify({ totalPages: '1', totalCount: '1', list: [apiKeyFixture({ name })] })

describe('early requests from index.html', () => {
  afterEach(() => discardEarlyRequests())

  test('the first GET of a URL takes its early answer; later GETs and other URLs ask the server', async () => {
    window.earlyRequests = { '/x?page=1': Promise.resolve(jsonResponse(200, pageOf('early'))) }
    answer(200, pageOf('fresh'))
    expect((await apiRequest('/x', apiKeyPage, { query: { page: 1 } })).list[0].name).toBe('early')
    expect((await apiRequest('/x', apiKeyPage, { query: { page: 1 } })).list[0].name).toBe('fresh')
    expect((await apiRequest('/y', apiKeyPage)).list[0].name).toBe('fresh')
    expect(fetch).toHaveBeenCalledTimes(2)
  })

  test('once discarded (at the first render), an early answer is never used: a refresh gets what the server has now', async () => {
    window.earlyRequests = { '/x': Promise.resolve(jsonResponse(200, pageOf('stale'))) }
    discardEarlyRequests()
    answer(200, pageOf('fresh'))
    expect((await apiRequest('/x', apiKeyPage)).list[0].name).toBe('fresh')
  })
})
