/** What every part of a seed shares (seed.ts, zcc-seed.ts): the customer's name and admin, the base time, the generator. */

export const CUSTOMER_NAME = 'Acme Corp'
export const DEMO_ADMIN = { id: '216196257331282437', name: 'demo-admin' } as const

/** Seeded times are relative to this fixed instant (2026-11-01T00:00:00Z), never to the clock. */
export const SEED_BASE_TIME = Date.UTC(2026, 10, 1) / 1000

/** A small seeded generator (mulberry32 over an FNV-1a hash of the text): fast, and the same everywhere. */
export function seededRandom(seedText: string): () => number {
  let state = 0x811c9dc5
  for (let i = 0; i < seedText.length; i++) state = Math.imul(state ^ seedText.charCodeAt(i), 0x01000193) >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
