import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/** How a client secret is kept: never in clear, only a salted hash. */
export type SecretHash = { salt: string; hash: string }

export const CLIENT_SECRET_LENGTH = 32
/** Letters and digits only: a secret pastes whole into `export X=…`, a .env file or a URL-encoded form. */
const SECRET_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** 32 letters and digits (about 190 bits), uniformly drawn from `bytes` (by default the OS random source). */
export function generateClientSecret(bytes: (size: number) => Buffer = randomBytes): string {
  let secret = ''
  while (secret.length < CLIENT_SECRET_LENGTH) {
    for (const byte of bytes(64)) {
      // Rejection sampling: 248 = 4 * 62, so every character is equally likely.
      if (byte < 4 * SECRET_ALPHABET.length && secret.length < CLIENT_SECRET_LENGTH) secret += SECRET_ALPHABET[byte % SECRET_ALPHABET.length]
    }
  }
  return secret
}

// A fast salted HMAC-SHA256 is enough here: secrets are 32 random letters and digits (~190 bits), far beyond
// brute force, so a slow password hash (scrypt) would only cost latency on every create and sign-in.
function digest(secret: string, salt: Buffer): Buffer {
  return createHmac('sha256', salt).update(secret, 'utf8').digest()
}

export function hashSecret(secret: string): SecretHash {
  const salt = randomBytes(16)
  return { salt: salt.toString('base64'), hash: digest(secret, salt).toString('base64') }
}

/** Constant-time check of a presented secret against its stored hash. */
export function verifySecret(secret: string, stored: SecretHash): boolean {
  const expected = Buffer.from(stored.hash, 'base64')
  const actual = digest(secret, Buffer.from(stored.salt, 'base64'))
  return expected.length === actual.length && timingSafeEqual(expected, actual)
}

/**
 * The stored secret of a seeded key: random bytes standing for the hash of a secret that was never
 * generated, so no one can sign in with it. Drawn from the seed's generator to keep seeds identical.
 */
export function unknowableSecret(random: () => number): SecretHash {
  const bytes = Buffer.allocUnsafe(48)
  for (let offset = 0; offset < 48; offset += 4) bytes.writeUInt32BE(Math.floor(random() * 2 ** 32), offset)
  return { salt: bytes.toString('base64', 0, 16), hash: bytes.toString('base64', 16) }
}
