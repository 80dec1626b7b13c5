import { describe, expect, it } from 'vitest'
import { generateClientSecret, hashSecret, verifySecret } from './secrets'

describe('client secrets', () => {
  it('are 32 letters and digits, different every time', () => {
    const secrets = Array.from({ length: 200 }, generateClientSecret)
    for (const secret of secrets) expect(secret).toMatch(/^[A-Za-z0-9]{32}$/)
    expect(new Set(secrets).size).toBe(200)
    const used = new Set(secrets.join(''))
    expect(used.size).toBe(62) // drawn from all 62 letters and digits
  })

  it('are kept as a salted hash that verifies only the same secret', () => {
    const secret = generateClientSecret()
    const stored = hashSecret(secret)
    expect(JSON.stringify(stored)).not.toContain(secret)
    expect(hashSecret(secret).hash).not.toBe(stored.hash) // salted
    expect(verifySecret(secret, stored)).toBe(true)
    expect(verifySecret(`${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`, stored)).toBe(false)
    expect(verifySecret('', stored)).toBe(false)
  })
})
