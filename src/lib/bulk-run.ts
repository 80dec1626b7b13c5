import { failureReason } from './save-failure'

/** What happened to one key of a bulk action. */
export type BulkOutcome = { status: 'done'; note?: string } | { status: 'skipped'; reason: string } | { status: 'failed'; reason: string }

export interface BulkRunOptions<Item> {
  /** Why an item is left alone (read-only, already in that state), or null to send its request. */
  skip?: (item: Item) => string | null
  /** At most this many requests in flight at once. */
  concurrency?: number
  /** After each request settles: how many have, of how many are sent (skipped items are not). */
  onProgress?: (settled: number, total: number) => void
}

/**
 * Sends `work` for each item (the single action's own request), a few at a time, and says what happened to each:
 * done, skipped (and why) or failed (the API's reason). One failure does not stop the others.
 */
export async function runBulk<Item>(items: readonly Item[], work: (item: Item) => Promise<unknown>, { skip, concurrency = 4, onProgress }: BulkRunOptions<Item> = {}) {
  const outcomes = new Map<Item, BulkOutcome>()
  const queue: Item[] = []
  for (const item of items) {
    const reason = skip?.(item) ?? null
    if (reason === null) queue.push(item)
    else outcomes.set(item, { status: 'skipped', reason })
  }
  const total = queue.length
  let settled = 0
  onProgress?.(settled, total)
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
      try {
        // A request may end in the wanted state another way (a key already deleted): it says so in a note.
        const note = await work(item)
        outcomes.set(item, typeof note === 'string' ? { status: 'done', note } : { status: 'done' })
      } catch (error) {
        outcomes.set(item, { status: 'failed', reason: failureReason(error) })
      }
      onProgress?.(++settled, total)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker))
  // In the items' order, whatever order they settled in.
  return new Map(items.map((item) => [item, outcomes.get(item)!]))
}
