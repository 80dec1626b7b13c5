/**
 * The edge's defences against browsers used as weapons: writes that ride on the portal session cookie must come
 * from the page itself (a same-site page on another port gets the SameSite=Strict cookie too), and every answer
 * carries the headers that stop sniffing and framing; the page's HTML also gets its Content-Security-Policy.
 */
import type { MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import { createMiddleware } from 'hono/factory'
import { secureHeaders } from 'hono/secure-headers'
import { SESSION_COOKIE } from './auth'
import { isJsonType } from './body'
import { forbidden, unsupportedMediaType } from './errors'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** API clients' sign-in and sign-out: form-encoded by contract, and never authenticated by the cookie. */
const API_CLIENT_PATH = /^\/(signin|signout)\/?$/

// Browsers add no bearer token by themselves, and a page of another origin cannot add one without a CORS preflight
// (never granted); Basic credentials, though, a browser does resend by itself.
const BEARER = /^Bearer\s/i

/** The one write that starts a session: without a cookie it can still plant one in the victim's browser. */
const STARTS_SESSION_PATH = /^\/__mock\/tenants\/?$/

const crossSiteRequest = () => forbidden('Cross-site request refused')

const isOwnOrigin = (origin: string, requestUrl: string): boolean => {
  try {
    return new URL(origin).origin === new URL(requestUrl).origin
  } catch {
    return false // "null" (a sandboxed frame, a redirect) or no URL at all
  }
}

/**
 * A write made with the session cookie (or one that would start a session) must, when the browser says where it
 * comes from, come from this server's own origin (else 403), and carry JSON or no body (else 415, as any body that
 * is not JSON): a form or a text/plain fetch from another page cannot send JSON without a CORS preflight, which
 * this server never grants. Both are refused before any route runs, so a bodiless write (reset) changes nothing.
 */
export const refuseCrossSiteWrites: MiddlewareHandler = createMiddleware(async (c, next) => {
  if (SAFE_METHODS.has(c.req.method) || BEARER.test(c.req.header('Authorization') ?? '') || API_CLIENT_PATH.test(c.req.path)) return next()
  if (getCookie(c, SESSION_COOKIE) === undefined && !STARTS_SESSION_PATH.test(c.req.path)) return next()
  const origin = c.req.header('Origin')
  if (origin !== undefined && !isOwnOrigin(origin, c.req.url)) throw crossSiteRequest()
  const contentType = c.req.header('Content-Type')
  if (contentType !== undefined && !isJsonType(contentType)) throw unsupportedMediaType()
  return next()
})

const EVERY_RESPONSE: Parameters<typeof secureHeaders>[0] = {
  // Served over plain http on localhost, where HSTS would pin every localhost port to https.
  strictTransportSecurity: false,
  // Not no-referrer: with it browsers send `Origin: null` on the page's own writes, which refuseCrossSiteWrites refuses.
  referrerPolicy: 'same-origin',
  xFrameOptions: 'DENY',
}

/** On every answer: nosniff, no framing, and the rest of Hono's defaults. */
export const securityHeaders: MiddlewareHandler = secureHeaders(EVERY_RESPONSE)

/**
 * The built page and its files (static.ts): no inline script to allow, since the first view's data is a
 * `type="application/json"` element, which CSP does not run. Vite's dev server injects inline scripts and
 * serves the page itself, so it never gets this policy.
 */
export const pageSecurityHeaders: MiddlewareHandler = secureHeaders({
  ...EVERY_RESPONSE,
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    frameAncestors: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
  },
})
