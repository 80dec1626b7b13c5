/**
 * HS256 JSON Web Tokens (RFC 7519) signed with a secret that lives only in this process.
 *
 * Why node:crypto and not `jose`: a bearer token is checked inside an `Authenticator` (auth.ts), which is
 * synchronous, and jose signs and verifies only asynchronously (WebCrypto). HMAC-SHA256 over a fixed header is
 * a few lines with no header parsing, so no `alg` confusion. Why HS256: only this server ever verifies these tokens,
 * so no one needs a public key. ZDX's JWKS endpoint (asymmetric keys) is the point to adopt jose, together with an
 * async `Authenticator`.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url')

export class Hs256Jwt {
  // A new secret per process: tokens live only in memory, so a restart ends them anyway.
  readonly #secret = randomBytes(32)

  /** `header.claims.signature`, each part base64url. */
  sign(claims: object): string {
    const signed = `${HEADER}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`
    return `${signed}.${this.#signatureOf(signed)}`
  }

  /** True only for a token this signer made, byte for byte in its header and claims. */
  verifies(token: string): boolean {
    const dot = token.lastIndexOf('.')
    const signed = token.slice(0, dot)
    if (dot < 0 || !signed.startsWith(`${HEADER}.`)) return false
    const given = Buffer.from(token.slice(dot + 1))
    const expected = Buffer.from(this.#signatureOf(signed))
    return given.length === expected.length && timingSafeEqual(given, expected)
  }

  #signatureOf(signed: string): string {
    return createHmac('sha256', this.#secret).update(signed).digest('base64url')
  }
}
