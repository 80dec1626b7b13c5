import { describe, expect, it } from 'vitest'
import { portalSession } from '../../src/contract/session'
import { errorOf, expected, jsonOf, memoryApp, TestClient } from '../testing'

const setTimeZone = (client: TestClient, body: unknown) => client.request('/portal/time-zone', { method: 'PUT', json: body })

describe('PUT /portal/time-zone', () => {
  it('keeps the admin’s zone, which GET /portal/session then answers to every browser of the admin', async () => {
    const { app } = await memoryApp()
    const [browser, other] = [new TestClient(app), new TestClient(app)]
    expect((await browser.signIn()).timeZone).toBe('UTC')
    const response = await setTimeZone(browser, { timeZone: 'Asia/Kathmandu' })
    expect({ status: response.status, body: await response.text() }).toEqual({ status: 204, body: '' })
    expect((await browser.signIn()).timeZone).toBe('Asia/Kathmandu')
    expect((await other.signIn()).timeZone).toBe('Asia/Kathmandu')
    // Another tenant's admin keeps their own.
    const isolated = new TestClient(app)
    await isolated.newTenant()
    expect((await isolated.signIn()).timeZone).toBe('UTC')
  })

  it.each([
    ['a zone no runtime knows', { timeZone: 'Mars/Olympus_Mons' }],
    ['an empty zone', { timeZone: '' }],
    ['a zone that is not text', { timeZone: 5.45 }],
    ['no zone', {}],
  ])('refuses %s with 400 naming timeZone, and keeps the zone', async (_, body) => {
    const client = new TestClient((await memoryApp()).app)
    await client.signIn()
    await setTimeZone(client, { timeZone: 'Europe/Berlin' })
    expect(await errorOf(await setTimeZone(client, body))).toMatchObject(expected.invalid('timeZone'))
    expect((await client.signIn()).timeZone).toBe('Europe/Berlin')
  })

  it('refuses a body that is not JSON with 415', async () => {
    const client = new TestClient((await memoryApp()).app)
    await client.signIn()
    expect(await errorOf(await client.request('/portal/time-zone', { method: 'PUT', body: 'Asia/Kathmandu' }))).toMatchObject(expected.notJson)
  })
})

describe('GET /portal/session', () => {
  it.each([
    ['de-DE,de;q=0.9', 'de-DE'],
    ['de-de', 'de-DE'],
    ['fr-CA;q=0.8, en;q=0.5', 'fr-CA'],
    ['zh-hant-tw,zh;q=0.9', 'zh-Hant-TW'],
    ['en-GB', 'en-GB'],
    ['garbage', 'en-US'],
    ['!!!, de-DE', 'en-US'],
    ['*', 'en-US'],
    ['', 'en-US'],
    [undefined, 'en-US'],
  ])('answers the locale of Accept-Language %j: %s', async (acceptLanguage, locale) => {
    const { app } = await memoryApp()
    const response = await app.request('/portal/session', acceptLanguage === undefined ? {} : { headers: { 'Accept-Language': acceptLanguage } })
    expect(portalSession.parse(await jsonOf(response, 200)).locale).toBe(locale)
  })
})
