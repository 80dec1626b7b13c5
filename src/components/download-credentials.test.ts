import { afterEach, expect, test, vi } from 'vitest'
import { credentialsFileName, downloadCredentials } from './download-credentials'

afterEach(() => {
  vi.restoreAllMocks()
  vi.useRealTimers()
})

test('the file is named after the key, in characters every file system accepts', () => {
  expect(credentialsFileName('terraform-prod')).toBe('terraform-prod-credentials.json')
  expect(credentialsFileName('a/b: c*d')).toBe('a_b_c_d-credentials.json')
})

test('downloads the fields it is given as JSON, under the key’s name, then lets go of the object URL', async () => {
  vi.useFakeTimers()
  let saved: Blob | undefined
  const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    saved = blob as Blob
    return 'blob:credentials'
  })
  const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    expect(this.download).toBe('siem-export-credentials.json')
    expect(this.href).toBe('blob:credentials')
  })

  downloadCredentials('siem-export', { name: 'siem-export', clientId: 'Y2xpZW50', clientSecret: 's'.repeat(32) })
  expect(create).toHaveBeenCalledOnce()
  expect(click).toHaveBeenCalledOnce()
  expect(JSON.parse(await saved!.text())).toEqual({ name: 'siem-export', clientId: 'Y2xpZW50', clientSecret: 's'.repeat(32) })
  expect(revoke).not.toHaveBeenCalled()
  vi.runAllTimers()
  expect(revoke).toHaveBeenCalledWith('blob:credentials')
})
