/**
 * JSON Web Tokens (RFC 7519) signed with keys that live only in this process: HS256 (ZPA, ZCC) and ES256 (ZDX, whose
 * clients verify tokens with the public key of GET /v1/oauth/jwks).
 *
 * Why node:crypto and not `jose`: a bearer token is checked inside an `Authenticator` (auth.ts), which is
 * synchronous, and jose signs and verifies only asynchronously (WebCrypto). HMAC-SHA256 over a fixed header is
 * a few lines with no header parsing, so no `alg` confusion. Why HS256: only this server ever verifies these tokens,
 * so no one needs a public key. ZDX's ES256 is node:crypto's synchronous `sign`/`verify` too; the tests verify its
 * tokens with jose against the JWKS.
 */
import { createHash, createHmac, generateKeyPairSync, randomBytes, sign, timingSafeEqual, verify, type KeyObject } from 'node:crypto'
import type { ZdxJwks } from '../src/contract/zdx-api-key'

/** What a token registry signs with: a compact JWS out, and whether a token is one of its own. */
export interface JwtSigner {
  sign(claims: object): string
  verifies(token: string): boolean
}

const encodeHeader = (header: object) => Buffer.from(JSON.stringify(header)).toString('base64url')
const HEADER = encodeHeader({ alg: 'HS256', typ: 'JWT' })

export class Hs256Jwt implements JwtSigner {
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

/**
 * ES256 (ECDSA P-256, SHA-256) with a key pair made per process: tokens live only in memory, so a restart ends them
 * anyway. The header names the key (`kid`, its RFC 7638 thumbprint), as the JWKS does.
 */
export class Es256Jwt implements JwtSigner {
  readonly #privateKey: KeyObject
  readonly #publicKey: KeyObject
  readonly #jwk: ZdxJwks['keys'][number]
  readonly #header: string

  constructor() {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const { x, y } = publicKey.export({ format: 'jwk' })
    if (x === undefined || y === undefined) throw new Error('an EC public key exports x and y')
    // RFC 7638: the SHA-256 of the required members, in lexicographic order, without spaces.
    const kid = createHash('sha256').update(JSON.stringify({ crv: 'P-256', kty: 'EC', x, y })).digest('base64url')
    this.#privateKey = privateKey
    this.#publicKey = publicKey
    this.#jwk = { kty: 'EC', crv: 'P-256', x, y, kid, alg: 'ES256', use: 'sig' }
    this.#header = encodeHeader({ alg: 'ES256', typ: 'JWT', kid })
  }

  /** The JWKS of GET /v1/oauth/jwks: the public key alone. */
  jwks(): ZdxJwks {
    return { keys: [{ ...this.#jwk }] }
  }

  sign(claims: object): string {
    const signed = `${this.#header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`
    // JWS wants r||s (IEEE P1363), not DER.
    return `${signed}.${sign('sha256', Buffer.from(signed), { key: this.#privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url')}`
  }

  /** True only for a token this signer made, with its own header, whose signature holds. */
  verifies(token: string): boolean {
    const dot = token.lastIndexOf('.')
    const signed = token.slice(0, dot)
    if (dot < 0 || !signed.startsWith(`${this.#header}.`)) return false
    return verify('sha256', Buffer.from(signed), { key: this.#publicKey, dsaEncoding: 'ieee-p1363' }, Buffer.from(token.slice(dot + 1), 'base64url'))
  }
}
