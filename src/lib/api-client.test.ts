import { afterEach, describe, expect, test, vi } from 'vitest'
import { apiKeyPage } from '../contract/api-key'
import { apiKeyFixture, jsonResponse } from '../test/api-fixtures'
import { ApiError, ApiQueryClient, apiRequest, buildUrl, NetworkError, type Transport } from './api-client'

const bigId = '145283994705985775'

function answer(status: number, body: string) {
  vi.stubGlobal('fetch', vi.fn(async () => jsonResponse(status, body)))
}

afterEach(() => vi.unstubAllGlobals())

/** A page's client: its requests go to fetch. */
const browser = new ApiQueryClient()

describe('apiRequest', () => {
  test('keeps int64 ids exact: they stay strings end to end', async () => {
    // As a JS number this id would become 145283994705985760.
    expect(String(Number(bigId))).not.toBe(bigId)
    const key = apiKeyFixture({ id: bigId })
    answer(200, JSON.stringify({ totalPages: '1', totalCount: '1', list: [key] }))
    const page = await apiRequest(browser, '/x', apiKeyPage)
    expect(page.list[0].id).toBe(bigId)
    expect(page.list[0].customerId).toBe('216196257331281920')
  })

  test('refuses an answer that breaks the contract', async () => {
    answer(200, JSON.stringify({ totalPages: 1, totalCount: '1', list: [] }))
    await expect(apiRequest(browser, '/x', apiKeyPage)).rejects.toThrow(/totalPages/)
  })

  test('turns an error answer into an ApiError with its body', async () => {
    answer(409, JSON.stringify({ id: 'resource.already.exists', reason: 'An API key named ci already exists', params: ['name'] }))
    const error = await apiRequest(browser, '/x', apiKeyPage).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 409, message: 'An API key named ci already exists', body: { params: ['name'] } })
  })

  test('describes an error answer that is not JSON', async () => {
    answer(502, '<html>Bad gateway</html>')
    await expect(apiRequest(browser, '/x', apiKeyPage)).rejects.toMatchObject({ status: 502, body: { id: 'unknown.error' } })
  })

  test('reports a request that got no answer as a NetworkError', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))))
    await expect(apiRequest(browser, '/x', apiKeyPage)).rejects.toBeInstanceOf(NetworkError)
  })
})

test('buildUrl leaves out empty parameters and encodes the rest', () => {
  expect(buildUrl('/k', { page: 2, search: 'name LIKE a+b', sortBy: undefined, microtenantId: '' })).toBe(
    '/k?page=2&search=name+LIKE+a%2Bb',
  )
})

const pageOf = (name: string) => JSON.stringify({ totalPages: '1', totalCount: '1', list: [apiKeyFixture({ name })] })

describe('transports', () => {
  test("each client's requests go to its own transport: two server renders at once never answer for each other", async () => {
    answer(200, pageOf('from fetch'))
    const transportOf = (name: string) => vi.fn<Transport>(async (url, init) => {
      await Promise.resolve()
      return jsonResponse(200, pageOf(`${name} ${init.method} ${url}`))
    })
    const [a, b] = [transportOf('a'), transportOf('b')]
    const [first, second] = await Promise.all([
      apiRequest(new ApiQueryClient({ transport: a }), '/x', apiKeyPage, { query: { page: 1 } }),
      apiRequest(new ApiQueryClient({ transport: b }), '/y', apiKeyPage),
    ])
    expect(first.list[0].name).toBe('a GET /x?page=1')
    expect(second.list[0].name).toBe('b GET /y')
    expect([a.mock.calls.length, b.mock.calls.length]).toEqual([1, 1])
    expect(fetch).not.toHaveBeenCalled()
    expect((await apiRequest(browser, '/z', apiKeyPage)).list[0].name).toBe('from fetch')
  })
})

/** A write that records when it starts and ends, and settles when told to. */
function recorder() {
  const events: string[] = []
  const pending: (() => void)[] = []
  const write = (name: string, fail = false) => () =>
    new Promise<void>((resolve, reject) => {
      events.push(`start ${name}`)
      pending.push(() => {
        events.push(`end ${name}`)
        if (fail) reject(new Error(name))
        else resolve()
      })
    })
  const settleNext = async () => {
    pending.shift()?.()
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
  return { events, write, settleNext }
}

describe('writeLatest', () => {
  test('writes of one resource run one at a time; those with a later one waiting are skipped, the last always runs', async () => {
    const client = new ApiQueryClient()
    const { events, write, settleNext } = recorder()
    const first = client.writeLatest('prefs', write('1'))
    await new Promise((resolve) => setTimeout(resolve, 0))
    // Two more while the first is on its way: they wait, and only the later one is sent.
    const second = client.writeLatest('prefs', write('2'))
    const third = client.writeLatest('prefs', write('3'))
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(events).toEqual(['start 1'])
    await settleNext()
    expect(events).toEqual(['start 1', 'end 1', 'start 3'])
    await settleNext()
    await Promise.all([first, second, third])
    expect(events).toEqual(['start 1', 'end 1', 'start 3', 'end 3'])
    // Writes made in one task are one write.
    await Promise.all([client.writeLatest('prefs', write('4')), client.writeLatest('prefs', write('5')), settleNext().then(settleNext)])
    expect(events.slice(4)).toEqual(['start 5', 'end 5'])
  })

  test('a failed write rejects its own promise and does not stop the next; other resources do not wait', async () => {
    const client = new ApiQueryClient()
    const { events, write, settleNext } = recorder()
    const failing = client.writeLatest('prefs', write('1', true))
    const other = client.writeLatest('zone', write('zone'))
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(events).toEqual(['start 1', 'start zone'])
    await settleNext()
    await expect(failing).rejects.toThrow('1')
    const next = client.writeLatest('prefs', write('2'))
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(events.at(-1)).toBe('start 2')
    await settleNext()
    await settleNext()
    await Promise.all([next, other])
  })
})
