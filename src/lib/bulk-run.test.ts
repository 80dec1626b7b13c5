import { expect, test } from 'vitest'
import { ApiError } from './api-client'
import { runBulk } from './bulk-run'

/** A request that settles when the test says so; `started` lists what was sent, in order. */
function heldRequests() {
  const started: string[] = []
  const pending = new Map<string, { resolve: () => void; reject: (error: unknown) => void }>()
  const work = (item: string) =>
    new Promise<void>((resolve, reject) => {
      started.push(item)
      pending.set(item, { resolve, reject })
    })
  const settle = async (item: string, error?: unknown) => {
    const held = pending.get(item)!
    pending.delete(item)
    if (error) held.reject(error)
    else held.resolve()
    // Let the worker take its next item.
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
  return { started, pending, work, settle }
}

test('no more than `concurrency` requests are in flight at once, and each item is sent once', async () => {
  const held = heldRequests()
  const items = ['a', 'b', 'c', 'd', 'e', 'f']
  const progress: number[] = []
  const run = runBulk(items, held.work, { concurrency: 2, onProgress: (settled) => progress.push(settled) })
  await Promise.resolve()
  expect(held.started).toEqual(['a', 'b'])
  await held.settle('b')
  expect(held.started).toEqual(['a', 'b', 'c'])
  expect(held.pending.size).toBe(2)
  for (const item of ['a', 'c', 'd', 'e', 'f']) await held.settle(item)
  const outcomes = await run
  expect(held.started).toEqual(items)
  expect([...outcomes.values()].every((outcome) => outcome.status === 'done')).toBe(true)
  expect(progress).toEqual([0, 1, 2, 3, 4, 5, 6])
})

test('skipped items are reported with their reason and never sent', async () => {
  const sent: string[] = []
  const outcomes = await runBulk(['terraform-prod', 'zidentity-scim'], async (name) => void sent.push(name), {
    skip: (name) => (name.startsWith('zidentity') ? 'Managed in ZIdentity' : null),
  })
  expect(sent).toEqual(['terraform-prod'])
  expect(outcomes.get('zidentity-scim')).toEqual({ status: 'skipped', reason: 'Managed in ZIdentity' })
  expect(outcomes.get('terraform-prod')).toEqual({ status: 'done' })
})

test('a failure is reported with the API\'s reason and does not stop the others; the outcomes keep the items\' order', async () => {
  const refused = new ApiError(403, { id: 'access.denied', reason: 'This API key is read-only' })
  const outage = new ApiError(503, { id: 'retryable.server.error', reason: 'Service unavailable' })
  const failures: Record<string, ApiError> = { b: refused, c: outage }
  const outcomes = await runBulk(['a', 'b', 'c', 'd'], async (item) => {
    if (failures[item]) throw failures[item]
  })
  expect([...outcomes]).toEqual([
    ['a', { status: 'done' }],
    ['b', { status: 'failed', reason: 'This API key is read-only' }],
    ['c', { status: 'failed', reason: 'The server could not do it right now (503: Service unavailable). Try again.' }],
    ['d', { status: 'done' }],
  ])
})
