import { randomBytes, randomUUID } from 'node:crypto'
import { idString } from '../../src/contract/primitives'

const ID_MIN = 10n ** 17n
const ID_SPAN = 9n * 10n ** 17n

/** True for a well-formed decimal id string (the only ids the API accepts in a path or a query). */
export const isIdString = (text: string): boolean => idString.safeParse(text).success

/** Orders decimal strings without leading zeros numerically, without ever turning them into numbers. */
export function compareDecimal(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * An 18-digit id (always above 2^53) that a double cannot hold exactly, so a client that wrongly
 * parses it as a JS number corrupts it visibly instead of by luck getting it right.
 */
function toId(value: bigint): string | undefined {
  const id = ID_MIN + (value % ID_SPAN)
  const spacing = 1n << BigInt(id.toString(2).length - 53) // distance between adjacent doubles here
  return id % spacing === 0n ? undefined : id.toString()
}

/** A fresh random id from the OS random source. */
export function randomId(): string {
  for (;;) {
    const id = toId(randomBytes(8).readBigUInt64BE())
    if (id) return id
  }
}

/** A deterministic id drawn from a seeded generator (`random()` in [0, 1)). */
export function seededId(random: () => number): string {
  for (;;) {
    const high = BigInt(Math.floor(random() * 2 ** 32))
    const low = BigInt(Math.floor(random() * 2 ** 32))
    const id = toId((high << 32n) | low)
    if (id) return id
  }
}

/** A v4 UUID drawn from a seeded generator, for deterministic seeded client ids. */
export function seededUuid(random: () => number): string {
  const word = () => Math.floor(random() * 2 ** 32).toString(16).padStart(8, '0')
  const hex = word() + word() + word() + word()
  const variant = ((Number.parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20)}`
}

/** ZPA's client id: base64 of `"<id>-<uuid v4>"` (76 characters for an 18-digit id). */
export function clientIdFor(id: string, uuid: string = randomUUID()): string {
  return Buffer.from(`${id}-${uuid}`).toString('base64')
}
